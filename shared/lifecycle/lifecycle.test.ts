import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StageCriterion } from '../model/lifecycle';
import type { StageTransition } from '../model/stage-transition';
import { contact, context, lifecycle, scores, T0 } from '../testing/fixtures';
import { acceptHandOff, applyTransition, overrideTransition, rejectHandOff } from './apply-transition';
import { checkCriterion } from './criteria';
import { evaluateTransition, nextStages } from './evaluate-transition';
import { replayTransitions } from './replay';
import { validateLifecycle } from './validate-lifecycle';

const deal = (overrides = {}) => ({ amount: 1000, expectedCloseDate: T0, status: 'open' as const, deletedAt: null, ...overrides });

describe('criteria', () => {
  const cases: [StageCriterion, Parameters<typeof checkCriterion>[1], Parameters<typeof checkCriterion>[2], string | null][] = [
    [{ kind: 'consent_present' }, contact(), context(), 'consent'],
    [{ kind: 'consent_present' }, contact({ consent: { status: 'granted', source: 'form', at: T0 } }), context(), null],
    [{ kind: 'persona_assigned' }, contact(), context(), 'persona'],
    [{ kind: 'persona_assigned' }, contact({ personaId: 'p1' }), context(), null],
    [{ kind: 'icp_fit_at_least', min: 50 }, contact(), context({ scores: scores({ icpFit: 40 }), icpThreshold: 60 }), 'icpFit'],
    [{ kind: 'icp_fit_at_least', min: 50 }, contact(), context({ scores: scores({ icpFit: 50 }), icpThreshold: 60 }), null],
    // min null = the active ICP's own threshold, so "in ICP" and "meets the ICP criterion" agree.
    [{ kind: 'icp_fit_at_least', min: null }, contact(), context({ scores: scores({ icpFit: 59 }), icpThreshold: 60 }), 'icpFit'],
    [{ kind: 'icp_fit_at_least', min: null }, contact(), context({ scores: scores({ icpFit: 60 }), icpThreshold: 60 }), null],
    // No ICP defined: not checked, never blocking.
    [{ kind: 'icp_fit_at_least', min: null }, contact(), context({ scores: scores({ icpFit: null }), icpThreshold: null }), null],
    [{ kind: 'hand_off_ready' }, contact(), context({ scores: scores({ handOffMeasure: 74.9 }) }), 'handOffMeasure'],
    [{ kind: 'hand_off_ready' }, contact(), context({ scores: scores({ handOffMeasure: 75 }) }), null],
    [{ kind: 'engagement_at_least', min: 75 }, contact(), context({ scores: scores({ engagement: 74.9 }) }), 'engagement'],
    [{ kind: 'engagement_at_least', min: 10 }, contact(), context({ scores: scores({ engagement: 12, bant: 0, icpFit: null }) }), null],
    [{ kind: 'bant_at_least', min: 60 }, contact(), context({ scores: scores({ engagement: 0, bant: 59, icpFit: null }) }), 'bant'],
    [{ kind: 'field', condition: { op: 'not_empty', field: 'phone' } }, contact(), context(), 'phone'],
    [{ kind: 'field', condition: { op: 'not_empty', field: 'phone' } }, contact({ phone: '010' }), context(), null],
    [{ kind: 'activity_present', activityTypes: ['meeting_booked'] }, contact(), context({ activityTypes: new Set(['email_opened']) }), 'activity'],
    [{ kind: 'activity_present', activityTypes: ['meeting_booked'] }, contact(), context({ activityTypes: new Set(['meeting_booked']) }), null],
    [{ kind: 'deal_amount_present' }, contact(), context({ deals: [deal({ amount: null })] }), 'amount'],
    [{ kind: 'deal_amount_present' }, contact(), context({ deals: [deal({ status: 'lost' })] }), 'amount'],
    [{ kind: 'deal_amount_present' }, contact(), context({ deals: [deal()] }), null],
    [{ kind: 'deal_close_date_present' }, contact(), context({ deals: [deal({ expectedCloseDate: null })] }), 'expectedCloseDate'],
    [{ kind: 'deal_won' }, contact(), context({ deals: [deal()] }), 'dealWon'],
    [{ kind: 'deal_won' }, contact(), context({ deals: [deal({ status: 'won' })] }), null],
  ];
  it.each(cases)('%j → %s', (criterion, c, ctx, missing) => {
    expect(checkCriterion(criterion, c, ctx)?.item ?? null).toBe(missing);
  });
});

