import { describe, expect, it } from 'vitest';
import type { Deal } from '../model/deal';
import type { StageTransition } from '../model/stage-transition';
import type { Task } from '../model/task';
import { activity, contact, DAY, deal as baseDeal, salesPipeline, T0, task as taskFixture, teamMember } from '../testing/fixtures';
import { funnelBottleneck, pipelinePileUp } from './bottleneck';
import { cohort, conversions, stageEntries } from './funnel';
import { leadVelocity, timeInStage } from './durations';
import { salesByStage, taskMetrics } from './pipeline-and-tasks';
import { roleKpis } from './role-kpis';
import { contactScope, ownerIdsForRole } from './scope';
import { inquiryToLeadTrend } from './trend';

let n = 0;
const t = (contactId: string, from: string | null, to: string, day: number, overrides: Partial<StageTransition> = {}): StageTransition => ({
  id: `t${String(++n).padStart(4, '0')}`,
  createdAt: T0 + day * DAY,
  updatedAt: T0 + day * DAY,
  deletedAt: null,
  contactId,
  from,
  to,
  at: T0 + day * DAY,
  byMemberId: null,
  kind: from === null ? 'created' : 'move',
  reason: null,
  recycleReason: null,
  override: false,
  ...overrides,
});

/**
 * Hand-built log, five contacts over 30 days (T0 = day 0):
 *   A: prospect d0 → lead d2 → mql d5 → sql d6 → opportunity d10 → customer d20
 *   B: prospect d1 → lead d3 → mql d8 → recycled d9
 *   C: prospect d4 → lead d12
 *   D: prospect d15
 *   E: prospect d-40 → … → customer d-10 → recycled d14 (churned)
 */
const log: StageTransition[] = [
  t('E', null, 'prospect', -40),
  t('E', 'prospect', 'customer', -10),
  t('A', null, 'prospect', 0),
  t('B', null, 'prospect', 1),
  t('A', 'prospect', 'lead', 2),
  t('B', 'prospect', 'lead', 3),
  t('C', null, 'prospect', 4),
  t('A', 'lead', 'mql', 5),
  t('A', 'mql', 'sql', 6, { kind: 'hand_off_accepted' }),
  t('B', 'lead', 'mql', 8),
  t('B', 'mql', 'recycled', 9, { kind: 'hand_off_rejected', recycleReason: 'no_budget' }),
  t('A', 'sql', 'opportunity', 10),
  t('C', 'prospect', 'lead', 12),
  t('E', 'customer', 'recycled', 14, { kind: 'recycle', recycleReason: 'other' }),
  t('D', null, 'prospect', 15),
  t('A', 'opportunity', 'customer', 20),
];
const month = { from: T0, to: T0 + 30 * DAY };
const funnel = ['prospect', 'lead', 'mql', 'sql', 'opportunity', 'customer'];

