import { describe, expect, it } from 'vitest';
import { lifecycle, scoringModel } from '../testing/fixtures';
import { bantShares, validateScoringModel } from './validate-scoring-model';

describe('validateScoringModel', () => {
  it('accepts the default model', () => {
    expect(validateScoringModel(scoringModel(), lifecycle())).toEqual([]);
  });

  it('names BANT weights that do not total 100 % with their total', () => {
    const model = { ...scoringModel(), bantWeights: { budget: 40, authority: 30, need: 20, timeframe: 20 } };
    expect(validateScoringModel(model)).toEqual([{ path: 'bantWeights', code: 'bant_total', params: { total: 110 } }]);
  });

  it('accepts thirds that round to 100 and reports a weight out of range at its part', () => {
    expect(validateScoringModel({ ...scoringModel(), bantWeights: { budget: 33.33, authority: 33.33, need: 33.34, timeframe: 0 } })).toEqual([]);
    const model = { ...scoringModel(), bantWeights: { budget: 120, authority: -20, need: 0, timeframe: 0 } };
    expect(validateScoringModel(model).map((p) => [p.path, p.code])).toEqual([
      ['bantWeights.budget', 'out_of_range'],
      ['bantWeights.authority', 'out_of_range'],
    ]);
  });

  it('puts each rule problem at the rule and input it concerns', () => {
    const base = scoringModel();
    const rules = base.engagementRules.map((r, i) =>
      i === 1 ? { ...r, label: ' ', points: Number.NaN } : i === 2 ? { ...r, cap: -1, halfLifeDays: 0 } : i === 3 ? { ...r, urlContains: '' } : r,
    );
    expect(validateScoringModel({ ...base, engagementRules: rules }).map((p) => [p.path, p.code])).toEqual([
      ['engagementRules.1.label', 'required'],
      ['engagementRules.1.points', 'not_a_number'],
      ['engagementRules.2.cap', 'negative'],
      ['engagementRules.2.halfLifeDays', 'not_positive'],
      ['engagementRules.3.urlContains', 'required'],
    ]);
  });

  it('checks fit rule conditions, duplicate ids, the threshold, the measure and threshold actions', () => {
    const base = scoringModel();
    const model = {
      ...base,
      fitRules: [
        { id: 'a', label: 'Size', points: 10, condition: { op: 'range' as const, field: 'company.employeeCount', min: 50, max: 10 } },
        { id: 'a', label: 'Title', points: 5, condition: { op: 'regex' as const, field: 'jobTitle', pattern: '([' } },
      ],
      handOffThreshold: 120,
      handOffMeasure: { engagement: 0, fit: 0, bant: 0 },
      thresholdActions: [
        { kind: 'change_stage' as const, stageId: 'nowhere' },
        { kind: 'create_task' as const, title: '', dueInHours: 0 },
      ],
    };
    expect(validateScoringModel(model, lifecycle()).map((p) => [p.path, p.code])).toEqual([
      ['fitRules.0.condition.max', 'range_reversed'],
      ['fitRules.1.id', 'duplicate_id'],
      ['fitRules.1.condition.pattern', 'invalid_pattern'],
      ['handOffThreshold', 'out_of_range'],
      ['handOffMeasure', 'measure_empty'],
      ['thresholdActions.0.stageId', 'unknown_stage'],
      ['thresholdActions.1.title', 'required'],
      ['thresholdActions.1.dueInHours', 'not_positive'],
    ]);
  });

  it('refuses a rule active until before it starts', () => {
    const base = scoringModel();
    const rules = base.engagementRules.map((r, i) => (i === 0 ? { ...r, activeFrom: 2000, activeTo: 1000 } : r));
    expect(validateScoringModel({ ...base, engagementRules: rules })).toEqual([{ path: 'engagementRules.0.activeTo', code: 'active_reversed' }]);
  });
});

describe('bantShares', () => {
  it('gives each part its share of the total', () => {
    expect(bantShares({ budget: 40, authority: 30, need: 20, timeframe: 10 })).toEqual({
      total: 100,
      shares: { budget: 0.4, authority: 0.3, need: 0.2, timeframe: 0.1 },
    });
    expect(bantShares({ budget: 0, authority: 0, need: 0, timeframe: 0 }).shares.budget).toBe(0);
  });
});
