// Sync benchmark page (built only by `vite build --mode bench`, bench-sync.html): the first sync of a
// workspace to an empty server and the pull into an empty replica, with Baton's own sync engine on this
// page's IndexedDB, beside PouchDB (pouchdb-browser, its idb adapter on the same IndexedDB) replicating
// the same documents against the same server. tests/bench/sync-browser.bench.ts drives it and prints.
import Dexie from 'dexie';
import PouchDB from 'pouchdb-browser';
import { generateDemoWorkspace } from '@shared/demo/generate-workspace';
import { workspaceTableNames, type Contact, type WorkspaceData } from '@shared/model';
import { toSyncDocument, toWireDocument, type SyncDocument } from '@shared/sync';
import { loadedSyncRecord, saveSyncSettings, type SyncRecord } from '../src/db/repositories/sync-state-repository';
import { writeWorkspaceData } from '../src/db/repositories/workspace-data-repository';
import { openWorkspaceDb, type WorkspaceDb } from '../src/db/workspace-db';
import { createSyncEngine, docPageFactor } from '../src/workers/sync-engine';

/** Where both sides sync to: the server (through the CORS proxy), a database, a user. */
export type SyncBenchServer = { url: string; database: string; username: string; password: string };
export type SyncBenchTiming = { ms: number; records: number };

export type SyncBenchApi = {
  /** Fills a new workspace database through the write path (untimed): the source replica of a run. */
  seed(run: string, records: number): Promise<{ records: number }>;
  /** Baton: the source replica's first sync (capture, push, the echo of its own documents) to an empty database. */
  batonPush(run: string, server: SyncBenchServer): Promise<SyncBenchTiming>;
  /** Baton: a new, empty replica's first sync from that database. */
  batonPull(run: string, server: SyncBenchServer): Promise<SyncBenchTiming>;
  /** PouchDB: the documents Baton pushed (its wire documents) put in a local idb PouchDB (untimed), then replicated to an empty database. */
  pouchPush(run: string, server: SyncBenchServer): Promise<SyncBenchTiming>;
  /** PouchDB: that database replicated into an empty idb PouchDB. */
  pouchPull(run: string, server: SyncBenchServer): Promise<SyncBenchTiming>;
  /** Deletes the run's local databases. */
  cleanUp(run: string): Promise<void>;
};

declare global {
  interface Window {
    syncBench?: SyncBenchApi;
  }
}

const hex = (n: number) => n.toString(16).padStart(12, '0');

/** A workspace of exactly `records` records: the demo's settings records and companies, and contacts copied from its contacts (new ids, numbered names). */
function workspaceOf(records: number): WorkspaceData {
  const base = generateDemoWorkspace({ seed: 2026, now: Date.now(), locale: 'en', contacts: 200 });
  const data: WorkspaceData = { ...base, contacts: [], activities: [], transitions: [], deals: [], dealMoves: [], tasks: [] };
  const fixed = workspaceTableNames.reduce((n, t) => n + data[t].length, 0);
  const contacts: Contact[] = [];
  for (let i = 0; i < records - fixed; i++) {
    const c = base.contacts[i % base.contacts.length]!;
    contacts.push({ ...c, id: `${c.id.slice(0, 24)}${hex(i)}`, lastName: `${c.lastName} ${i}`, email: c.email ? `${i}.${c.email}` : null });
  }
  return { ...data, contacts };
}

const sourceName = (run: string) => `bench-sync-source-${run}`;
const targetName = (run: string) => `bench-sync-target-${run}`;
const pouchSource = (run: string) => `bench-pouch-source-${run}`;
const pouchTarget = (run: string) => `bench-pouch-target-${run}`;
const remoteOf = (server: SyncBenchServer) => `${server.url}/${server.database}`;

/**
 * Like for like: PouchDB replicates with the batch sizes Baton's engine uses (its defaults): 500
 * documents a `_bulk_docs` when pushing, 1,000 changes a `_changes` page with documents when pulling
 * (PouchDB's own default is 100 both ways).
 */
const pushBatch = 500;
const pullPage = pushBatch * docPageFactor;

async function countRecords(db: WorkspaceDb): Promise<number> {
  let n = 0;
  for (const table of workspaceTableNames) n += await db.table(table).count();
  return n;
}

/** The replica's sync settings (basic auth, not live) and its engine, as the sync worker makes them. */
async function engineOf(db: WorkspaceDb, server: SyncBenchServer) {
  const config = await saveSyncSettings(
    db,
    { serverUrl: server.url, database: server.database, username: server.username, authMode: 'basic', live: false },
    Date.now(),
  );
  return createSyncEngine({
    db,
    replicaId: config.replicaId,
    connection: { serverUrl: server.url, database: server.database, username: server.username, password: server.password, authMode: 'basic' },
    log: (message) => console.warn(message),
    batchSize: pushBatch,
  });
}

async function timed(work: () => Promise<number>): Promise<SyncBenchTiming> {
  const started = performance.now();
  const records = await work();
  return { ms: performance.now() - started, records };
}

/** Baton's documents as pushed (record, packed clocks, no revision): what PouchDB replicates. */
const wireDocuments = (rows: SyncRecord[]): SyncDocument[] => rows.map((r) => toWireDocument(toSyncDocument(r.table, { record: r.record, clocks: r.clocks })));

const api: SyncBenchApi = {
  async seed(run, records) {
    const db = openWorkspaceDb(sourceName(run));
    await writeWorkspaceData(db, workspaceOf(records));
    const n = await countRecords(db);
    db.close();
    return { records: n };
  },
  async batonPush(run, server) {
    const db = openWorkspaceDb(sourceName(run));
    const engine = await engineOf(db, server);
    const result = await timed(async () => (await engine.syncOnce()).pushed);
    await engine.stop();
    db.close();
    return result;
  },
  async batonPull(run, server) {
    const db = openWorkspaceDb(targetName(run));
    await db.open();
    const engine = await engineOf(db, server);
    const result = await timed(async () => {
      await engine.syncOnce();
      return countRecords(db);
    });
    await engine.stop();
    db.close();
    return result;
  },
  async pouchPush(run, server) {
    const baton = openWorkspaceDb(sourceName(run));
    const docs = wireDocuments((await baton.syncRecords.toArray()).map((r) => loadedSyncRecord(r)));
    baton.close();
    const source = new PouchDB(pouchSource(run), { adapter: 'idb' });
    await source.bulkDocs(docs);
    const remote = new PouchDB(remoteOf(server), { auth: { username: server.username, password: server.password } });
    const result = await timed(async () => (await PouchDB.replicate(source, remote, { batch_size: pushBatch })).docs_written);
    await source.close();
    await remote.close();
    return result;
  },
  async pouchPull(run, server) {
    const remote = new PouchDB(remoteOf(server), { auth: { username: server.username, password: server.password } });
    const target = new PouchDB(pouchTarget(run), { adapter: 'idb' });
    const result = await timed(async () => {
      await PouchDB.replicate(remote, target, { batch_size: pullPage });
      return (await target.info()).doc_count;
    });
    await target.close();
    await remote.close();
    return result;
  },
  async cleanUp(run) {
    await Dexie.delete(sourceName(run));
    await Dexie.delete(targetName(run));
    await new PouchDB(pouchSource(run), { adapter: 'idb' }).destroy();
    await new PouchDB(pouchTarget(run), { adapter: 'idb' }).destroy();
  },
};

window.syncBench = api;
document.getElementById('out')!.textContent = 'ready';
