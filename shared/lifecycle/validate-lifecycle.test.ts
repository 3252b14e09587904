import { describe, expect, it } from 'vitest';
import { knownConditionFields } from '../conditions/condition-fields';
import type { FieldCondition } from '../model/condition';
import type { LifecycleDefinition, StageCriterion } from '../model/lifecycle';
import { lifecycle } from '../testing/fixtures';
import { contradiction } from './contradictions';
import { checkLifecycleEdit } from './edit-lifecycle';
import { validateLifecycle } from './validate-lifecycle';

const field = (condition: FieldCondition): StageCriterion => ({ kind: 'field', condition });
const known = knownConditionFields();
const withStage = (def: LifecycleDefinition, id: string, patch: Partial<LifecycleDefinition['stages'][number]>) => ({
  ...def,
  stages: def.stages.map((s) => (s.id === id ? { ...s, ...patch } : s)),
});

describe('contradiction', () => {
  it('finds criteria on one field that cannot hold at once', () => {
    expect(
      contradiction([field({ op: 'equals', field: 'company.country', value: 'KR' }), field({ op: 'equals', field: 'company.country', value: 'US' })]),
    ).toBe('company.country');
    expect(contradiction([field({ op: 'is_empty', field: 'phone' }), field({ op: 'not_empty', field: 'phone' })])).toBe('phone');
    expect(
      contradiction([
        field({ op: 'range', field: 'company.employeeCount', min: 50, max: null }),
        field({ op: 'range', field: 'company.employeeCount', min: null, max: 10 }),
      ]),
    ).toBe('company.employeeCount');
    expect(contradiction([field({ op: 'equals', field: 'source', value: 'event' }), field({ op: 'not_equals', field: 'source', value: 'Event' })])).toBe(
      'source',
    );
    expect(contradiction([field({ op: 'equals', field: 'source', value: 'ads' }), field({ op: 'in_list', field: 'source', values: ['event', 'web'] })])).toBe(
      'source',
    );
    expect(contradiction([field({ op: 'in_list', field: 'source', values: ['a'] }), field({ op: 'in_list', field: 'source', values: ['b'] })])).toBe('source');
  });

  it('lets compatible criteria through, case-insensitively, and never clashes two lists on a list field', () => {
    expect(
      contradiction([field({ op: 'equals', field: 'company.country', value: 'KR' }), field({ op: 'equals', field: 'company.country', value: 'kr' })]),
    ).toBeNull();
    expect(
      contradiction([
        field({ op: 'range', field: 'company.employeeCount', min: 10, max: 50 }),
        field({ op: 'equals', field: 'company.employeeCount', value: 20 }),
      ]),
    ).toBeNull();
    expect(
      contradiction([field({ op: 'equals', field: 'source', value: 'web' }), field({ op: 'in_list', field: 'source', values: ['Web', 'event'] })]),
    ).toBeNull();
    // A contact can carry both tags: "any of [a]" and "any of [b]" hold together.
    expect(contradiction([field({ op: 'in_list', field: 'tags', values: ['a'] }), field({ op: 'in_list', field: 'tags', values: ['b'] })])).toBeNull();
    expect(contradiction([{ kind: 'consent_present' }, { kind: 'engagement_at_least', min: 10 }, field({ op: 'is_empty', field: 'phone' })])).toBeNull();
  });
});

