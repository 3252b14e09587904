import type { SyncProblem, SyncSettingsInput } from '@shared/sync';
import { createCouchClient, SyncError } from './couch-client';

/** What "Test connection" found: who the server says we are and what the database holds, or the problem in a word. */
export type ConnectionReport =
  | { ok: true; user: string | null; holds: 'nothing' | 'this_workspace' | 'other_workspace'; documents: number }
  | { ok: false; problem: SyncProblem; detail: string };

const reportOf = (error: unknown): ConnectionReport => {
  if (error instanceof SyncError) return { ok: false, problem: error.problem, detail: error.message };
  return { ok: false, problem: 'server_error', detail: error instanceof Error ? error.message : String(error) };
};

/**
 * Test connection, step by step so the first problem is the one named: a CouchDB server at the
 * address, the password, the database, and whose workspace it holds (`identity` is this workspace's
 * settings document id).
 */
export async function checkConnection(settings: SyncSettingsInput, password: string, identity: string | null): Promise<ConnectionReport> {
  const client = createCouchClient({ ...settings, password });
  try {
    await client.welcome();
    const user = await client.whoAmI();
    const info = await client.info();
    const metas = await client.idsStartingWith('meta:');
    const holds = metas.length === 0 ? 'nothing' : identity !== null && metas.every((id) => id === identity) ? 'this_workspace' : 'other_workspace';
    return { ok: true, user, holds, documents: info.doc_count };
  } catch (error) {
    return reportOf(error);
  }
}

/** "Database does not exist — create it?": creates it (the server decides whether this user may). */
export async function createDatabase(settings: SyncSettingsInput, password: string): Promise<ConnectionReport | { ok: true; created: true }> {
  try {
    await createCouchClient({ ...settings, password }).createDatabase();
    return { ok: true, created: true };
  } catch (error) {
    return reportOf(error);
  }
}
