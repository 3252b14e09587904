import { useEffect } from 'react';
import { signInProblem } from '@shared/sync';
import { useWorkspaceApi, useWorkspaceQuery, type SyncOverview } from '../../workspace-api';
import { readPassword } from './sync-password';
import { useSyncStore } from './sync-store';

/**
 * Keeps the open workspace's sync running while sync is on: starts the worker, restarts it when the
 * settings change, and ends it with the workspace. Mounted once, in the top bar's badge.
 */
export function useSyncRunner(): SyncOverview | undefined {
  const api = useWorkspaceApi();
  const overview = useWorkspaceQuery((q) => q.syncOverview(), []);
  const config = overview?.config ?? null;
  const enabled = config?.enabled ?? false;
  const version = config?.updatedAt ?? 0;
  const username = config?.username ?? '';
  const generation = useSyncStore((s) => s.generation);
  useEffect(() => {
    if (!enabled) {
      const { client, workspaceId, setActivity } = useSyncStore.getState();
      // Turned off here: the worker stops (and stays for Test connection on the Sync page).
      if (client && workspaceId === api.id) void client.start('', (activity) => setActivity(api.id, activity));
      return;
    }
    const store = useSyncStore.getState();
    const client = store.ensure(api);
    let live = true;
    void readPassword(api.id).then(({ password }) => {
      if (live)
        void client.start(password, (activity) =>
          useSyncStore
            .getState()
            .setActivity(api.id, activity.state === 'failed' ? { ...activity, problem: signInProblem(activity.problem, username, password) } : activity),
        );
    });
    return () => {
      live = false;
    };
  }, [api, enabled, version, generation, username]);
  useEffect(() => () => useSyncStore.getState().drop(api.id), [api]);
  return overview;
}
