// Re-evaluation benchmark (built only by `vite build --mode bench`): a design that asks less applied to a
// demo workspace, timed through reevaluateHandOffs in real Chromium, beside the same facts read one
// contact after another (the way it read them before) and a raw one-pass read + bulkPut of the same records.
import { generateDemoWorkspace } from '@shared/demo/generate-workspace';
import { beforeHandOff } from '@shared/index';
import type { Contact } from '@shared/model';
import { reevaluateHandOffs } from '../src/db/repositories/design-change-repository';
import { loadContactFacts, loadFactsOf } from '../src/db/repositories/scoring-context-repository';
import { writeWorkspaceData } from '../src/db/repositories/workspace-data-repository';
import { openWorkspaceDb } from '../src/db/workspace-db';
import { runWrite } from '../src/db/write-path';

export type ReevaluateBenchResult = {
  contacts: number;
  leads: number;
  handedOff: number;
  reevaluateMs: number;
  factsOneByOneMs: number;
  factsBatchedMs: number;
  rawReadAndPutMs: number;
};
declare global {
  interface Window {
    reevaluateBench?: ReevaluateBenchResult;
    reevaluateBenchError?: string;
  }
}

async function run(contacts: number): Promise<ReevaluateBenchResult> {
  const now = Date.now();
  const data = generateDemoWorkspace({ seed: 44, now, locale: 'en', contacts });
  const db = openWorkspaceDb(`bench-reevaluate-${now}`);
  await writeWorkspaceData(db, data);
  const lifecycle = data.lifecycles[0]!;
  const leadStages = lifecycle.stages.filter((s) => beforeHandOff(lifecycle, s.id)).map((s) => s.id);
  const leads: Contact[] = await db.contacts.where('lifecycleStage').anyOf(leadStages).toArray();

  let started = performance.now();
  for (const c of leads) await loadContactFacts(db, c);
  const factsOneByOneMs = performance.now() - started;
  started = performance.now();
  for (let i = 0; i < leads.length; i += 500) await loadFactsOf(db, leads.slice(i, i + 500));
  const factsBatchedMs = performance.now() - started;
  // The floor: the same leads' activities, deals and companies read in one pass each, and the leads put back through the write path in one bulkPut.
  started = performance.now();
  await db.transaction('r', db.activities, db.deals, db.companies, () => Promise.all([db.activities.toArray(), db.deals.toArray(), db.companies.toArray()]));
  await runWrite(db, () => db.contacts.bulkPut(leads));
  const rawReadAndPutMs = performance.now() - started;

  // A design that asks less: threshold 40 and no intent needed for MQL, as the unit test of reevaluateHandOffs.
  await runWrite(db, () => db.scoringModels.put({ ...data.scoringModels[0]!, handOffThreshold: 40 }));
  const stages = lifecycle.stages.map((s) => (s.id === 'mql' ? { ...s, entryCriteria: s.entryCriteria.filter((c) => c.kind !== 'activity_present') } : s));
  await runWrite(db, () => db.lifecycles.put({ ...lifecycle, stages }));
  started = performance.now();
  const result = await reevaluateHandOffs(db, now);
  const reevaluateMs = performance.now() - started;
  db.close();
  return { contacts, leads: leads.length, handedOff: result.handedOff, reevaluateMs, factsOneByOneMs, factsBatchedMs, rawReadAndPutMs };
}

const contacts = Number(new URLSearchParams(location.search).get('contacts') ?? '10000');
run(contacts).then(
  (result) => {
    window.reevaluateBench = result;
  },
  (error: unknown) => {
    window.reevaluateBenchError = error instanceof Error ? `${error.message}\n${error.stack}` : String(error);
  },
);
