import type { SyncProblem } from '@shared/sync';
import { platform } from '../../app/services';

let allowed: string | null = null;

/**
 * Lets the app reach a sync server: the desktop narrows its content security policy to that one
 * origin, and a worker takes the policy it was loaded with, so `changed` asks for a new sync worker.
 */
export async function allowSyncServer(url: string): Promise<{ problem: SyncProblem | null; changed: boolean }> {
  const result = await platform.allowSyncServer(url);
  if (!result.ok) return { problem: result.reason === 'not_https' ? 'https_required' : 'bad_url', changed: false };
  const changed = allowed !== url;
  allowed = url;
  return { problem: null, changed };
}