describe('validateLifecycle: the designer’s problems', () => {
  it('the default lifecycle is clean with the schema’s own fields', () => {
    expect(validateLifecycle(lifecycle(), known)).toEqual([]);
  });

  it('a stage no transition leads into is unreachable', () => {
    const def = lifecycle();
    const cut = {
      ...def,
      stages: def.stages.map((s) => (s.id === 'prospect' || s.id === 'recycled' ? { ...s, allowedNext: s.allowedNext.filter((n) => n !== 'subscriber') } : s)),
    };
    expect(validateLifecycle(cut, known)).toEqual([{ kind: 'unreachable', stageId: 'subscriber' }]);
  });

  it('names contradictory entry and exit criteria, and a move whose exit and entry clash', () => {
    const kr = field({ op: 'equals', field: 'company.country', value: 'KR' });
    const us = field({ op: 'equals', field: 'company.country', value: 'US' });
    expect(validateLifecycle(withStage(lifecycle(), 'lead', { entryCriteria: [kr, us] }), known)).toEqual([
      { kind: 'contradictory_criteria', stageId: 'lead', list: 'entry', subject: 'company.country' },
    ]);
    expect(validateLifecycle(withStage(lifecycle(), 'lead', { exitCriteria: [kr, us] }), known)).toContainEqual({
      kind: 'contradictory_criteria',
      stageId: 'lead',
      list: 'exit',
      subject: 'company.country',
    });
    const def = withStage(withStage(lifecycle(), 'lead', { exitCriteria: [kr] }), 'mql', { entryCriteria: [us] });
    expect(validateLifecycle(def, known)).toEqual([{ kind: 'contradictory_move', stageId: 'lead', nextId: 'mql', subject: 'company.country' }]);
  });

  it('a stage of the team’s own needs a name; canonical stages fall back to their translated one', () => {
    const def = lifecycle();
    const extra = { ...def.stages[2]!, id: 'nurture', name: '  ', allowedNext: ['mql'] };
    const stages = def.stages.map((s) => (s.id === 'lead' ? { ...s, allowedNext: [...s.allowedNext, 'nurture'] } : s));
    expect(validateLifecycle({ ...def, stages: [...stages.slice(0, 3), extra, ...stages.slice(3)] }, known)).toEqual([
      { kind: 'unnamed_stage', stageId: 'nurture' },
    ]);
  });

  it('an owner-less funnel stage and a field no record has are named', () => {
    const def = withStage(lifecycle(), 'sql', { ownerRole: null, entryCriteria: [field({ op: 'not_empty', field: 'company.shoeSize' })] });
    expect(validateLifecycle(def, known)).toEqual([
      { kind: 'no_owner', stageId: 'sql' },
      { kind: 'unknown_field', stageId: 'sql', field: 'company.shoeSize' },
    ]);
  });
});

describe('checkLifecycleEdit', () => {
  it('refuses to remove a stage that still holds contacts, and lets an empty one go', () => {
    const before = lifecycle();
    const after = { ...before, stages: before.stages.filter((s) => s.id !== 'subscriber' && s.id !== 'lead') };
    expect(checkLifecycleEdit(before, after, { subscriber: 3, lead: 0 })).toEqual([{ kind: 'stage_in_use', stageId: 'subscriber', count: 3 }]);
    expect(checkLifecycleEdit(before, before, { subscriber: 3 })).toEqual([]);
  });
});

describe('validateLifecycle: numbers the designer is typing', () => {
  it('names an SLA that is not a positive number of hours, and a criterion minimum off its scale, by stage', () => {
    expect(validateLifecycle(lifecycle(), known).filter((p) => p.kind === 'invalid_number')).toEqual([]);
    for (const slaHours of [0, -3, Number.NaN])
      expect(validateLifecycle(withStage(lifecycle(), 'mql', { slaHours }), known), String(slaHours)).toContainEqual({
        kind: 'invalid_number',
        stageId: 'mql',
        setting: 'sla',
      });
    // No SLA at all is allowed (the stage promises nothing); 0.5 h is a real SLA.
    for (const slaHours of [null, 0.5])
      expect(validateLifecycle(withStage(lifecycle(), 'mql', { slaHours }), known).some((p) => p.kind === 'invalid_number')).toBe(false);
    for (const criterion of [
      { kind: 'bant_at_least', min: 120 },
      { kind: 'icp_fit_at_least', min: -1 },
      { kind: 'engagement_at_least', min: Number.NaN },
    ] as StageCriterion[])
      expect(validateLifecycle(withStage(lifecycle(), 'sql', { entryCriteria: [criterion] }), known), JSON.stringify(criterion)).toContainEqual({
        kind: 'invalid_number',
        stageId: 'sql',
        setting: 'criterion_min',
      });
    // A volume target the designer is typing: kept in the draft (so the typo never deletes it) and named.
    const mql = { id: 'volume-mql', stageId: 'mql', ownerRole: 'marketing' as const, period: 'month' as const };
    for (const count of [0, -5, 2.5])
      expect(validateLifecycle({ ...lifecycle(), volumeSlas: [{ ...mql, count }] }, known), String(count)).toContainEqual({
        kind: 'invalid_number',
        stageId: 'mql',
        setting: 'volume_target',
      });
    expect(validateLifecycle({ ...lifecycle(), volumeSlas: [{ ...mql, count: 60 }] }, known).some((p) => p.kind === 'invalid_number')).toBe(false);
  });
});
