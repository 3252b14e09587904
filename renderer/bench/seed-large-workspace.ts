// Benchmark fixture page (built only by `vite build --mode bench`): fills this origin's IndexedDB with a large
// workspace through the app's own write path, and measures raw IndexedDB on the same machine as a baseline.
import { generateDemoWorkspace } from '@shared/demo/generate-workspace';
import type { Contact, Deal, StageTransition } from '@shared/model';
import { openRegistryDb } from '../src/db/registry-db';
import { addWorkspace } from '../src/db/repositories/registry-repository';
import { writeWorkspaceData } from '../src/db/repositories/workspace-data-repository';
import { openWorkspaceDb, workspaceDbName } from '../src/db/workspace-db';

type BenchResult = { contacts: number; records: number; writeMs: number; rawBaselineMs: number; rawRecords: number };
declare global {
  interface Window {
    benchResult?: BenchResult;
    benchError?: string;
  }
}

/** Raw IndexedDB: N small records in one transaction, no validation, no indexes beyond the key. */
function rawBaseline(count: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(`raw-baseline-${Date.now()}`, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('rows', { keyPath: 'id' });
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const started = performance.now();
      const tx = db.transaction('rows', 'readwrite');
      const store = tx.objectStore('rows');
      for (let i = 0; i < count; i++) store.put({ id: `r${i}`, name: `Contact ${i}`, score: i % 100, stage: 'lead' });
      tx.oncomplete = () => {
        db.close();
        resolve(performance.now() - started);
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** The demo's open deals copied (new ids, spread over the open stages) until there are `count` open deals. */
function manyOpenDeals(deals: Deal[], stageIds: string[], count: number): Deal[] {
  const open = deals.filter((d) => d.status === 'open');
  const closed = deals.filter((d) => d.status !== 'open');
  const out: Deal[] = [...open];
  for (let i = 0; out.length < count && open.length > 0; i++) {
    const d = open[i % open.length]!;
    out.push({
      ...d,
      id: `${d.id.slice(0, 24)}${(i + 1).toString(16).padStart(12, '0')}`,
      title: `${d.title} · ${i}`,
      stageId: stageIds[i % stageIds.length]!,
    });
  }
  return [...out, ...closed];
}

async function seed(contacts: number, openDeals: number | null, history: boolean): Promise<BenchResult> {
  const now = Date.now();
  const base = generateDemoWorkspace({ seed: 2026, now, locale: 'en', contacts: 2000 });
  // Replicate the demo's contacts with new ids and numbered names: a 100k list without generating 1M activities.
  const copies = Math.ceil(contacts / base.contacts.length);
  const many: Contact[] = [];
  // With `history`, each copied contact gets the stage history of the one it copies (the funnel and reports read it).
  const log: StageTransition[] = [];
  const byContact = new Map<string, StageTransition[]>();
  for (const t of base.transitions) byContact.set(t.contactId, [...(byContact.get(t.contactId) ?? []), t]);
  const copyId = (id: string, copy: number) => `${id.slice(0, 24)}${copy.toString(16).padStart(12, '0')}`;
  for (let copy = 0; copy < copies && many.length < contacts; copy++)
    for (const c of base.contacts) {
      if (many.length >= contacts) break;
      if (history) for (const t of byContact.get(c.id) ?? []) log.push(copy === 0 ? t : { ...t, id: copyId(t.id, copy), contactId: copyId(c.id, copy) });
      many.push(
        copy === 0
          ? c
          : {
              ...c,
              id: copyId(c.id, copy),
              lastName: `${c.lastName} ${copy}`,
              email: c.email ? `${copy}.${c.email}` : null,
            },
      );
    }
  const sales = base.pipelines.find((p) => p.kind === 'sales')!;
  const openStages = sales.stages.filter((st) => st.outcome === 'open').map((st) => st.id);
  const deals = openDeals === null ? base.deals : manyOpenDeals(base.deals, openStages, openDeals);
  // Deal copies keep no stage history: the board reads deals, not their history.
  const data = { ...base, contacts: many, deals, dealMoves: openDeals === null ? base.dealMoves : [], transitions: history ? log : base.transitions };
  const registry = openRegistryDb();
  const entry = await addWorkspace(registry, { name: `Benchmark ${contacts.toLocaleString('en')}`, isDemo: true }, now);
  const db = openWorkspaceDb(workspaceDbName(entry.id));
  const started = performance.now();
  await writeWorkspaceData(db, data);
  const writeMs = performance.now() - started;
  db.close();
  const records = Object.values(data).reduce((sum, rows) => sum + rows.length, 0);
  const rawRecords = 100_000;
  return { contacts: many.length, records, writeMs, rawBaselineMs: await rawBaseline(rawRecords), rawRecords };
}

const params = new URLSearchParams(location.search);
const contacts = Number(params.get('contacts') ?? '100000');
// The workspace-file benchmark shares this page: it fills and times its own workspace.
if (params.get('task') === 'workspace-file') void import('./workspace-file');
else if (params.get('task') === 'reevaluate') void import('./reevaluate');
else
  seed(contacts, params.has('deals') ? Number(params.get('deals')) : null, params.get('history') === '1').then(
    (result) => {
      window.benchResult = result;
      document.getElementById('out')!.textContent = JSON.stringify(result, null, 2);
    },
    (error: unknown) => {
      window.benchError = error instanceof Error ? error.message : String(error);
    },
  );
