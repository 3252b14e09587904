import { describe, expect, it } from 'vitest';
import { createEmptyWorkspaceData } from './empty-workspace';

const hangul = /[\uac00-\ud7a3]/;

describe('a new empty workspace', () => {
  it('in Korean: every stored name a user reads is Korean; the design itself is the same as in English', () => {
    const ko = createEmptyWorkspaceData({ name: '우리 팀', locale: 'ko', now: 0 });
    const en = createEmptyWorkspaceData({ name: 'Our team', locale: 'en', now: 0 });
    const [koLifecycle, enLifecycle] = [ko.lifecycles[0]!, en.lifecycles[0]!];
    expect(koLifecycle.name).toMatch(hangul);
    expect(ko.scoringModels[0]!.name).toMatch(hangul);
    for (const stage of koLifecycle.stages) expect(stage.definition, stage.id).toMatch(hangul);
    for (const rule of [...ko.scoringModels[0]!.engagementRules, ...ko.scoringModels[0]!.fitRules]) expect(rule.label, rule.id).toMatch(hangul);
    for (const pipeline of ko.pipelines) for (const stage of pipeline.stages) expect(stage.name).toMatch(hangul);
    expect(ko.meta[0]).toMatchObject({ currency: 'KRW', locale: 'ko', calendar: { timeZone: 'Asia/Seoul' } });
    // Words differ, rules do not: criteria, owners, SLAs and transitions are the same design.
    const rules = (stages: typeof koLifecycle.stages) => stages.map(({ definition: _d, ...rest }) => rest);
    expect(rules(koLifecycle.stages)).toEqual(rules(enLifecycle.stages));
    expect(enLifecycle.stages.every((s) => !hangul.test(s.definition))).toBe(true);
  });
});
