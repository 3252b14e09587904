import { describe, expect, it } from 'vitest';
import { createDefaultPipelines } from '../defaults/default-pipelines';
import { activitySchema } from '../model/activity';
import { dealSchema } from '../model/deal';
import { taskSchema } from '../model/task';
import { company, contact } from '../testing/fixtures';
import { detectPreset } from './detect-preset';
import type { ImportMapping } from './import-mapping';
import { linkRecords } from './link-records';
import { mapRows } from './map-rows';
import { parseCsv } from './parse-csv';
import { planDedupe } from './plan-dedupe';

const options = { timeZone: 'UTC', defaultCurrency: 'EUR', pipeline: createDefaultPipelines(0)[0]! };

function run(text: string, mapping?: ImportMapping) {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error);
  const mapped = mapRows(parsed.headers, parsed.rows, mapping ?? detectPreset(parsed.headers).mapping, options);
  let n = 0;
  const newId = () => `id-${++n}`;
  const existing = { contacts: [contact({ id: 'c1', email: 'emma@acme.example', companyId: 'co1' })], companies: [company({ id: 'co1', name: 'Acme' })] };
  const plan = planDedupe(mapped, existing, 'skip', { now: 5, newId, firstStageId: 'prospect' });
  return { mapped, plan, linked: linkRecords(mapped, plan, { now: 5, newId }) };
}

describe('linkRecords', () => {
  it('links each deal to its row’s contact and company, matched or new, as valid stored records', () => {
    const { linked, plan } = run(
      [
        'Person - Email,Person - Name,Organization - Name,Deal - Title,Deal - Value,Deal - Status,Deal - Won time',
        'emma@acme.example,Emma Smith,acme,Renewal,100,won,2024-03-01',
        'new@globex.example,Ann Lee,Globex,Pilot,,open,',
        ',,,Orphan,5,,',
      ].join('\n'),
    );
    expect(linked.deals.map((d) => [d.title, d.primaryContactId, d.companyId, d.status])).toEqual([
      ['Renewal', 'c1', 'co1', 'won'],
      ['Pilot', plan.contactIdByRow[3], plan.companyIdByName['globex'], 'open'],
      ['Orphan', null, null, 'open'],
    ]);
    expect(linked.deals[0]).toMatchObject({ closedAt: Date.UTC(2024, 2, 1, 12), stageEnteredAt: Date.UTC(2024, 2, 1, 12), contactIds: ['c1'] });
    for (const d of linked.deals) expect(dealSchema.safeParse(d).success).toBe(true);
    expect(linked.unlinkedRows).toEqual([]);
  });

  it('links behaviour events and tasks to the contact and the deal of their row', () => {
    const mapping: ImportMapping = {
      email: { kind: 'field', target: 'contact.email' },
      event: { kind: 'field', target: 'activity.type' },
      at: { kind: 'field', target: 'activity.at' },
      deal: { kind: 'field', target: 'deal.title' },
      task: { kind: 'field', target: 'task.title' },
    };
    const { linked } = run('email,event,at,deal,task\nemma@acme.example,call,2024-01-01 09:00,Renewal,Send quote', mapping);
    expect(linked.activities).toEqual([
      expect.objectContaining({ contactId: 'c1', dealId: linked.deals[0]!.id, type: 'call_logged', at: Date.UTC(2024, 0, 1, 9) }),
    ]);
    expect(linked.tasks).toEqual([expect.objectContaining({ contactId: 'c1', dealId: linked.deals[0]!.id, title: 'Send quote', kind: 'todo' })]);
    expect(activitySchema.safeParse(linked.activities[0]).success).toBe(true);
    expect(taskSchema.safeParse(linked.tasks[0]).success).toBe(true);
  });

  it('finds deals already stored by a key custom field, so importing a file twice does not double its deals', () => {
    const mapping: ImportMapping = {
      id: { kind: 'custom', entity: 'deal', key: 'crm_id' },
      title: { kind: 'field', target: 'deal.title' },
      amount: { kind: 'field', target: 'deal.amount' },
      stage: { kind: 'field', target: 'deal.stage' },
    };
    const { mapped, plan } = run('id,title,amount,stage\nX1,Renewal,100,Won\nX2,Pilot,,Contacted\nX2,Pilot again,7,Contacted\n,No key,,', mapping);
    const stored = linkRecords(mapped, plan, { now: 1, newId: () => 'old-x1' }).deals[0]!;
    const existing = [{ ...stored, amount: null, stageId: 'contacted', status: 'open' as const, closedAt: null }];
    let n = 0;
    const link = (mode: 'skip' | 'fill' | 'overwrite' | 'create') =>
      linkRecords(mapped, plan, { now: 9, newId: () => `d${++n}`, deals: { existing, key: 'crm_id', mode } });

    const skip = link('skip');
    expect(skip.dealSkips).toEqual([
      { rows: [2], existingId: 'old-x1' },
      { rows: [4], existingId: skip.deals[0]!.id },
    ]);
    expect(skip.deals.map((d) => d.title)).toEqual(['Pilot', 'No key']);

    const fill = link('fill');
    expect(fill.dealUpdates).toEqual([expect.objectContaining({ rows: [2], changed: ['amount'], stageChange: { from: 'contacted', to: 'won' } })]);
    expect(fill.dealUpdates[0]!.record).toMatchObject({ id: 'old-x1', amount: 100, stageId: 'contacted', status: 'open' });
    // The repeated X2 fills the deal its first row creates: one Pilot, with the amount only the second row had.
    expect(fill.deals.map((d) => [d.title, d.amount])).toEqual([
      ['Pilot', 7],
      ['No key', null],
    ]);
    expect(link('overwrite').deals[0]).toMatchObject({ title: 'Pilot again', amount: 7 });
    expect(link('create').deals).toHaveLength(4);
  });

  it('leaves out what links to a contact no plan knows', () => {
    const { mapped } = run('Person - Email,Deal - Title\nx@y.example,A');
    expect(linkRecords(mapped, { contactIdByRow: {}, companyIdByName: {} }, { now: 1, newId: () => 'd' })).toMatchObject({ deals: [], unlinkedRows: [2] });
  });
});
