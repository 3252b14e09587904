import * as Comlink from 'comlink';
import { liveQuery, type Subscription } from 'dexie';
import type { SyncActivity, SyncSettingsInput } from '@shared/sync';
import { latestChange } from '../db/repositories/changes-repository';
import { workspaceIdentity } from '../db/repositories/sync-apply-repository';
import { readSyncConfig, writeSyncProgress } from '../db/repositories/sync-state-repository';
import { openWorkspaceDb, type WorkspaceDb } from '../db/workspace-db';
import { SyncError } from './couch-client';
import { checkConnection, createDatabase } from './sync-connection-check';
import { createSyncEngine, type SyncEngine, type SyncRunResult } from './sync-engine';

/** The outcome of "Sync now", in words the page translates. */
export type SyncNowOutcome = { ok: true; result: SyncRunResult } | { ok: false; problem: SyncError['problem'] | 'not_running' };

let db: WorkspaceDb | null = null;
let engine: SyncEngine | null = null;
let changes: Subscription | null = null;
let releaseLock: (() => void) | null = null;
let report: (activity: SyncActivity) => void = () => undefined;

async function stop(): Promise<void> {
  changes?.unsubscribe();
  changes = null;
  await engine?.stop();
  engine = null;
  releaseLock?.();
  releaseLock = null;
}

/**
 * One window syncs a workspace at a time: a Web Lock per database. A second window waits for it
 * (showing "syncing in another window") and takes over when the first one closes.
 */
function holdLock(name: string, onHeld: () => Promise<void>): void {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) {
    void onHeld();
    return;
  }
  let waiting = true;
  void locks
    .request(name, { ifAvailable: true }, async (lock) => {
      if (!lock) return;
      waiting = false;
      await onHeld();
      await new Promise<void>((resolve) => (releaseLock = resolve));
    })
    .then(() => {
      if (!waiting) return;
      report({ state: 'elsewhere' });
      void locks.request(name, async () => {
        if (!db) return;
        await onHeld();
        await new Promise<void>((resolve) => (releaseLock = resolve));
      });
    });
}

const api = {
  /** Opens the workspace and, when sync is on for it, starts syncing (live or once). */
  async start(dbName: string, password: string, onActivity: (activity: SyncActivity) => void): Promise<void> {
    await stop();
    report = onActivity;
    db ??= openWorkspaceDb(dbName);
    const config = await readSyncConfig(db);
    if (!config?.enabled) {
      report({ state: 'off' });
      return;
    }
    const open = db;
    holdLock(`baton-sync-${dbName}`, async () => {
      engine = createSyncEngine({
        db: open,
        replicaId: config.replicaId,
        connection: { serverUrl: config.serverUrl, database: config.database, username: config.username, password, authMode: config.authMode },
        log: (message) => console.warn(message),
        onActivity: (activity) => report(activity),
      });
      if (config.live) {
        engine.startLive();
        // Every write of any window lands in the change log: the cue to capture and push.
        let first = true;
        changes = liveQuery(() => latestChange(open)).subscribe(() => {
          if (first) first = false;
          else engine?.nudge();
        });
      } else {
        report({ state: 'syncing' });
        const outcome = await api.syncNow();
        if (outcome.ok) report({ state: 'idle' });
      }
    });
  },

  /** One whole sync now; its problem in a word if it failed (also kept as the last problem). */
  async syncNow(): Promise<SyncNowOutcome> {
    if (!engine || !db) return { ok: false, problem: 'not_running' };
    try {
      if (!engine.live) report({ state: 'syncing' });
      const result = await engine.syncOnce();
      if (!engine.live) report({ state: 'idle' });
      return { ok: true, result };
    } catch (error) {
      const problem = error instanceof SyncError ? error.problem : 'server_error';
      console.warn('sync failed:', error);
      await writeSyncProgress(db, { lastProblem: problem });
      if (!engine.live) report({ state: 'failed', problem });
      return { ok: false, problem };
    }
  },

  async testConnection(dbName: string, settings: SyncSettingsInput, password: string) {
    db ??= openWorkspaceDb(dbName);
    return checkConnection(settings, password, await workspaceIdentity(db));
  },

  createDatabase: (settings: SyncSettingsInput, password: string) => createDatabase(settings, password),

  async close(): Promise<void> {
    await stop();
    db?.close();
    db = null;
  },
};

export type SyncWorkerApi = typeof api;

Comlink.expose(api);
