// Import benchmark page (built only by `vite build --mode bench`): a 100,000-contact CSV imported through the
// app's worker and write path, beside a raw Dexie bulkPut of the same records measured in the same run.
import Dexie from 'dexie';
import { createEmptyWorkspaceData } from '@shared/defaults/empty-workspace';
import { contactSchema, type Contact } from '@shared/model';
import type { ImportProgress } from '../src/db/repositories/import-repository';
import { writeWorkspaceData } from '../src/db/repositories/workspace-data-repository';
import { schemaVersions } from '../src/db/schema-versions';
import { openWorkspaceDb } from '../src/db/workspace-db';
import { openImportWorker } from '../src/workspace-api/import-client';

export type ImportBenchResult = {
  contacts: number;
  bytes: number;
  /** Median of three imports of the file, each into a new empty workspace. */
  importMs: number;
  importsMs: number[];
  phases: Record<string, number>;
  rawMs: number[];
  rawWithLogMs: number;
  /** Every record the import wrote (members, companies, contacts, their creation lines), raw. */
  rawAllMs: number[];
  records: number;
  zodMs: number;
  changeEntries: number;
  created: number;
};
declare global {
  interface Window {
    importBenchResult?: ImportBenchResult;
    importBenchError?: string;
  }
}

const firstNames = ['Emma', 'Liam', 'Olivia', 'Noah', 'Ava', 'Mason', 'Sophia', 'Lucas', 'Mia', 'Ethan', '민준', '서연'];
const lastNames = ['Smith', 'Jones', 'Brown', 'Lee', 'Kim', 'Park', 'Garcia', 'Miller', 'Davis', 'Wilson'];
const titles = ['CTO', 'VP Sales', 'Marketing Manager', 'Engineer', 'Head of Growth', 'CEO', 'Analyst', '영업팀장', ''];
const stages = ['subscriber', 'lead', 'marketingqualifiedlead', 'salesqualifiedlead', 'opportunity', 'customer'];
const owners = ['Jin Park', 'Ana Kim', 'Sam Lee', 'Maya Chen', 'Tom Ford', 'Ella Cruz', 'Ravi Rao', 'Lena Holm'];

/** A HubSpot contacts export of `n` rows with 4,000 companies, as a seller would bring it. */
function hubspotCsv(n: number): string {
  const lines = ['First Name,Last Name,Email,Phone Number,Company Name,Job Title,Lifecycle Stage,Contact owner,Create Date'];
  for (let i = 0; i < n; i++) {
    const first = firstNames[i % firstNames.length]!;
    // Every row its own person: no two share an e-mail, nor a name at the same company.
    const last = `${lastNames[(i * 7) % lastNames.length]!} ${i}`;
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    lines.push(
      [
        first,
        last,
        `person.${i}@company${i % 4000}.example`,
        i % 3 === 0 ? `+1 555 ${String(i).padStart(7, '0')}` : '',
        `"Company ${i % 4000}, Inc."`,
        titles[i % titles.length],
        stages[i % stages.length],
        owners[i % owners.length],
        `2024-${month}-${day} 10:${String(i % 60).padStart(2, '0')}:00`,
      ].join(','),
    );
  }
  return lines.join('\r\n');
}

/** The latest index definition of a table, as the workspace database declares it. */
const storesOf = (table: string) => schemaVersions.reduce<string>((spec, v) => v.stores[table] ?? spec, '');

/** Raw Dexie: the same records bulkPut into a table with the same indexes, one transaction, no validation, no change log. */
async function rawBulkPut(tables: Record<string, readonly object[]>): Promise<number> {
  const raw = new Dexie(`raw-import-baseline-${Date.now()}-${Math.random()}`);
  raw.version(1).stores(Object.fromEntries(Object.keys(tables).map((t) => [t, storesOf(t)])));
  await raw.open();
  const started = performance.now();
  await raw.transaction('rw', raw.tables, async () => {
    for (const [name, records] of Object.entries(tables)) await raw.table(name).bulkPut(records as object[]);
  });
  const ms = performance.now() - started;
  raw.close();
  await Dexie.delete(raw.name);
  return ms;
}

async function emptyWorkspace(name: string): Promise<void> {
  const db = openWorkspaceDb(name);
  await writeWorkspaceData(db, createEmptyWorkspaceData({ name: 'Import benchmark', locale: 'en', now: Date.now() }));
  db.close();
}

