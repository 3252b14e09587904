import { describe, expect, it } from 'vitest';
import { createDefaultLifecycle } from '../defaults/default-lifecycle';
import { createDefaultPipelines, defaultSalesStages } from '../defaults/default-pipelines';
import type { Pipeline } from '../model/pipeline';
import { lostReasonOf, mapDealStageValues, mapLeadStatusValues, mapLifecycleValues } from './stage-values';

const [sales] = createDefaultPipelines(0);

describe('mapLifecycleValues', () => {
  it("maps HubSpot's internal values and labels, Korean and Baton's own stage names, with the rows each covers", () => {
    const values = [
      'marketingqualifiedlead',
      'Marketing Qualified Lead',
      'salesqualifiedlead',
      'evangelist',
      '영업 기회',
      '부적격',
      'SAL/SQL',
      'lead',
      'lead',
      '',
    ];
    const { entries, unknown } = mapLifecycleValues(values);
    expect(unknown).toEqual([]);
    expect(Object.fromEntries(entries.map((e) => [e.value, [e.stageId, e.via, e.rows]]))).toEqual({
      marketingqualifiedlead: ['mql', 'synonym', 1],
      'Marketing Qualified Lead': ['mql', 'synonym', 1],
      salesqualifiedlead: ['sql', 'synonym', 1],
      evangelist: ['customer', 'synonym', 1],
      '영업 기회': ['opportunity', 'synonym', 1],
      부적격: ['disqualified', 'synonym', 1],
      'SAL/SQL': ['sql', 'synonym', 1],
      lead: ['lead', 'id', 2],
    });
  });

  it('lists values it does not know instead of guessing, and takes the user’s answer for them', () => {
    expect(mapLifecycleValues(['other', 'other', 'mql']).unknown).toEqual([{ value: 'other', rows: 2 }]);
    const chosen = mapLifecycleValues(['other', 'mql'], undefined, { other: 'prospect' });
    expect(chosen.unknown).toEqual([]);
    expect(chosen.entries[0]).toEqual({ value: 'other', stageId: 'prospect', via: 'chosen', rows: 1 });
  });

  it("matches a custom lifecycle's own stage names and drops synonyms for stages it lacks", () => {
    const lifecycle = createDefaultLifecycle(0, 'l1');
    const custom = {
      ...lifecycle,
      stages: lifecycle.stages.filter((s) => s.id !== 'subscriber').map((s) => (s.id === 'mql' ? { ...s, name: 'Warm lead' } : s)),
    };
    const { entries, unknown } = mapLifecycleValues(['warm lead', 'subscriber'], custom);
    expect(entries).toEqual([{ value: 'warm lead', stageId: 'mql', via: 'name', rows: 1 }]);
    expect(unknown).toEqual([{ value: 'subscriber', rows: 1 }]);
  });
});

describe('mapLeadStatusValues', () => {
  it('finds the statuses that decide a stage and knows the ones that do not', () => {
    const { entries, unknown } = mapLeadStatusValues(['UNQUALIFIED', 'Closed - Not Converted', 'BAD_TIMING', 'Working - Contacted', 'NEW', 'Snoozed']);
    expect(entries.map((e) => [e.value, e.stageId])).toEqual([
      ['UNQUALIFIED', 'disqualified'],
      ['Closed - Not Converted', 'disqualified'],
      ['BAD_TIMING', 'recycled'],
      ['Working - Contacted', null],
      ['NEW', null],
    ]);
    expect(unknown).toEqual([{ value: 'Snoozed', rows: 1 }]);
  });
});

describe('mapDealStageValues', () => {
  it('maps Maven, HubSpot, Pipedrive and Salesforce stages into the default sales pipeline', () => {
    const values = ['Prospecting', 'Engaging', 'Won', 'Lost', 'closedwon', 'Closed Lost', 'Contact Made', 'Proposal Made', 'Follow-up', '연락함'];
    const { entries, unknown } = mapDealStageValues(values, sales!);
    expect(unknown).toEqual([]);
    expect(entries.map((e) => e.stageId)).toEqual([
      'to_contact',
      'contacted',
      'won',
      'lost',
      'won',
      'lost',
      'contacted',
      'proposal_sent',
      'follow_up',
      'contacted',
    ]);
  });

  it('finds Won and Lost by outcome in a pipeline whose ids are its own, and refuses archived stages', () => {
    const stages = defaultSalesStages().map((s) => (s.outcome === 'won' ? { ...s, id: 'signed' } : s.id === 'contacted' ? { ...s, archived: true } : s));
    const pipeline: Pipeline = { ...sales!, stages };
    const { entries, unknown } = mapDealStageValues(['Closed Won', 'contacted'], pipeline);
    expect(entries).toEqual([{ value: 'Closed Won', stageId: 'signed', via: 'outcome', rows: 1 }]);
    expect(unknown).toEqual([{ value: 'contacted', rows: 1 }]);
  });
});

describe('lostReasonOf', () => {
  it('reads reason ids and common wordings, and gives up on free text', () => {
    expect(lostReasonOf('no_budget')).toBe('no_budget');
    expect(lostReasonOf('Lost to competitor')).toBe('opportunity_lost');
    expect(lostReasonOf('예산 부족')).toBe('no_budget');
    expect(lostReasonOf('their CFO left in March')).toBeNull();
  });
});