describe('evaluateTransition', () => {
  const def = lifecycle();
  it('refuses Opportunity without amount and expected close date, naming both', () => {
    const result = evaluateTransition(contact({ lifecycleStage: 'sql' }), context(), 'sql', 'opportunity', def);
    expect(result).toMatchObject({ ok: false, reason: 'criteria' });
    expect(result.ok === false && result.reason === 'criteria' && result.unmet.map((u) => u.item)).toEqual(['amount', 'expectedCloseDate']);
  });
  it('allows Opportunity once a deal has both', () => {
    expect(evaluateTransition(contact({ lifecycleStage: 'sql' }), context({ deals: [deal()] }), 'sql', 'opportunity', def)).toEqual({
      ok: true,
      notChecked: [],
    });
  });
  it('lists every unmet MQL criterion', () => {
    const result = evaluateTransition(contact({ lifecycleStage: 'lead' }), context(), 'lead', 'mql', def);
    expect(result.ok === false && result.reason === 'criteria' && result.unmet.map((u) => u.item)).toEqual(['handOffMeasure', 'consent', 'activity']);
    // Without an ICP the ICP criterion is reported as not checked rather than unmet.
    expect(result.ok === false && result.reason === 'criteria' && result.notChecked).toEqual([{ stageId: 'mql', item: 'icpFit', why: 'no_icp' }]);
    const withIcp = evaluateTransition(contact({ lifecycleStage: 'lead' }), context({ icpThreshold: 60, scores: scores({ icpFit: 40 }) }), 'lead', 'mql', def);
    expect(withIcp.ok === false && withIcp.reason === 'criteria' && withIcp.unmet.map((u) => u.item)).toEqual([
      'handOffMeasure',
      'icpFit',
      'consent',
      'activity',
    ]);
  });
  it('refuses moves the lifecycle does not allow, and the hand-off move outside acceptHandOff', () => {
    expect(evaluateTransition(contact({ lifecycleStage: 'customer' }), context(), 'customer', 'lead', def)).toEqual({ ok: false, reason: 'not_allowed' });
    expect(evaluateTransition(contact({ lifecycleStage: 'mql' }), context(), 'mql', 'sql', def)).toEqual({ ok: false, reason: 'hand_off_required' });
    expect(evaluateTransition(contact(), context(), 'prospect', 'nowhere', def)).toEqual({ ok: false, reason: 'unknown_stage' });
    expect(evaluateTransition(contact(), context(), 'prospect', 'prospect', def)).toEqual({ ok: false, reason: 'same_stage' });
  });
  it('lists the next stages with what blocks each', () => {
    const next = nextStages(contact({ lifecycleStage: 'prospect' }), context(), def);
    expect(next[0]).toMatchObject({ stage: { id: 'subscriber' }, evaluation: { ok: false, reason: 'criteria' } });
    expect(next.find((n) => n.stage.id === 'recycled')?.evaluation).toEqual({ ok: true, notChecked: [] });
  });
});

describe('applyTransition, override, recycle', () => {
  const def = lifecycle();
  const granted = contact({ consent: { status: 'granted', source: 'newsletter', at: T0 } });
  it('moves the contact and returns the log line', () => {
    const result = applyTransition(granted, { to: 'subscriber', at: T0 + 5, by: 'm1', id: 't1' }, def, context());
    expect(result).toMatchObject({
      ok: true,
      contact: { lifecycleStage: 'subscriber', stageEnteredAt: T0 + 5 },
      transition: { id: 't1', from: 'prospect', to: 'subscriber', byMemberId: 'm1', kind: 'move', override: false },
    });
  });
  it('returns the refusal instead of moving', () => {
    expect(applyTransition(contact(), { to: 'subscriber', at: T0, by: 'm1' }, def, context())).toMatchObject({
      ok: false,
      error: 'refused',
      evaluation: { reason: 'criteria' },
    });
  });
  it('needs a recycle reason from the list to recycle', () => {
    expect(applyTransition(contact(), { to: 'recycled', at: T0, by: 'm1' }, def, context())).toEqual({ ok: false, error: 'recycle_reason_required' });
    const result = applyTransition(contact(), { to: 'recycled', at: T0, by: 'm1', recycleReason: 'bad_timing', reason: 'Budget cycle in Q3' }, def, context());
    expect(result).toMatchObject({
      ok: true,
      contact: { recycleReason: 'bad_timing' },
      transition: { kind: 'recycle', recycleReason: 'bad_timing', reason: 'Budget cycle in Q3' },
    });
  });
  const marketer = { id: 'm1', role: 'marketing' as const, admin: false };
  it('override needs a reason, records who and marks the log line', () => {
    expect(overrideTransition(contact(), { to: 'subscriber', at: T0, actor: marketer, reason: '  ' }, def, context())).toEqual({
      ok: false,
      error: 'override_reason_required',
    });
    const result = overrideTransition(contact(), { to: 'subscriber', at: T0, actor: marketer, reason: 'Consent given by phone' }, def, context());
    expect(result).toMatchObject({ ok: true, transition: { override: true, byMemberId: 'm1', reason: 'Consent given by phone' } });
  });
  it('override does not open moves the lifecycle forbids', () => {
    expect(
      overrideTransition(contact({ lifecycleStage: 'customer' }), { to: 'lead', at: T0, actor: { ...marketer, admin: true }, reason: 'x' }, def, context()),
    ).toMatchObject({
      ok: false,
      error: 'refused',
    });
  });
});

