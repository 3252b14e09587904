import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StageTransition } from '../model/stage-transition';
import { roleKpis } from '../metrics/role-kpis';
import { activity, DAY, deal, lifecycle, teamMember } from '../testing/fixtures';
import { lastMonths, roleDashboards, roleHeadlineValue, roleTrendTable, type RoleDashboardInput } from './role-dashboards';

const calendar = { timeZone: 'UTC', workingDays: [1, 2, 3, 4, 5], startHour: 9, endHour: 18, holidays: [] };
let n = 0;
const t = (contactId: string, from: string | null, to: string, at: number, kind: StageTransition['kind'] = 'move'): StageTransition => ({
  id: `t${String(++n).padStart(5, '0')}`,
  createdAt: at,
  updatedAt: at,
  deletedAt: null,
  contactId,
  from,
  to,
  at,
  byMemberId: null,
  kind: from === null ? 'created' : kind,
  reason: null,
  recycleReason: null,
  override: false,
});
const jan = Date.UTC(2026, 0, 10);
const feb = Date.UTC(2026, 1, 10);
const mar = Date.UTC(2026, 2, 10);
const design = { ...lifecycle(), volumeSlas: [{ id: 'mqls', stageId: 'mql', ownerRole: 'marketing' as const, count: 60, period: 'quarter' as const }] };
const input: RoleDashboardInput = {
  log: [
    t('a', null, 'lead', jan),
    t('a', 'lead', 'mql', jan + DAY),
    t('b', null, 'lead', feb),
    t('b', 'lead', 'mql', feb + DAY),
    t('b', 'mql', 'sql', feb + 2 * DAY, 'hand_off_accepted'),
    t('c', null, 'lead', mar),
    t('c', 'lead', 'mql', mar + DAY),
  ],
  deals: [deal('w', { status: 'won', closedAt: mar, amount: 500 }), deal('l', { status: 'lost', closedAt: feb })],
  tasks: [],
  activities: [activity('meeting_booked', { contactId: 'b', at: feb, byMemberId: 'ebr1' })],
  team: [teamMember('ebr1', { role: 'ebr' })],
  now: Date.UTC(2026, 2, 20),
  calendar,
  lifecycle: design,
};
const quarter = { from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 3, 1) };

describe('roleDashboards', () => {
  it('gives each role of The Model its KPIs for the range, as roleKpis computes them', () => {
    const dashboards = roleDashboards(input, quarter, 3);
    expect(dashboards.map((d) => d.role)).toEqual(['marketing', 'sdr', 'ae', 'ebr', 'csm']);
    const kpis = roleKpis({ ...input, range: quarter, stages: { lead: 'lead', mql: 'mql', sql: 'sql', opportunity: 'opportunity', customer: 'customer' } });
    for (const d of dashboards) expect(d.kpis).toEqual(kpis[d.role]);
    expect(dashboards[0]!.kpis).toMatchObject({ mqls: { ids: ['a', 'b', 'c'] } });
  });

  it('follows each headline month by month, with the marketing volume SLA as the target', () => {
    const [marketing, sdr, ae, ebr, csm] = roleDashboards(input, quarter, 3);
    expect(marketing!.trend.map((p) => [p.month, p.value])).toEqual([
      ['2026-01', 1],
      ['2026-02', 1],
      ['2026-03', 1],
    ]);
    expect(marketing!.target).toEqual({ slaId: 'mqls', stageId: 'mql', period: 'quarter', promised: 60, perMonth: 20 });
    expect(sdr!.trend.map((p) => p.value)).toEqual([0, 1, 0]);
    expect(ae!.trend.map((p) => p.value)).toEqual([0, 0, 1]);
    expect(ebr!.trend.map((p) => p.value)).toEqual([0, 1, 0]);
    // No customers at the start of any month: no retention to speak of.
    expect(csm!.trend.map((p) => p.value)).toEqual([null, null, null]);
    // The design states no target for SQLs, wins, meetings or retention (issue 13 adds targets).
    expect([sdr, ae, ebr, csm].map((d) => d!.target)).toEqual([null, null, null, null]);
  });

  it('makes every trend point the figure roleKpis gives for that month, on any history (property)', () => {
    const stage = fc.constantFrom('lead', 'mql', 'sql', 'customer', 'recycled');
    const day = fc.integer({ min: -60, max: 150 });
    const history = fc.record({
      lines: fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), fc.option(stage), stage, day, fc.boolean()), { maxLength: 40 }),
      deals: fc.array(fc.tuple(fc.constantFrom('won', 'lost', 'open'), day), { maxLength: 8 }),
      meetings: fc.array(fc.tuple(fc.constantFrom('ebr1', 'sdr1', 'nobody'), day), { maxLength: 8 }),
    });
    fc.assert(
      fc.property(history, fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 120 }), (h, months, endDay) => {
        const start = Date.UTC(2026, 0, 1);
        const at = (d: number) => start + d * DAY + 7 * 3_600_000;
        const world: RoleDashboardInput = {
          ...input,
          log: h.lines.map(([id, from, to, d, deleted]) => ({ ...t(id, from, to, at(d)), deletedAt: deleted && d % 3 === 0 ? at(d) : null })),
          deals: h.deals.map(([status, d], i) => deal(`x${i}`, { status: status as 'won', closedAt: status === 'open' ? null : at(d) })),
          activities: h.meetings.map(([by, d]) => activity('meeting_booked', { at: at(d), byMemberId: by })),
          team: [teamMember('ebr1', { role: 'ebr' }), teamMember('sdr1')],
        };
        const range = { from: start, to: start + (endDay + 1) * DAY };
        const dashboards = roleDashboards(world, range, months);
        for (const d of dashboards) {
          expect(d.trend).toHaveLength(months);
          for (const p of d.trend)
            expect([d.role, p.month, p.value]).toEqual([d.role, p.month, roleHeadlineValue(roleKpis({ ...world, range: { from: p.from, to: p.to } }), d.role)]);
        }
        const last = dashboards[0]!.trend.at(-1)!;
        expect(last.from < range.to && last.to >= range.to).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('lays a trend out as a table, with the monthly target beside it when there is one', () => {
    const [marketing, sdr] = roleDashboards(input, quarter, 2);
    expect(roleTrendTable(marketing!).rows).toEqual([
      { month: '2026-02', value: 1, target: 20 },
      { month: '2026-03', value: 1, target: 20 },
    ]);
    expect(roleTrendTable(sdr!).columns.map((c) => c.key)).toEqual(['month', 'value']);
  });
});

describe('lastMonths', () => {
  it('counts calendar months in the workspace’s zone, ending with the month that holds the end of the range', () => {
    // 31 March 16:00 UTC is already 1 April in Seoul.
    const months = lastMonths({ from: 0, to: Date.UTC(2026, 2, 31, 16) }, 2, 'Asia/Seoul');
    expect(months.map((m) => m.month)).toEqual(['2026-03', '2026-04']);
    expect(months[0]!.range).toEqual({ from: Date.UTC(2026, 1, 28, 15), to: Date.UTC(2026, 2, 31, 15) });
    expect(lastMonths({ from: 0, to: 1 }, 0, 'UTC')).toEqual([]);
  });
});
