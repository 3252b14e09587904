// Workspace-file benchmark page (built only by `vite build --mode bench`): a workspace of N contacts and
// 10 activities each, exported and re-imported through the app's worker, beside raw Dexie on the same data.
import Dexie from 'dexie';
import { generateDemoWorkspace } from '@shared/demo/generate-workspace';
import { workspaceTableNames, type Activity, type Contact, type WorkspaceData } from '@shared/model';
import { schemaVersions } from '../src/db/schema-versions';
import { workspaceFilesInWorker } from '../src/workspace-api/workspace-file-client';

export type WorkspaceFileBenchResult = {
  contacts: number;
  activities: number;
  records: number;
  rawWriteMs: number;
  rawReadMs: number;
  runs: { compress: boolean; exportMs: number; importMs: number; bytes: number; heapMb: number | null }[];
};
declare global {
  interface Window {
    workspaceFileBench?: WorkspaceFileBenchResult;
    workspaceFileBenchError?: string;
  }
}

const hex = (n: number) => n.toString(16).padStart(12, '0');

/** The demo's contacts copied (new ids) up to `contacts`, each with `perContact` activities copied from the demo's. */
function syntheticWorkspace(contacts: number, perContact: number): WorkspaceData {
  const now = Date.UTC(2026, 10, 23);
  const base = generateDemoWorkspace({ seed: 2026, now, locale: 'ko', contacts: 2000 });
  const many: Contact[] = [];
  const activities: Activity[] = [];
  for (let i = 0; i < contacts; i++) {
    const c = base.contacts[i % base.contacts.length]!;
    const id = `${c.id.slice(0, 24)}${hex(i)}`;
    many.push({ ...c, id, lastName: `${c.lastName} ${i}`, email: c.email ? `${i}.${c.email}` : null });
    for (let k = 0; k < perContact; k++) {
      const a = base.activities[(i * perContact + k) % base.activities.length]!;
      activities.push({ ...a, id: `${a.id.slice(0, 24)}${hex(i * perContact + k)}`, contactId: id, dealId: null });
    }
  }
  return { ...base, contacts: many, activities, transitions: [], deals: [], dealMoves: [], tasks: [], assignments: [], notifications: [] };
}

/**
 * Raw Dexie: the same tables and indexes, no change log, no validation; bulkPut in one transaction,
 * then toArray of every table. The database it fills is the one the export then reads (same schema).
 */
async function rawDexie(name: string, data: WorkspaceData): Promise<{ writeMs: number; readMs: number }> {
  const db = new Dexie(name);
  for (const step of schemaVersions) db.version(step.version).stores(step.stores);
  await db.open();
  let started = performance.now();
  await db.transaction('rw', db.tables, async () => {
    for (const table of workspaceTableNames)
      for (let i = 0; i < data[table].length; i += 10_000) await db.table(table).bulkPut(data[table].slice(i, i + 10_000));
  });
  const writeMs = performance.now() - started;
  started = performance.now();
  for (const table of workspaceTableNames) await db.table(table).toArray();
  const readMs = performance.now() - started;
  db.close();
  return { writeMs, readMs };
}

const heapMb = () => {
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? Math.round(memory.usedJSHeapSize / 1e6) : null;
};

// Each figure is also logged as it comes, so a long run shows where it is.
const log = (what: string, ms: number) => console.log(`[workspace-file bench] ${what}: ${ms.toFixed(0)} ms`);

async function run(contacts: number, perContact: number, modes: boolean[]): Promise<WorkspaceFileBenchResult> {
  let data: WorkspaceData | null = syntheticWorkspace(contacts, perContact);
  const records = workspaceTableNames.reduce((sum, t) => sum + data![t].length, 0);
  const activities = data.activities.length;
  const source = `bench-ws-source-${Date.now()}`;
  const raw = await rawDexie(source, data);
  log('raw write', raw.writeMs);
  log('raw read', raw.readMs);
  data = null; // the page keeps no copy while the worker runs
  let started = 0;
  const runs: WorkspaceFileBenchResult['runs'] = [];
  for (const compress of modes) {
    started = performance.now();
    const blob = await workspaceFilesInWorker.exportWorkspace(source, { appVersion: 'bench', name: 'Bench', createdAt: Date.now(), compress });
    const exportMs = performance.now() - started;
    log(`export (${compress ? 'gzip' : 'plain'})`, exportMs);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const target = `bench-ws-target-${Date.now()}`;
    started = performance.now();
    const verdict = await workspaceFilesInWorker.importAsNew(bytes, target);
    const importMs = performance.now() - started;
    log(`import (${compress ? 'gzip' : 'plain'})`, importMs);
    if (!verdict.ok) throw new Error(`import refused: ${JSON.stringify(verdict.errors.slice(0, 2))}`);
    if (verdict.manifest.counts.activities !== activities) throw new Error('activities lost');
    runs.push({ compress, exportMs, importMs, bytes: blob.size, heapMb: heapMb() });
    await Dexie.delete(target);
  }
  await Dexie.delete(source);
  return { contacts, activities, records, rawWriteMs: raw.writeMs, rawReadMs: raw.readMs, runs };
}

const params = new URLSearchParams(location.search);
const modes = (params.get('modes') ?? 'gzip,plain').split(',').map((m) => m === 'gzip');
run(Number(params.get('contacts') ?? '100000'), Number(params.get('perContact') ?? '10'), modes).then(
  (result) => {
    window.workspaceFileBench = result;
    document.getElementById('out')!.textContent = JSON.stringify(result, null, 2);
  },
  (error: unknown) => {
    window.workspaceFileBenchError = error instanceof Error ? `${error.message}\n${error.stack}` : String(error);
  },
);
