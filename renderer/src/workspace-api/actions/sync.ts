import { checkServerUrl, isDatabaseName, type SyncConfig, type SyncProblem, type SyncSettingsInput } from '@shared/sync';
import { saveSyncSettings, setSyncSwitches } from '../../db/repositories/sync-state-repository';
import type { ApiContext } from '../context';

/** Which settings are wrong, each with the problem the page words. */
export type SyncSettingsProblems = Partial<Record<'serverUrl' | 'database', SyncProblem>>;

/** Checks the Sync page's settings: the address (https but on this machine) and the database name. */
export function syncSettingsProblems(input: SyncSettingsInput): SyncSettingsProblems {
  const problems: SyncSettingsProblems = {};
  const url = checkServerUrl(input.serverUrl);
  if (!url.ok) problems.serverUrl = url.problem;
  if (!isDatabaseName(input.database)) problems.database = 'bad_database_name';
  return problems;
}

/** Saves the Sync page's settings and turns sync on; bad ones are refused by field and nothing is saved. */
export async function saveSyncSettingsAction(
  ctx: ApiContext,
  input: SyncSettingsInput,
): Promise<{ ok: true; value: SyncConfig } | { ok: false; problems: SyncSettingsProblems }> {
  const problems = syncSettingsProblems(input);
  if (Object.keys(problems).length) return { ok: false, problems };
  const url = checkServerUrl(input.serverUrl);
  const clean = { ...input, serverUrl: url.ok ? url.url : input.serverUrl, username: input.username.trim() };
  return { ok: true, value: await saveSyncSettings(ctx.db, clean, ctx.now()) };
}

/** Turns sync, or live sync, on or off. */
export const setSyncSwitchesAction = (ctx: ApiContext, input: { enabled?: boolean; live?: boolean }) => setSyncSwitches(ctx.db, input, ctx.now());
