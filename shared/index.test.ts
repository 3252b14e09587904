import { describe, expect, it } from 'vitest';
import * as baton from './index';
import { bantWeightsSchema } from './model/scoring-model';

describe('public domain API', () => {
  it('exports the engines other tools use, with the canonical identifiers', () => {
    for (const name of [
      'evaluateTransition',
      'applyTransition',
      'overrideTransition',
      'acceptHandOff',
      'rejectHandOff',
      'scoreContact',
      'scoreAll',
      'assignPersona',
      'icpFit',
      'calibrate',
      'validateLifecycle',
    ] as const) {
      expect(typeof baton[name], name).toBe('function');
    }
    expect(baton.defaultLifecycle.stages.map((s) => s.id)).toEqual([...baton.lifecycleStageIds]);
    expect(baton.defaultScoringModel.handOffThreshold).toBe(75);
    expect(baton.roles).toEqual(['marketing', 'sdr', 'ae', 'ebr', 'csm']);
    expect(baton.recycleReasons).toContain('no_meeting');
  });

  it('validates BANT weights: they must add up to 100%', () => {
    expect(bantWeightsSchema.safeParse({ budget: 40, authority: 30, need: 20, timeframe: 10 }).success).toBe(true);
    const wrong = bantWeightsSchema.safeParse({ budget: 40, authority: 30, need: 20, timeframe: 20 });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.message).toBe('BANT weights must add up to 100%');
  });
});
