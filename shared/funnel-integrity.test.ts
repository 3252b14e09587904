import { describe, expect, it } from 'vitest';
import { automationTrigger, planThresholdActions } from './automation/plan-threshold-actions';
import { mergeContacts } from './contacts/merge-contacts';
import { defaultCalendar } from './defaults/default-calendar';
import { demoPersonas } from './demo/demo-vocabulary';
import { acceptHandOff, applyTransition, isBackdated, overrideTransition } from './lifecycle/apply-transition';
import { buildTransitionContext } from './lifecycle/build-transition-context';
import { dealOutcomeTransition } from './lifecycle/deal-outcome';
import { evaluateTransition } from './lifecycle/evaluate-transition';
import { funnelBottleneck } from './metrics/bottleneck';
import type { Conversion } from './metrics/funnel';
import { inquiryToLeadTrend } from './metrics/trend';
import { workingCalendarSchema } from './model/workspace-meta';
import type { RoutingRule } from './model/routing-rule';
import type { StageTransition } from './model/stage-transition';
import type { Task } from './model/task';
import { assignPersona } from './personas/assign-persona';
import { emptyRoutingState, routeContact } from './routing/route-contact';
import { compileFitRules, fitScore } from './scoring/fit';
import { defaultFitRules } from './defaults/default-scoring-model';
import { compileEngagementRules, engagementScore } from './scoring/engagement';
import { defaultEngagementRules } from './defaults/default-scoring-model';
import { stageSlaStatus } from './sla/stage-sla';
import { volumeSlaStatus } from './sla/volume-sla';
import { contactWorld, logActivity, saveChange } from './testing/contact-world';
import { activity, company, contact, context, DAY, deal, icp, lifecycle, persona as personaOf, scores, scoringModel, T0, teamMember } from './testing/fixtures';

const HOUR = 3_600_000;
const granted = { status: 'granted' as const, source: 'newsletter', at: T0 };
const roundRobin = (memberIds: string[], id = 'rr'): RoutingRule => ({
  id,
  createdAt: T0,
  updatedAt: T0,
  deletedAt: null,
  name: id,
  order: 0,
  active: true,
  conditions: [],
  target: { kind: 'round_robin', memberIds },
});
const marketer = teamMember('mk', { role: 'marketing' });
const sdrs = [teamMember('s1'), teamMember('s2')];

/** A Lead at an ICP company with a persona, one step from MQL: only its consent and intent vary. */
function leadWorld(overrides: Parameters<typeof contact>[0] = {}) {
  return contactWorld({
    design: { lifecycle: lifecycle(), model: scoringModel(), icp: icp() },
    company: company(),
    team: [marketer, ...sdrs],
    rules: [roundRobin(['s1', 's2'])],
    contact: contact({ lifecycleStage: 'lead', companyId: 'co1', personaId: 'p1', ownerId: 'mk', ...overrides }),
  });
}
/** 3 downloads + 3 opens + 3 clicks + a trial = 76 (DOMAIN.md §2), dated T0. */
const seventySix = () => [
  ...['content_downloaded', 'content_downloaded', 'content_downloaded', 'email_opened', 'email_opened', 'email_opened'],
  ...['email_clicked', 'email_clicked', 'email_clicked', 'trial_started'],
];