async function importOnce(csv: Uint8Array, name: string) {
  await emptyWorkspace(name);
  const client = openImportWorker(name);
  try {
    const phases: Record<string, number> = {};
    const started = performance.now();
    const summary = await client.read('bench.csv', csv.slice());
    if (!summary.ok) throw new Error(summary.error);
    phases['read'] = performance.now() - started;
    let phase = 'read';
    let phaseStart = performance.now();
    const onProgress = (p: ImportProgress) => {
      if (p.phase === phase) return;
      phases[phase] = (phases[phase] ?? 0) + performance.now() - phaseStart;
      phase = p.phase;
      phaseStart = performance.now();
    };
    const outcome = await client.run(
      { mapping: summary.detection.mapping, mode: 'fill', createOwners: true, viewName: 'Import', viewColumns: ['name'] },
      onProgress,
    );
    phases[phase] = (phases[phase] ?? 0) + performance.now() - phaseStart;
    if (!outcome.ok) throw new Error(outcome.error);
    return { importMs: performance.now() - started, phases, outcome };
  } finally {
    client.dispose();
  }
}

async function run(n: number): Promise<ImportBenchResult> {
  const csv = new TextEncoder().encode(hubspotCsv(n));
  // Warm-up: the worker's code and the database engine, on a small file.
  const warm = `bench-import-warm-${Date.now()}`;
  await importOnce(new TextEncoder().encode(hubspotCsv(1000)), warm);
  await Dexie.delete(warm);
  const name = `bench-import-${Date.now()}`;
  const { importMs, phases, outcome } = await importOnce(csv, name);
  const db = openWorkspaceDb(name);
  const contacts: Contact[] = await db.contacts.toArray();
  const transitions = await db.transitions.toArray();
  const companies = await db.companies.toArray();
  const teamMembers = await db.teamMembers.toArray();
  const changeEntries = await db.changes.where('batchId').equals(outcome.record.batchId).count();
  db.close();
  // All databases of an origin share one store: each measured database goes again, so later runs do not write into a fuller one.
  await Dexie.delete(name);
  // Interleaved with two more imports, so a busy moment of the machine does not land on one side only.
  const all = { teamMembers, companies, contacts, transitions };
  const rawMs = [await rawBulkPut({ contacts })];
  const rawAllMs = [await rawBulkPut(all)];
  const importsMs = [importMs];
  for (let i = 0; i < 2; i++) {
    const again = `bench-import-${Date.now()}-${i}`;
    importsMs.push((await importOnce(csv, again)).importMs);
    await Dexie.delete(again);
    rawMs.push(await rawBulkPut({ contacts }));
    rawAllMs.push(await rawBulkPut(all));
  }
  // The write path alone on the same records: runWrite + the change log, no mapping or scoring.
  const logged = `bench-import-log-${Date.now()}`;
  await emptyWorkspace(logged);
  const target = openWorkspaceDb(logged);
  const { runWrite } = await import('../src/db/write-path');
  const writeStarted = performance.now();
  await runWrite(target, () => target.contacts.bulkAdd(contacts), { origin: 'import' });
  const rawWithLogMs = performance.now() - writeStarted;
  target.close();
  await Dexie.delete(logged);
  const zodStarted = performance.now();
  for (const c of contacts) contactSchema.safeParse(c);
  const zodMs = performance.now() - zodStarted;
  return {
    contacts: n,
    bytes: csv.length,
    importMs: [...importsMs].sort((a, b) => a - b)[1]!,
    importsMs,
    phases,
    rawMs,
    rawWithLogMs,
    rawAllMs,
    records: contacts.length + transitions.length + companies.length + teamMembers.length,
    zodMs,
    changeEntries,
    created: outcome.record.counts.contacts.created,
  };
}

const contacts = Number(new URLSearchParams(location.search).get('contacts') ?? '100000');
run(contacts).then(
  (result) => {
    window.importBenchResult = result;
    document.getElementById('out')!.textContent = JSON.stringify(result, null, 2);
  },
  (error: unknown) => {
    window.importBenchError = error instanceof Error ? `${error.message}\n${error.stack}` : String(error);
  },
);
