import { describe, expect, it } from 'vitest';
import { createDefaultLifecycle } from '../defaults/default-lifecycle';
import { createDefaultPipelines } from '../defaults/default-pipelines';
import { createDefaultScoringModel } from '../defaults/default-scoring-model';
import { icp, persona } from '../testing/fixtures';
import { detectPreset } from './detect-preset';
import { ownersToCreate, withNewOwners } from './import-owners';
import { linkRecords } from './link-records';
import { mapRows, type MapOptions } from './map-rows';
import { planDedupe } from './plan-dedupe';
import { dealKeyField, planImportWrite, type ImportDesign } from './plan-import-write';
import { readCsvBytes } from './read-csv-file';

const now = Date.UTC(2026, 11, 1);
const pipeline = createDefaultPipelines(0)[0]!;
const lifecycle = createDefaultLifecycle(0);
const design: ImportDesign = {
  lifecycle,
  model: createDefaultScoringModel(0),
  icp: icp({ criteria: [{ kind: 'in_list', field: 'industry', values: ['software'], weight: 1 }], threshold: 50 }),
  personas: [persona('p-cto', 'Technical buyer', ['cto'])],
  pipeline,
};
const options: MapOptions = { timeZone: 'UTC', defaultCurrency: 'USD', pipeline, lifecycle };

function plan(csv: string, existingDeals: Parameters<typeof linkRecords>[2]['deals'] = undefined) {
  const file = readCsvBytes(new TextEncoder().encode(csv));
  if (!file.ok) throw new Error(file.error);
  const { mapping } = detectPreset(file.headers);
  let n = 0;
  const newId = () => `id-${++n}`;
  const raw = mapRows(file.headers, file.rows, mapping, options);
  const mapped = withNewOwners(raw, ownersToCreate(raw, { now, newId }));
  const dedupe = planDedupe(mapped, { contacts: [], companies: [] }, 'fill', { now, newId, firstStageId: 'prospect' });
  const linked = linkRecords(mapped, dedupe, { now, newId, deals: existingDeals });
  return {
    mapping,
    mapped,
    write: planImportWrite({
      importId: 'imp-1',
      fileName: 'f.csv',
      now,
      newId,
      mapped,
      plan: dedupe,
      linked,
      design,
      storedCompanies: new Map(),
      columnOf: (t) => t,
    }),
  };
}

describe('planImportWrite', () => {
  it('gives new contacts their persona, scores with their company and the ICP, a creation line each, and the import id', () => {
    const { write } = plan(
      'First Name,Last Name,Email,Company Name,Industry,Job Title,Lifecycle Stage\r\nEmma,Smith,emma@a.example,Acme,software,CTO,mql\r\nLiam,Jones,liam@b.example,Globex,retail,Engineer,lead',
    );
    const [emma, liam] = write.contacts.add;
    expect(emma).toMatchObject({ personaId: 'p-cto', importId: 'imp-1', lifecycleStage: 'mql' });
    expect(liam).toMatchObject({ personaId: null, importId: 'imp-1' });
    // Acme is a software company, in the ICP; Globex is not: the fit score says so.
    expect(emma!.fitScore).toBeGreaterThan(liam!.fitScore);
    expect(write.transitions.map((t) => [t.contactId, t.from, t.to, t.kind])).toEqual([
      [emma!.id, null, 'mql', 'created'],
      [liam!.id, null, 'lead', 'created'],
    ]);
    expect(write.counts.contacts).toEqual({ created: 2, updated: 0, skipped: 0 });
  });

  it('starts each new deal’s stage history, and moves a re-imported deal only as the pipeline allows', () => {
    const csv =
      'opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\r\nA1,Ann,GTX,Acme,Prospecting,,,\r\nB2,Ann,MG,Acme,Won,,2017-03-01,100';
    const first = plan(csv);
    expect(dealKeyField(first.mapping)).toBe('opportunity_id');
    expect(first.write.dealMoves.map((m) => [m.from, m.to])).toEqual([
      [null, 'to_contact'],
      [null, 'won'],
    ]);
    // The same deals again, A1 now Lost (the board would ask why: the file gives no reason), B2 now Lost too (a closed deal stays closed).
    const again = plan(
      'opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\r\nA1,Ann,GTX,Acme,Lost,,,\r\nB2,Ann,MG,Acme,Lost,,2017-03-01,100',
      { existing: first.write.deals.add, key: 'opportunity_id', mode: 'fill' },
    );
    expect(again.write.deals.add).toEqual([]);
    expect(again.write.dealMoves).toEqual([]);
    expect(again.write.deals.put.map((d) => d.stageId)).toEqual(['to_contact', 'won']);
    expect(again.write.issues.map((i) => [i.row, i.code])).toEqual([
      [2, 'stage_move_refused'],
      [3, 'stage_move_refused'],
    ]);
  });
});