describe('Wrong today → fixed', () => {
  it('a lead whose MQL move is refused (no consent) is not routed, gets no SLA task and no hand-off notification', () => {
    const world = leadWorld();
    world.activities.push(activity('form_submitted', { at: T0 })); // intent shown: 15 points
    saveChange(world, world.contact, T0);
    let plan = null;
    for (const type of seventySix()) plan = logActivity(world, activity(type as never, { at: T0 }), T0) ?? plan;
    expect(world.contact.engagementScore).toBe(91);
    expect(world.contact.lifecycleStage).toBe('lead');
    expect(plan?.applied[0]).toMatchObject({ kind: 'change_stage', moved: false, unmet: ['consent'] });
    expect(plan?.applied.map((a) => a.kind)).toEqual(['change_stage']);
    expect(world.contact.ownerId).toBe('mk');
    expect(world.assignments).toEqual([]);
    expect(world.tasks).toEqual([]);
    expect(world.notifications.filter((n) => n.kind === 'hand_off')).toEqual([]);
  });

  it('a lead already over the threshold moves once its missing criterion (consent) is recorded: re-checked, not only on a crossing', () => {
    const world = leadWorld();
    for (const type of ['form_submitted', ...seventySix()]) logActivity(world, activity(type as never, { at: T0 }), T0);
    expect(world.contact.lifecycleStage).toBe('lead');
    // The measure no longer crosses anything: it was already 91.
    expect(automationTrigger(world.design, world.contact, 91, 91)).toBe('recheck');
    const plan = saveChange(world, { ...world.contact, consent: granted }, T0 + HOUR);
    expect(plan?.applied.map((a) => a.kind)).toEqual(['change_stage', 'route']);
    expect(world.contact).toMatchObject({ lifecycleStage: 'mql', ownerId: 's1' });
    expect(world.tasks).toHaveLength(1);
    expect(world.tasks[0]).toMatchObject({ ownerId: 's1', kind: 'follow_up' });
    expect(world.notifications.map((n) => n.kind)).toEqual(['hand_off']);
    // And once moved, further changes do not route it again.
    expect(logActivity(world, activity('email_opened', { at: T0 + 2 * HOUR }), T0 + 2 * HOUR)).toBeNull();
  });

  it('a recycled lead re-qualifies on a new crossing only, not on the next e-mail open', () => {
    expect(automationTrigger(leadWorld().design, { lifecycleStage: 'recycled' }, 90, 92)).toBeNull();
    expect(automationTrigger(leadWorld().design, { lifecycleStage: 'recycled' }, 70, 80)).toBe('crossing');
    expect(automationTrigger(leadWorld().design, { lifecycleStage: 'recycled' }, 90, 92, true)).toBe('recheck');
  });

  it('skipping stages answers to every stage passed: prospect → SQL with only a booked meeting is refused', () => {
    const def = lifecycle();
    const ctx = context({ activityTypes: new Set(['meeting_booked']), icpThreshold: 60, scores: scores({ icpFit: 80 }) });
    const result = evaluateTransition(contact(), ctx, 'prospect', 'sql', def);
    expect(result.ok === false && result.reason === 'criteria' && result.unmet.map((u) => `${u.stageId}:${u.item}`)).toEqual([
      'subscriber:consent',
      'lead:persona',
      'mql:handOffMeasure',
      'mql:consent',
      'sql:handOffStep',
    ]);
  });

  it('lead → SQL keeps the SDR accept/reject step even when every criterion is met; an authorised override may skip it', () => {
    const def = lifecycle();
    const ready = contact({ lifecycleStage: 'lead', personaId: 'p1', consent: granted });
    const ctx = context({ activityTypes: new Set(['form_submitted', 'meeting_booked']), scores: scores({ engagement: 90 }) });
    const refused = applyTransition(ready, { to: 'sql', at: T0, by: 'mk' }, def, ctx);
    expect(
      refused.ok === false && refused.error === 'refused' && refused.evaluation.reason === 'criteria' && refused.evaluation.unmet.map((u) => u.item),
    ).toEqual(['handOffStep']);
    const admin = { id: 'boss', role: 'marketing' as const, admin: true };
    expect(overrideTransition(ready, { to: 'sql', at: T0, actor: admin, reason: 'Met at the fair' }, def, ctx)).toMatchObject({
      ok: true,
      transition: { override: true, to: 'sql' },
    });
  });

  it('one hand-off measure: a BANT-based model calls a lead ready and the MQL criterion agrees (no "engagement min 75, actual 0")', () => {
    const model = { ...scoringModel(), handOffMeasure: { engagement: 0, fit: 0, bant: 1 } };
    const lead = contact({ lifecycleStage: 'lead', personaId: 'p1', consent: granted, bant: { budget: 100, authority: 100, need: 100, timeframe: 67 } });
    const { context: ctx, score } = buildTransitionContext({
      contact: lead,
      activities: [activity('form_submitted')],
      deals: [],
      company: null,
      model,
      icp: null,
      now: T0,
    });
    expect(score.engagement).toBe(15);
    expect(score.total).toBeGreaterThanOrEqual(75);
    expect(evaluateTransition(lead, ctx, 'lead', 'mql', lifecycle())).toMatchObject({ ok: true });
  });

  it('the ICP criterion uses the active ICP threshold, and a workspace without an ICP lets contacts become Leads (and says so)', () => {
    const strict = icp({ threshold: 70 });
    const halfFit = company({ employeeCount: 5 }); // software only: fit 50
    const built = (i: typeof strict | null) =>
      buildTransitionContext({ contact: contact(), activities: [], deals: [], company: halfFit, model: scoringModel(), icp: i, now: T0 });
    const subscriber = contact({ lifecycleStage: 'subscriber', personaId: 'p1', consent: granted });
    const withIcp = evaluateTransition(subscriber, built(strict).context, 'subscriber', 'lead', lifecycle());
    expect(withIcp.ok === false && withIcp.reason === 'criteria' && withIcp.unmet[0]).toMatchObject({ item: 'icpFit', values: { min: 70, actual: 50 } });
    const noIcp = evaluateTransition(subscriber, built(null).context, 'subscriber', 'lead', lifecycle());
    expect(noIcp).toEqual({ ok: true, notChecked: [{ stageId: 'lead', item: 'icpFit', why: 'no_icp' }] });
  });

  it('the bottleneck is the weakest adjacent step with enough contacts; never first → last; the baseline only adds its rate', () => {
    const step = (from: string, to: string, rate: number, adjacent = true, entered = 40): Conversion => ({
      from,
      to,
      adjacent,
      rate,
      entered: { count: entered, ids: [] },
      converted: { count: rate * entered, ids: [] },
    });
    const current = [step('lead', 'mql', 0.5), step('mql', 'sql', 0.3), step('sql', 'customer', 0.4), step('lead', 'customer', 0.06, false)];
    expect(funnelBottleneck(current)).toMatchObject({ from: 'mql', to: 'sql', rate: 0.3, entered: 40, baselineRate: null });
    const baseline = [step('lead', 'mql', 0.9), step('mql', 'sql', 0.35), step('sql', 'customer', 0.45), step('lead', 'customer', 0.5, false)];
    expect(funnelBottleneck(current, baseline)).toMatchObject({ from: 'mql', to: 'sql', baselineRate: 0.35 });
    expect(funnelBottleneck(current, baseline)!.drop).toBeCloseTo(0.05);
  });

  it('override: no reason is an error (never a throw), only allowed roles, recycle reasons from the list, no back-dating before stage entry', () => {
    const def = lifecycle();
    const sdr = { id: 's1', role: 'sdr' as const, admin: false };
    const owner = { id: 'mk', role: 'marketing' as const, admin: false };
    const request = { to: 'subscriber', at: T0, actor: owner } as Parameters<typeof overrideTransition>[1];
    expect(overrideTransition(contact(), { ...request, reason: undefined }, def, context())).toEqual({ ok: false, error: 'override_reason_required' });
    expect(overrideTransition(contact(), { ...request, actor: sdr, reason: 'phone' }, def, context())).toEqual({ ok: false, error: 'not_authorised' });
    expect(overrideTransition(contact(), { ...request, actor: null, reason: 'phone' }, def, context())).toEqual({ ok: false, error: 'not_authorised' });
    expect(overrideTransition(contact(), { ...request, reason: 'phone' }, def, context())).toMatchObject({ ok: true });
    // The lifecycle may let other roles override.
    expect(overrideTransition(contact(), { ...request, actor: sdr, reason: 'phone' }, { ...def, overrideRoles: ['sdr'] }, context())).toMatchObject({
      ok: true,
    });
    expect(applyTransition(contact(), { to: 'recycled', at: T0, by: 'mk', recycleReason: 'aliens' as never }, def, context())).toEqual({
      ok: false,
      error: 'unknown_recycle_reason',
    });
    const entered = contact({ stageEnteredAt: T0 });
    expect(applyTransition(entered, { to: 'recycled', at: T0 - DAY, by: 'mk', recycleReason: 'other' }, def, context())).toEqual({
      ok: false,
      error: 'before_stage_entry',
    });
    expect(applyTransition(entered, { to: 'recycled', at: T0 + DAY, recordedAt: T0, by: 'mk', recycleReason: 'other' }, def, context())).toEqual({
      ok: false,
      error: 'future_dated',
    });
    const late = applyTransition(entered, { to: 'recycled', at: T0 + HOUR, recordedAt: T0 + DAY, by: 'mk', recycleReason: 'other' }, def, context());
    expect(late.ok && isBackdated(late.transition)).toBe(true);
    expect(late.ok && late.transition).toMatchObject({ at: T0 + HOUR, createdAt: T0 + DAY });
  });

  it('routing: round robin remembers the person, so removing someone never serves the same rep twice in a row', () => {
    const team = ['a', 'b', 'c'].map((id) => teamMember(id));
    const ctx = { load: new Map<string, number>() };
    const first = routeContact(contact(), [roundRobin(['a', 'b', 'c'])], team, emptyRoutingState(), T0, ctx);
    const second = routeContact(contact(), [roundRobin(['a', 'b', 'c'])], team, first.newState, T0, ctx);
    expect([first.assignee, second.assignee]).toEqual(['a', 'b']);
    // b leaves the rotation: c is next, not a second lead for anyone.
    expect(routeContact(contact(), [roundRobin(['a', 'c'])], team, second.newState, T0, ctx).assignee).toBe('c');
    // a leaves instead: still c after b.
    expect(routeContact(contact(), [roundRobin(['b', 'c'])], team, second.newState, T0, ctx).assignee).toBe('c');
  });

  it('routing: no matching rule goes to the lifecycle fallback (the hand-off owners) with a notification, never silently to the marketing owner', () => {
    const world = leadWorld({ consent: granted });
    world.rules = [{ ...roundRobin(['s1']), conditions: [{ op: 'equals', field: 'company.country', value: 'JP' }] }];
    for (const type of ['form_submitted', ...seventySix()]) logActivity(world, activity(type as never, { at: T0 }), T0);
    expect(world.contact).toMatchObject({ lifecycleStage: 'mql', ownerId: 's1' });
    expect(world.assignments[0]).toMatchObject({ reason: 'fallback', fromOwnerId: 'mk', toOwnerId: 's1' });
    expect(world.notifications.find((n) => n.kind === 'routing_fallback')).toMatchObject({ memberId: 's1', detail: 'no_match' });
    // Nobody at all: the lead is left unassigned, and said so.
    const empty = leadWorld({ consent: granted });
    empty.team = [marketer];
    empty.rules = [];
    for (const type of ['form_submitted', ...seventySix()]) logActivity(empty, activity(type as never, { at: T0 }), T0);
    expect(empty.contact).toMatchObject({ lifecycleStage: 'mql', ownerId: null });
    expect(empty.notifications.find((n) => n.kind === 'routing_fallback')).toMatchObject({ memberId: null, detail: 'no_match' });
  });

  it('routing rules may use lead score, deal value, win probability and territory', () => {
    const team = [teamMember('kr', { territory: 'KR, JP' }), teamMember('us', { territory: 'US' }), teamMember('big')];
    const rule = (id: string, order: number, conditions: RoutingRule['conditions'], target: RoutingRule['target']): RoutingRule => ({
      ...roundRobin([], id),
      order,
      conditions,
      target,
    });
    const rules = [
      rule('hot', 0, [{ op: 'range', field: 'score.handOff', min: 90, max: null }], { kind: 'person', memberId: 'big' }),
      rule('value', 1, [{ op: 'range', field: 'deal.amount', min: 100_000, max: null }], { kind: 'person', memberId: 'big' }),
      rule('likely', 2, [{ op: 'range', field: 'deal.probability', min: 0.8, max: null }], { kind: 'person', memberId: 'us' }),
      rule('geo', 3, [], { kind: 'territory', memberIds: ['kr', 'us'] }),
    ];
    const route = (facts: Record<string, number | null>, country = 'KR') =>
      routeContact(contact(), rules, team, emptyRoutingState(), T0, { load: new Map(), company: company({ country, region: null }), facts }).ruleId;
    expect(route({ 'score.handOff': 95 })).toBe('hot');
    expect(route({ 'score.handOff': 80, 'deal.amount': 250_000 })).toBe('value');
    expect(route({ 'score.handOff': 80, 'deal.amount': 10, 'deal.probability': 0.9 })).toBe('likely');
    expect(routeContact(contact(), rules, team, emptyRoutingState(), T0, { load: new Map(), company: company({ country: 'JP' }) }).assignee).toBe('kr');
    expect(routeContact(contact(), rules, team, emptyRoutingState(), T0, { load: new Map(), company: company({ country: 'US' }) }).assignee).toBe('us');
  });

  it('scoring: engagement never below the floor, future activities wait for their time, the same activity id counts once', () => {
    const rules = compileEngagementRules(defaultEngagementRules());
    const unsub = activity('unsubscribed', { id: 'u1', at: T0 });
    const floored = engagementScore([unsub, { ...unsub, id: 'u2' }], rules, T0);
    expect(floored.score).toBe(0);
    expect(floored.ledger.reduce((sum, e) => sum + e.points, 0)).toBe(0);
    expect(engagementScore([unsub], compileEngagementRules(defaultEngagementRules(), null), T0).score).toBe(-5);
    const webinar = activity('form_submitted', { id: 'f1', at: T0 + DAY });
    expect(engagementScore([webinar], rules, T0).score).toBe(0);
    expect(engagementScore([webinar], rules, T0 + DAY).score).toBe(15);
    const form = activity('form_submitted', { id: 'same', at: T0 });
    expect(engagementScore([form, { ...form }], rules, T0).score).toBe(15);
  });

  it('scoring: title rules match whole words (Sales Director is not a CTO; Doctor and Contractor are nobody’s decision-maker) and Korean titles', () => {
    const fit = compileFitRules(defaultFitRules(), 0);
    const points = (jobTitle: string) => fitScore({ contact: contact({ jobTitle }) }, fit, null).ledger.map((e) => e.ruleId);
    expect(points('Doctor')).toEqual([]);
    expect(points('Contractor')).toEqual([]);
    expect(points('Internal Sales Rep')).toEqual([]);
    expect(points('Sales Director')).toEqual(['decision_maker']);
    expect(points('CTO')).toEqual(['decision_maker']);
    expect(points('대표이사')).toEqual(['decision_maker']);
    expect(points('영업팀장')).toEqual(['decision_maker']);
    expect(points('마케팅 인턴')).toEqual(['student']);
  });

  it('personas: "Managing Director" is not the IT persona; IT titles and Korean compounds still match', () => {
    const personas = demoPersonas.map((spec, order) => personaOf(spec.key, spec.name.en, spec.patterns, order));
    const persona = (title: string) => assignPersona(title, personas)?.personaName ?? null;
    expect(persona('Managing Director')).toBe('Executive');
    expect(persona('Sales Director')).toBe('Sales leader');
    expect(persona('Doctor')).toBeNull();
    expect(persona('CTO')).toBe('IT decision-maker');
    expect(persona('Head of IT')).toBe('IT decision-maker');
    expect(persona('개발팀장')).toBe('IT decision-maker');
    expect(persona('영업본부장')).toBe('Sales leader');
    expect(persona('대표이사')).toBe('Executive');
  });

  it('SLA: an accepted MQL no longer shows its hand-off SLA (it stops when the contact leaves the stage)', () => {
    const calendar = defaultCalendar('en');
    const mql = contact({ lifecycleStage: 'mql', stageEnteredAt: T0 });
    const task: Task = {
      id: 't1',
      createdAt: T0,
      updatedAt: T0,
      deletedAt: null,
      title: 'Follow up',
      kind: 'follow_up',
      contactId: mql.id,
      dealId: null,
      ownerId: 's1',
      dueAt: T0 + 24 * HOUR,
      slaDeadline: T0 + 24 * HOUR,
      doneAt: null,
    };
    const later = T0 + 10 * DAY;
    expect(stageSlaStatus(mql, [task], calendar, later)?.state).toBe('breached');
    const accepted = acceptHandOff(mql, { at: later, actor: { id: 's1', role: 'sdr', admin: false } }, lifecycle());
    expect(accepted.ok && stageSlaStatus(accepted.contact, [task], calendar, later + HOUR)).toBeNull();
  });

  it('SLA: a calendar with no working days, or a day that ends before it starts, is refused by validation', () => {
    const ok = defaultCalendar('ko');
    expect(workingCalendarSchema.safeParse(ok).success).toBe(true);
    expect(workingCalendarSchema.safeParse({ ...ok, workingDays: [] }).success).toBe(false);
    expect(workingCalendarSchema.safeParse({ ...ok, startHour: 18, endHour: 9 }).success).toBe(false);
    expect(workingCalendarSchema.safeParse({ ...ok, startHour: 9, endHour: 9 }).success).toBe(false);
    expect(workingCalendarSchema.safeParse({ ...ok, timeZone: 'Mars/Olympus' }).success).toBe(false);
  });

  it('SLA: the marketing volume promise (N MQLs per quarter) against what is due by now', () => {
    const sla = { id: 'v', stageId: 'mql', ownerRole: 'marketing' as const, count: 30, period: 'quarter' as const };
    const quarterStart = Date.UTC(2026, 0, 1);
    const line = (i: number, at: number): StageTransition => ({
      id: `t${i}`,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      contactId: `c${i}`,
      from: 'lead',
      to: 'mql',
      at,
      byMemberId: null,
      kind: 'automatic',
      reason: null,
      recycleReason: null,
      override: false,
    });
    const log = Array.from({ length: 10 }, (_, i) => line(i, quarterStart + i * DAY));
    // Half-way through the quarter, 10 of 30 delivered: 15 were due.
    const midQuarter = quarterStart + 45 * DAY;
    expect(volumeSlaStatus(log, sla, midQuarter, 'UTC')).toMatchObject({ delivered: 10, promised: 30, expectedByNow: 15, state: 'behind' });
    expect(volumeSlaStatus(log, { ...sla, count: 10 }, midQuarter, 'UTC').state).toBe('met');
  });

  it('merge keeps the newest consent (a withdrawal is never overwritten by an older grant) and every differing value', () => {
    const keep = contact({ id: 'k', consent: { status: 'withdrawn', source: 'email', at: T0 + DAY }, phone: '010-1', email: 'emma@new.example' });
    const other = contact({ id: 'o', consent: { status: 'granted', source: 'event', at: T0 }, phone: '010-2', email: 'emma@old.example', jobTitle: null });
    const { contact: merged, kept } = mergeContacts(keep, other, T0 + 2 * DAY);
    expect(merged.consent.status).toBe('withdrawn');
    expect(mergeContacts(other, keep, T0 + 2 * DAY).contact.consent.status).toBe('withdrawn');
    expect(merged).toMatchObject({ phone: '010-1', email: 'emma@new.example' });
    expect(kept).toEqual(
      expect.arrayContaining([
        { field: 'phone', value: '010-2' },
        { field: 'email', value: 'emma@old.example' },
      ]),
    );
  });

  it('merge never moves a contact back down the funnel: a new duplicate merged into a customer keeps Customer and its owner', () => {
    const fresh = contact({ id: 'new', lifecycleStage: 'prospect', ownerId: 'sdr1', stageEnteredAt: T0 + DAY });
    const customer = contact({ id: 'old', lifecycleStage: 'customer', ownerId: 'ae1', stageEnteredAt: T0 });
    const { contact: merged, kept } = mergeContacts(fresh, customer, T0 + 2 * DAY, lifecycle());
    expect(merged).toMatchObject({ id: 'new', lifecycleStage: 'customer', ownerId: 'ae1', stageEnteredAt: T0 });
    expect(kept).toContainEqual({ field: 'ownerId', value: 'sdr1' });
    // The other way round nothing moves either.
    expect(mergeContacts(customer, fresh, T0 + 2 * DAY, lifecycle()).contact).toMatchObject({ lifecycleStage: 'customer', ownerId: 'ae1' });
  });

  it('inquiry → lead is a cohort: more leads than inquiries in a month can no longer give a rate over 1', () => {
    const t = (contactId: string, from: string | null, to: string, at: number): StageTransition => ({
      id: `${contactId}-${to}`,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      contactId,
      from,
      to,
      at,
      byMemberId: null,
      kind: from === null ? 'created' : 'move',
      reason: null,
      recycleReason: null,
      override: false,
    });
    const dec = Date.UTC(2025, 11, 10);
    const jan = Date.UTC(2026, 0, 10);
    // Three December inquiries become leads in January; one January inquiry never does.
    const log = [...['a', 'b', 'c'].flatMap((id) => [t(id, null, 'prospect', dec), t(id, 'prospect', 'lead', jan)]), t('d', null, 'prospect', jan)];
    const trend = inquiryToLeadTrend(log, 'lead', { from: Date.UTC(2025, 11, 1), to: Date.UTC(2026, 1, 1) }, { from: 0, to: 1 }, 'UTC');
    expect(trend.points.map((p) => [p.month, p.inquiries, p.leads, p.rate])).toEqual([
      ['2025-12', 3, 3, 1],
      ['2026-01', 1, 0, 0],
    ]);
    expect(trend.points[0]!.medianDaysToLead).toBe(31);
  });

  it('a lost deal recycles its contact with the lost reason; a stalled one as stalled; not while another deal is open', () => {
    const def = lifecycle();
    const opportunity = contact({ lifecycleStage: 'opportunity' });
    const lost = deal('d1', { status: 'lost', lostReason: 'no_budget' });
    expect(dealOutcomeTransition(opportunity, lost, 'lost', def, context(), 0, T0, 'ae1')).toMatchObject({
      ok: true,
      contact: { lifecycleStage: 'recycled', recycleReason: 'no_budget' },
      transition: { kind: 'recycle', recycleReason: 'no_budget' },
    });
    expect(dealOutcomeTransition(opportunity, deal('d2', { lostReason: null }), 'stalled', def, context(), 0, T0, null)).toMatchObject({
      ok: true,
      contact: { recycleReason: 'stalled' },
    });
    expect(dealOutcomeTransition(opportunity, lost, 'lost', def, context(), 1, T0, 'ae1')).toBeNull();
    const won = dealOutcomeTransition(
      opportunity,
      deal('d3', { status: 'won' }),
      'won',
      def,
      context({ deals: [deal('d3', { status: 'won' })] }),
      0,
      T0,
      'ae1',
    );
    expect(won).toMatchObject({ ok: true, contact: { lifecycleStage: 'customer' } });
  });
});