describe('hand-off', () => {
  const def = lifecycle();
  const mql = contact({ lifecycleStage: 'mql' });
  const sdr = { id: 'sdr1', role: 'sdr' as const, admin: false };
  it('accept moves MQL to SAL/SQL and logs it as accepted', () => {
    expect(acceptHandOff(mql, { at: T0, actor: sdr }, def)).toMatchObject({
      ok: true,
      contact: { lifecycleStage: 'sql' },
      transition: { kind: 'hand_off_accepted', from: 'mql' },
    });
  });
  it('reject recycles with the reason and logs it as rejected', () => {
    expect(rejectHandOff(mql, { at: T0, actor: sdr, recycleReason: 'no_budget' }, def)).toMatchObject({
      ok: true,
      contact: { lifecycleStage: 'recycled', recycleReason: 'no_budget' },
      transition: { kind: 'hand_off_rejected', recycleReason: 'no_budget' },
    });
  });
  it('only sales roles decide, and only on a handed-off contact', () => {
    expect(acceptHandOff(mql, { at: T0, actor: { id: 'm1', role: 'marketing', admin: false } }, def)).toEqual({ ok: false, error: 'not_authorised' });
    expect(acceptHandOff(mql, { at: T0, actor: null }, def)).toEqual({ ok: false, error: 'not_authorised' });
    // Admins decide whatever their role.
    expect(acceptHandOff(mql, { at: T0, actor: { id: 'm1', role: 'marketing', admin: true } }, def)).toMatchObject({ ok: true });
    expect(acceptHandOff(contact(), { at: T0, actor: sdr }, def)).toEqual({ ok: false, error: 'not_in_hand_off' });
  });
});

describe('validateLifecycle', () => {
  const known = new Set(['phone', 'jobTitle', 'company.industry']);
  it('finds nothing wrong with the default lifecycle', () => {
    expect(validateLifecycle(lifecycle(), known)).toEqual([]);
  });
  it('names unreachable stages, dead ends, missing owners, unknown fields and stages', () => {
    const def = lifecycle();
    const stages = def.stages.map((s) => {
      if (s.id === 'prospect') return { ...s, allowedNext: s.allowedNext.filter((n) => n !== 'subscriber') };
      if (s.id === 'lead')
        return {
          ...s,
          allowedNext: [...s.allowedNext, 'ghost'],
          ownerRole: null,
          entryCriteria: [{ kind: 'field' as const, condition: { op: 'not_empty' as const, field: 'shoeSize' } }],
        };
      if (s.id === 'recycled') return { ...s, allowedNext: ['recycled_hold'] };
      return s;
    });
    stages.push({ ...def.stages[7]!, id: 'recycled_hold', allowedNext: ['recycled'] });
    const problems = validateLifecycle({ ...def, stages }, known);
    expect(problems).toEqual(
      expect.arrayContaining([
        { kind: 'unknown_next', stageId: 'lead', nextId: 'ghost' },
        { kind: 'no_owner', stageId: 'lead' },
        { kind: 'unknown_field', stageId: 'lead', field: 'shoeSize' },
        { kind: 'dead_end', stageId: 'recycled' },
        { kind: 'dead_end', stageId: 'recycled_hold' },
      ]),
    );
    // Subscriber can no longer be reached: prospect skips it and recycled no longer leads back to it.
    expect(problems).toContainEqual({ kind: 'unreachable', stageId: 'subscriber' });
  });
  it('accepts custom fields on contact and company', () => {
    const def = lifecycle();
    def.stages[2]!.entryCriteria = [{ kind: 'field', condition: { op: 'not_empty', field: 'company.customFields.tier' } }];
    expect(validateLifecycle(def, known)).toEqual([]);
  });
});

describe('replayTransitions (property)', () => {
  it('replaying a log of applied moves reproduces the final stage, in any input order', () => {
    const def = lifecycle();
    const ctx = context({
      deals: [deal({ status: 'won' })],
      activityTypes: new Set(['form_submitted', 'meeting_booked']),
      scores: scores({ engagement: 100, bant: 100, icpFit: 100 }),
    });
    const ready = contact({ consent: { status: 'granted', source: 'x', at: T0 }, personaId: 'p' });
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 20 }), { maxLength: 30 }), fc.nat(), (choices, shuffleSeed) => {
        let current = ready;
        const log: StageTransition[] = [];
        choices.forEach((choice, step) => {
          const options = nextStages(current, ctx, def).filter((n) => n.evaluation.ok);
          const pick = options[choice % Math.max(1, options.length)];
          if (!pick) return;
          const result = applyTransition(
            current,
            { to: pick.stage.id, at: T0 + step, by: 'm', recycleReason: 'other', id: `t${String(step).padStart(3, '0')}` },
            def,
            ctx,
          );
          if (result.ok) {
            current = result.contact;
            log.push(result.transition);
          }
        });
        const shuffled = [...log].sort((a, b) => ((a.at * 7919 + shuffleSeed) % 13) - ((b.at * 7919 + shuffleSeed) % 13));
        expect(replayTransitions(shuffled).get(ready.id) ?? ready.lifecycleStage).toBe(current.lifecycleStage);
      }),
    );
  });
});