describe('funnel metrics on a hand-built log', () => {
  it('counts entries per stage with the contacts behind each number', () => {
    const entries = stageEntries(log, funnel, month, null);
    expect(entries['prospect']).toEqual({ count: 4, ids: ['A', 'B', 'C', 'D'] });
    expect(entries['lead']!.count).toBe(3);
    expect(entries['mql']).toEqual({ count: 2, ids: ['A', 'B'] });
    expect(entries['customer']).toEqual({ count: 1, ids: ['A'] });
  });

  it('computes conversion between adjacent stages and first → last', () => {
    const rates = Object.fromEntries(conversions(log, funnel, month, null).map((c) => [`${c.from}>${c.to}`, [c.converted.count, c.entered.count]]));
    expect(rates).toEqual({
      'prospect>lead': [3, 4],
      'lead>mql': [2, 3],
      'mql>sql': [1, 2],
      'sql>opportunity': [1, 1],
      'opportunity>customer': [1, 1],
      'prospect>customer': [1, 4],
    });
  });

  it('filters by owner, source or persona', () => {
    const contacts = [contact({ id: 'A', ownerId: 'sdr1' }), contact({ id: 'B', ownerId: 'sdr2' }), contact({ id: 'C', ownerId: 'sdr1', source: 'event' })];
    expect(stageEntries(log, ['mql'], month, contactScope(contacts, { ownerIds: ['sdr1'] }))['mql']!.ids).toEqual(['A']);
    expect(stageEntries(log, ['lead'], month, contactScope(contacts, { source: 'event' }))['lead']!.ids).toEqual(['C']);
    const team = [
      { id: 'sdr1', role: 'sdr' },
      { id: 'sdr2', role: 'sdr' },
      { id: 'ae1', role: 'ae' },
    ];
    expect(stageEntries(log, ['mql'], month, contactScope(contacts, { ownerIds: ownerIdsForRole(team, 'sdr') }))['mql']!.ids).toEqual(['A', 'B']);
  });

  it('builds a cohort: of contacts created in the period, who reached each stage by now', () => {
    const contacts = ['A', 'B', 'C', 'D'].map((id, i) => contact({ id, createdAt: T0 + i * DAY }));
    const c = cohort(contacts, log, funnel, { from: T0, to: T0 + 2 * DAY });
    expect([c['prospect']!.count, c['lead']!.count, c['mql']!.count, c['customer']!.count]).toEqual([2, 2, 2, 1]);
  });

  it('measures time in stage (median, p90) and lead velocity', () => {
    const stays = timeInStage(log, month, null);
    // Prospect stays ending in the month: A 2d, B 2d, C 8d.
    expect(stays['prospect']).toMatchObject({ median: 2 * DAY, p90: 8 * DAY, count: 3 });
    // Customer stay of E: d-10 → d14.
    expect(stays['customer']).toMatchObject({ median: 24 * DAY, count: 1, ids: ['E'] });
    expect(leadVelocity(log, 'customer', month, null)).toMatchObject({ median: 20 * DAY, count: 1, ids: ['A'] });
  });

  it('gives the same answers whatever order the log comes in', () => {
    const shuffled = [...log].reverse();
    expect(timeInStage(shuffled, month, null)).toEqual(timeInStage(log, month, null));
    expect(conversions(shuffled, funnel, month, null).map((c) => c.rate)).toEqual(conversions(log, funnel, month, null).map((c) => c.rate));
  });

  it('names no bottleneck from a hand-built month of a few contacts: every step has fewer than the minimum', () => {
    const current = conversions(log, funnel, month, null);
    expect(funnelBottleneck(current, current)).toBeNull();
  });

  it('shows the inquiry → lead rate per month against a baseline', () => {
    const trend = inquiryToLeadTrend(log, 'lead', month, { from: T0 - 60 * DAY, to: T0 }, 'UTC');
    // T0 is 15 January: the whole month of data falls in January (A, B, C, D created; A, B, C became leads).
    // Days from inquiry to lead: A 2, B 2, C 8 → median 2.
    expect(trend.points).toEqual([{ month: '2026-01', inquiries: 4, leads: 3, rate: 0.75, medianDaysToLead: 2 }]);
    expect(trend.baselineRate).toBe(0);
  });
});

const pipeline = salesPipeline();
/** Metrics tests name the stage first; amounts default to 100 here. */
const deal = (id: string, stageId: string, overrides: Partial<Deal> = {}): Deal => baseDeal(id, { stageId, amount: 100, currency: 'USD', ...overrides });

