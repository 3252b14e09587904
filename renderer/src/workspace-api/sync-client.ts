import * as Comlink from 'comlink';
import type { SyncActivity, SyncSettingsInput } from '@shared/sync';
import type { ConnectionReport } from '../workers/sync-connection-check';
import type { SyncNowOutcome, SyncWorkerApi } from '../workers/sync-worker';
import type { SyncRunResult } from '../workers/sync-engine';

export type { ConnectionReport, SyncNowOutcome, SyncRunResult };

/** Sync of one workspace, run in a worker beside the UI; the shell's sync badge owns it. */
export type SyncClient = {
  /** (Re)starts sync with the saved settings; `onActivity` hears what it does. Nothing happens while sync is off. */
  start(password: string, onActivity: (activity: SyncActivity) => void): Promise<void>;
  syncNow(): Promise<SyncNowOutcome>;
  testConnection(settings: SyncSettingsInput, password: string): Promise<ConnectionReport>;
  createDatabase(settings: SyncSettingsInput, password: string): Promise<ConnectionReport | { ok: true; created: true }>;
  dispose(): void;
};

/** Starts the sync worker of a workspace database (by name: the worker opens its own connection). */
export function openSyncWorker(dbName: string): SyncClient {
  const worker = new Worker(new URL('../workers/sync-worker.ts', import.meta.url), { type: 'module' });
  const api = Comlink.wrap<SyncWorkerApi>(worker);
  return {
    start: (password, onActivity) => api.start(dbName, password, Comlink.proxy(onActivity)),
    syncNow: () => api.syncNow(),
    testConnection: (settings, password) => api.testConnection(dbName, settings, password),
    createDatabase: (settings, password) => api.createDatabase(settings, password),
    dispose: () => {
      void api.close().finally(() => worker.terminate());
    },
  };
}
