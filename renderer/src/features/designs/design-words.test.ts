import { describe, expect, it } from 'vitest';
import { buildTemplate, decodeDesignFile, diffDesigns, validateDesign, type DesignProblem } from '@shared/design';
import { initI18n } from '../../i18n';
import { applyProblemText, changeTitle, designNames, fileErrorText, problemText, valueText } from './design-words';

describe('design words', () => {
  it('says every kind of problem, refusal and file error in English and Korean, never a raw key', async () => {
    const problems: DesignProblem[] = [
      ...(['duplicate_stage', 'unreachable', 'dead_end', 'no_owner', 'unknown_hand_off_stage'] as const).map((kind) => ({
        severity: 'error' as const,
        kind: 'lifecycle' as const,
        problem: { kind, stageId: 'mql' },
      })),
      { severity: 'error', kind: 'lifecycle', problem: { kind: 'no_recycled_stage' } },
      { severity: 'error', kind: 'lifecycle', problem: { kind: 'unknown_next', stageId: 'mql', nextId: 'x' } },
      { severity: 'error', kind: 'lifecycle', problem: { kind: 'unknown_field', stageId: 'mql', field: 'shoeSize' } },
      { severity: 'warning', kind: 'routing_overlap', overlap: { ruleIds: ['a', 'b'], fields: [] } },
      { severity: 'warning', kind: 'routing_gap', gap: { field: 'company.employeeCount', from: 10, to: 10 } },
      { severity: 'warning', kind: 'routing_shadowed', ruleId: 'a', by: 'b' },
      { severity: 'error', kind: 'unknown_member', ruleId: 'a', memberId: 'm' },
      { severity: 'error', kind: 'unknown_member', ruleId: null, memberId: 'm' },
      { severity: 'error', kind: 'unknown_stage', where: 'threshold_action', stageId: 'hot' },
      { severity: 'error', kind: 'unknown_stage', where: 'volume_sla', stageId: 'hot' },
      { severity: 'warning', kind: 'hand_off_role_unrouted', role: 'ebr' },
    ];
    const fileErrors = ['', 'x', '{"$baton":"design","formatVersion":9}', '{"$baton":"design","formatVersion":1}', new Uint8Array([0xff])].flatMap((input) => {
      const r = decodeDesignFile(input);
      return r.ok ? [] : r.errors;
    });
    for (const language of ['en', 'ko'] as const) {
      const i18n = await initI18n(language);
      const t = i18n.t.bind(i18n);
      const names = designNames(t, buildTemplate('the_model', language));
      const texts = [
        ...problems.map((p) => problemText(t, p, names)),
        applyProblemText(t, { kind: 'stage_in_use', stageId: 'prospect', contacts: 3 }, names),
        applyProblemText(t, { kind: 'pipeline_stage_in_use', pipelineId: 'p', pipelineName: 'Sales', stageId: 'demo', deals: 2 }, names),
        ...fileErrors.map((e) => fileErrorText(t, e)),
      ];
      for (const text of texts) expect(text, language).not.toMatch(/designs\.|\{\{/);
      expect(problemText(t, problems[2]!, names)).toBe(
        language === 'en' ? 'From MQL a contact can never reach the last stage.' : 'MQL에서는 마지막 단계에 도달할 수 없습니다.',
      );
    }
  });

  it('reads a diff: titles by name, owners by role, hours with units', async () => {
    const i18n = await initI18n('en');
    const t = i18n.t.bind(i18n);
    const a = buildTemplate('simple_lead_process', 'en');
    const b = structuredClone(a);
    b.lifecycle.stages[1]!.ownerRole = 'ae';
    b.lifecycle.stages[1]!.slaHours = 8;
    const [change] = diffDesigns(a, b);
    const names = designNames(t, a, b);
    expect(changeTitle(t, change!, names)).toBe('Stage Qualified');
    const fields = change!.kind === 'stage' && change!.change === 'changed' ? change!.fields : [];
    expect(fields.map((f) => `${f.field}: ${valueText(t, f.field, f.before, names, 'en')} → ${valueText(t, f.field, f.after, names, 'en')}`)).toEqual([
      'ownerRole: SDR → AE',
      'slaHours: 24 h → 8 h',
    ]);
    expect(validateDesign(b)).toEqual([]);
  });
});