describe('pipeline, tasks and role KPIs', () => {
  const deals = [
    deal('d1', 'contacted'),
    deal('d2', 'contacted', { amount: 300 }),
    deal('d3', 'proposal_sent'),
    deal('d4', 'won', { status: 'won', amount: 1000, closedAt: T0 + 20 * DAY }),
    deal('d5', 'lost', { status: 'lost', closedAt: T0 + 25 * DAY }),
  ];
  it('finds where deals pile up and the amount per stage', () => {
    expect(pipelinePileUp(deals, pipeline).bottleneck).toEqual({ stageId: 'contacted', deals: { count: 2, ids: ['d1', 'd2'] }, amount: 400 });
    expect(salesByStage(deals, pipeline).find((s) => s.stageId === 'won')).toMatchObject({ amount: 1000, deals: { count: 1 } });
  });

  it('counts open, done and overdue tasks per owner', () => {
    const task = (id: string, ownerId: string, dueDay: number, done: boolean) =>
      taskFixture(id, { ownerId, dueAt: T0 + dueDay * DAY, doneAt: done ? T0 : null });
    const metrics = taskMetrics(
      [task('k1', 'a', 1, false), task('k2', 'a', 9, false), task('k3', 'a', 1, true), task('k4', 'b', 1, false)],
      deals,
      T0 + 5 * DAY,
    );
    expect(metrics.find((m) => m.ownerId === 'a')).toMatchObject({ open: { count: 2 }, done: { count: 1 }, overdue: { ids: ['k1'] } });
  });

  it('gives each role its own figures', () => {
    const calendar = { timeZone: 'UTC', workingDays: [0, 1, 2, 3, 4, 5, 6], startHour: 0, endHour: 24, holidays: [] };
    const team = [teamMember('sdr1'), teamMember('ebr1', { role: 'ebr' })];
    const activities = [
      activity('call_logged', { contactId: 'A', at: T0 + 5 * DAY + 3_600_000 }),
      activity('meeting_booked', { contactId: 'A', at: T0 + 6 * DAY, byMemberId: 'sdr1' }),
      activity('meeting_booked', { contactId: 'D', at: T0 + 16 * DAY, byMemberId: 'ebr1' }),
    ];
    const tasks: Task[] = [
      {
        id: 'sla1',
        createdAt: T0,
        updatedAt: T0,
        deletedAt: null,
        title: 'f',
        kind: 'follow_up',
        contactId: 'B',
        dealId: null,
        ownerId: 'sdr1',
        dueAt: T0 + 9 * DAY,
        slaDeadline: T0 + 9 * DAY,
        doneAt: null,
      },
    ];
    const kpis = roleKpis({ log, deals, tasks, activities, team, range: month, now: T0 + 30 * DAY, calendar });
    expect(kpis.marketing).toMatchObject({ newLeads: { count: 3 }, mqls: { count: 2 } });
    expect(kpis.sdr).toMatchObject({
      handOffsAccepted: { count: 1 },
      handOffsRejected: { count: 1 },
      meetings: { count: 1 },
      sqls: { count: 1 },
      slaBreaches: { ids: ['sla1'] },
    });
    expect(kpis.sdr.followUp).toMatchObject({ median: 3_600_000, count: 1 });
    expect(kpis.ae).toMatchObject({ opportunities: { count: 1 }, wins: { ids: ['d4'] }, wonAmount: 1000, winRate: 0.5, averageDeal: 1000 });
    expect(kpis.ebr.outboundMeetings.count).toBe(1);
    expect(kpis.csm).toMatchObject({ customersAtStart: { ids: ['E'] }, churned: { ids: ['E'] }, retentionRate: 0 });
    // Figures that count log lines, activities or tasks open the contacts or deals behind them (issue 11: every number opens its records).
    expect(kpis.sdr.opens).toEqual({
      handOffsAccepted: { kind: 'contacts', ids: ['A'] },
      handOffsRejected: { kind: 'contacts', ids: ['B'] },
      meetings: { kind: 'contacts', ids: ['A'] },
      followUp: { kind: 'contacts', ids: ['A'] },
      slaBreaches: { kind: 'contacts', ids: ['B'] },
    });
    expect(kpis.ae.opens).toEqual({
      wonAmount: { kind: 'deals', ids: ['d4'] },
      averageDeal: { kind: 'deals', ids: ['d4'] },
      winRate: { kind: 'deals', ids: ['d4', 'd5'] },
    });
    expect(kpis.ebr.opens.outboundMeetings).toEqual({ kind: 'contacts', ids: ['D'] });
    // A win in another currency is a win, never added into the amounts.
    const d4 = deals.find((d) => d.id === 'd4')!;
    const other = { ...d4, id: 'd5', currency: d4.currency === 'KRW' ? 'USD' : 'KRW', amount: 99 };
    const mixed = roleKpis({ log, deals: [...deals, other], tasks, activities, team, range: month, now: T0 + 30 * DAY, calendar, currency: d4.currency });
    expect(mixed.ae).toMatchObject({ wins: { count: 2 }, wonAmount: 1000, averageDeal: 1000, winsInOtherCurrencies: 1 });
    // The amounts open the wins they add up, not the win in another currency.
    expect(mixed.ae.opens.wonAmount.ids).toEqual(['d4']);
  });
});

describe('the bottleneck against a baseline', () => {
  it('is the weakest step whether or not a baseline is given (a 100 % step is never the bottleneck); the baseline adds its rate', () => {
    const step = (from: string, to: string, rate: number) => ({ from, to, adjacent: true, rate, entered: 50 });
    const now = [step('prospect', 'subscriber', 1), step('subscriber', 'lead', 0.4), step('lead', 'mql', 0.6)];
    expect(funnelBottleneck(now)).toMatchObject({ from: 'subscriber', to: 'lead', rate: 0.4, baselineRate: null, drop: null });
    expect(funnelBottleneck(now, now)).toMatchObject({ from: 'subscriber', to: 'lead', rate: 0.4, drop: 0 });
    const before = [step('prospect', 'subscriber', 1), step('subscriber', 'lead', 0.4), step('lead', 'mql', 0.9)];
    expect(funnelBottleneck(now, before)).toMatchObject({ from: 'subscriber', to: 'lead', baselineRate: 0.4 });
  });
});
