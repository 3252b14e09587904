import { create } from 'zustand';
import type { SyncActivity } from '@shared/sync';
import type { SyncClient, WorkspaceApi } from '../../workspace-api';

type SyncState = {
  /** The open workspace's sync worker, made when sync is on or the Sync page is opened. */
  client: SyncClient | null;
  workspaceId: string | null;
  activity: SyncActivity;
  /** Counts new workers: the runner starts sync again on one made to reach another server. */
  generation: number;
  /** This workspace's worker, made if there is none yet (another workspace's is ended first). */
  ensure(api: WorkspaceApi): SyncClient;
  setActivity(workspaceId: string, activity: SyncActivity): void;
  drop(workspaceId: string): void;
  /** A new worker for this workspace (the old one ended): after the desktop allowed another server. */
  renew(api: WorkspaceApi): SyncClient;
};

/** UI state of sync: the worker's client and what it says it is doing (the data lives in the database). */
export const useSyncStore = create<SyncState>()((set, get) => ({
  client: null,
  workspaceId: null,
  activity: { state: 'off' },
  generation: 0,
  ensure(api) {
    const { client, workspaceId } = get();
    if (client && workspaceId === api.id) return client;
    client?.dispose();
    const next = api.openSync();
    set({ client: next, workspaceId: api.id, activity: { state: 'off' } });
    return next;
  },
  setActivity(workspaceId, activity) {
    if (get().workspaceId === workspaceId) set({ activity });
  },
  renew(api) {
    get().client?.dispose();
    set((s) => ({ client: null, workspaceId: null, generation: s.generation + 1 }));
    return get().ensure(api);
  },
  drop(workspaceId) {
    const { client, workspaceId: current } = get();
    if (current !== workspaceId) return;
    client?.dispose();
    set({ client: null, workspaceId: null, activity: { state: 'off' } });
  },
}));