describe('the automation plan is data', () => {
  it('plans nothing but a list tag on a refused crossing, and the full hand-off after a successful move', () => {
    const model = { ...scoringModel(), thresholdActions: [...scoringModel().thresholdActions, { kind: 'add_to_list' as const, list: 'hot' }] };
    const base = {
      design: { lifecycle: lifecycle(), model },
      routing: { rules: [roundRobin(['s1'])], team: sdrs, load: new Map(), state: emptyRoutingState(), company: null, facts: {} },
      calendar: defaultCalendar('en'),
      locale: 'ko' as const,
      now: T0,
    };
    const lead = contact({ lifecycleStage: 'lead', personaId: 'p1' });
    const ready = context({ activityTypes: new Set(['form_submitted']), scores: scores({ engagement: 90 }) });
    const refused = planThresholdActions({ ...base, trigger: 'crossing', contact: lead, context: ready });
    expect(refused).toMatchObject({ transition: null, assignment: null, tasks: [], routingState: null });
    expect(refused.contact.tags).toEqual(['hot']);
    const moved = planThresholdActions({ ...base, trigger: 'crossing', contact: { ...lead, consent: granted }, context: ready });
    expect(moved.transition).toMatchObject({ from: 'lead', to: 'mql', kind: 'automatic' });
    expect(moved.tasks).toHaveLength(1);
    // The follow-up task is titled by the model's create-task action, in its language.
    expect(moved.tasks[0]!.title).toBe(scoringModel().thresholdActions.find((a) => a.kind === 'create_task')!.title);
    expect(moved.notifications.map((n) => n.kind).sort()).toEqual(['added_to_list', 'hand_off']);
  });
});
