import { TZDate } from '@date-fns/tz';
import { z } from 'zod';
import { roles, type Role } from '../model/identifiers';
import type { LifecycleDefinition, VolumeSla } from '../model/lifecycle';
import { roleKpis, type RoleKpiInput, type RoleKpis } from '../metrics/role-kpis';
import { chronological, type DateRange } from '../metrics/scope';
import { monthOf } from '../metrics/trend';
import { countedSchema } from './report-schemas';
import { reportColumn, rowRecordsSchema, type ReportTable } from './report-table';

export type RoleDashboardInput = Omit<RoleKpiInput, 'range' | 'stages'> & { lifecycle: LifecycleDefinition };

/** The one figure each role's trend follows (DOMAIN.md §5), and the stage whose entries it counts, if it counts entries. */
export const roleHeadlines = {
  marketing: { key: 'mqls', format: 'count' },
  sdr: { key: 'sqls', format: 'count' },
  ebr: { key: 'outboundMeetings', format: 'count' },
  ae: { key: 'wins', format: 'count' },
  csm: { key: 'retentionRate', format: 'percent' },
} as const satisfies Record<Role, { key: string; format: 'count' | 'percent' }>;

export const roleTargetSchema = z.object({
  slaId: z.string(),
  stageId: z.string(),
  period: z.enum(['month', 'quarter']),
  promised: z.number().int().positive(),
  /** The promise spread evenly over the period's months, to draw beside a monthly trend. */
  perMonth: z.number().positive(),
});
export type RoleTarget = z.infer<typeof roleTargetSchema>;

export const trendPointSchema = z.object({ month: z.string(), from: z.number(), to: z.number(), value: z.number().nullable() });
export type RoleTrendPoint = z.infer<typeof trendPointSchema>;

const followUpSchema = z.object({ median: z.number().nullable(), p90: z.number().nullable(), count: z.number().int().nonnegative() });
const rate = z.number().min(0).max(1).nullable();
/** roleKpis' figures per role, as they leave the worker. */
export const roleKpisSchemas = {
  marketing: z.object({ newLeads: countedSchema, mqls: countedSchema }),
  sdr: z.object({
    handOffsAccepted: countedSchema,
    handOffsRejected: countedSchema,
    meetings: countedSchema,
    sqls: countedSchema,
    followUp: followUpSchema,
    slaBreaches: countedSchema,
    opens: z.object({
      handOffsAccepted: rowRecordsSchema,
      handOffsRejected: rowRecordsSchema,
      meetings: rowRecordsSchema,
      followUp: rowRecordsSchema,
      slaBreaches: rowRecordsSchema,
    }),
  }),
  ae: z.object({
    opportunities: countedSchema,
    wins: countedSchema,
    wonAmount: z.number(),
    winRate: rate,
    averageDeal: z.number().nullable(),
    winsInOtherCurrencies: z.number().int().min(0),
    opens: z.object({ wonAmount: rowRecordsSchema, averageDeal: rowRecordsSchema, winRate: rowRecordsSchema }),
  }),
  ebr: z.object({ outboundMeetings: countedSchema, opens: z.object({ outboundMeetings: rowRecordsSchema }) }),
  csm: z.object({ customersAtStart: countedSchema, churned: countedSchema, retentionRate: rate }),
} satisfies { [R in Role]: z.ZodType<RoleKpis[R]> };

const dashboardOf = <R extends Role>(role: R) =>
  z.object({
    role: z.literal(role),
    kpis: roleKpisSchemas[role],
    headline: z.object({ key: z.literal(roleHeadlines[role].key), format: z.literal(roleHeadlines[role].format) }),
    trend: z.array(trendPointSchema),
    target: roleTargetSchema.nullable(),
  });
export const roleDashboardSchema = z.discriminatedUnion('role', [
  dashboardOf('marketing'),
  dashboardOf('sdr'),
  dashboardOf('ae'),
  dashboardOf('ebr'),
  dashboardOf('csm'),
]);

export type RoleDashboard<R extends Role = Role> = {
  role: R;
  kpis: RoleKpis[R];
  headline: (typeof roleHeadlines)[R];
  trend: RoleTrendPoint[];
  target: RoleTarget | null;
};

/** The lifecycle's stages under roleKpis' names: its own hand-off and accepted stages, canonical ids for the rest. */
const kpiStages = (lifecycle: LifecycleDefinition): NonNullable<RoleKpiInput['stages']> => ({
  lead: 'lead',
  mql: lifecycle.handOffStageId,
  sql: lifecycle.acceptedStageId,
  opportunity: 'opportunity',
  customer: 'customer',
});

/** A role's headline read from roleKpis: what each trend point equals for its month. */
export function roleHeadlineValue(kpis: RoleKpis, role: Role): number | null {
  switch (role) {
    case 'marketing':
      return kpis.marketing.mqls.count;
    case 'sdr':
      return kpis.sdr.sqls.count;
    case 'ebr':
      return kpis.ebr.outboundMeetings.count;
    case 'ae':
      return kpis.ae.wins.count;
    case 'csm':
      return kpis.csm.retentionRate;
  }
}

/** A calendar month: its `YYYY-MM` key and its span in the workspace's zone. */
export type CalendarMonth = { month: string; range: DateRange };

/** The last `count` calendar months in the zone, the last one being the month that holds the end of the range. */
export function lastMonths(range: DateRange, count: number, timeZone: string): CalendarMonth[] {
  const last = new TZDate(Math.max(range.from, range.to - 1), timeZone);
  const months: CalendarMonth[] = [];
  for (let i = Math.max(0, Math.floor(count)) - 1; i >= 0; i--) {
    const start = new TZDate(last.getFullYear(), last.getMonth() - i, 1, 0, 0, 0, timeZone);
    const end = new TZDate(last.getFullYear(), last.getMonth() - i + 1, 1, 0, 0, 0, timeZone);
    months.push({ month: `${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, '0')}`, range: { from: start.getTime(), to: end.getTime() } });
  }
  return months;
}

/**
 * The design's target for a role's headline: a volume SLA the role owns on the stage the headline
 * counts (marketing's MQLs, the SDRs' SQLs). Wins, meetings and retention have no target in a
 * funnel design yet, so theirs is null until issue 13 adds targets.
 */
function roleTarget(role: Role, lifecycle: LifecycleDefinition): RoleTarget | null {
  const stageId = role === 'marketing' ? lifecycle.handOffStageId : role === 'sdr' ? lifecycle.acceptedStageId : null;
  const sla: VolumeSla | undefined = stageId === null ? undefined : lifecycle.volumeSlas.find((s) => s.ownerRole === role && s.stageId === stageId);
  if (!sla) return null;
  return { slaId: sla.id, stageId: sla.stageId, period: sla.period, promised: sla.count, perMonth: sla.count / (sla.period === 'quarter' ? 3 : 1) };
}

/**
 * Each role's headline per month in one pass over each array, by roleKpis' own definitions
 * (distinct contacts entering a stage, won deals closed, meetings booked by an EBR, retention of the
 * customers at the month's start). Calling roleKpis once per month gave the same figures at twelve
 * times its cost, most of it follow-up working time no headline uses; a property test holds the two equal.
 */
function monthlyHeadlines(
  input: Omit<RoleDashboardInput, 'lifecycle'>,
  stages: NonNullable<RoleKpiInput['stages']>,
  months: readonly CalendarMonth[],
): Record<Role, (number | null)[]> {
  const zero = () => months.map(() => 0);
  if (months.length === 0) return { marketing: [], sdr: [], ae: [], ebr: [], csm: [] };
  const starts = months.map((m) => m.range.from);
  const first = starts[0]!;
  const end = months[months.length - 1]!.range.to;
  const slot = (at: number) => (at >= first && at < end ? monthOf(at, starts) : -1);

  const mqls = months.map(() => new Set<string>());
  const sqls = months.map(() => new Set<string>());
  const customersAtStart = zero();
  const churnedFromStart = months.map(() => new Set<string>());
  // Replaying the log in time order: each contact's stage now, and its stage when the month of its latest line began.
  const stageNow = new Map<string, string>();
  const stageAtMonthStart = new Map<string, { month: number; stage: string | undefined }>();
  let customers = 0;
  let next = 0;
  for (const t of chronological(input.log)) {
    if (t.at >= end) break;
    while (next < months.length && t.at >= starts[next]!) customersAtStart[next++] = customers;
    const before = stageNow.get(t.contactId);
    const month = slot(t.at);
    if (month >= 0) {
      const seen = stageAtMonthStart.get(t.contactId);
      if (!seen || seen.month !== month) stageAtMonthStart.set(t.contactId, { month, stage: before });
      if (t.to === stages.mql) mqls[month]!.add(t.contactId);
      if (t.to === stages.sql) sqls[month]!.add(t.contactId);
      if (t.from === stages.customer && t.to !== stages.customer && stageAtMonthStart.get(t.contactId)!.stage === stages.customer)
        churnedFromStart[month]!.add(t.contactId);
    }
    if (before === stages.customer) customers--;
    if (t.to === stages.customer) customers++;
    stageNow.set(t.contactId, t.to);
  }
  while (next < months.length) customersAtStart[next++] = customers;

  const wins = zero();
  for (const d of input.deals) if (d.deletedAt === null && d.status === 'won' && d.closedAt !== null && slot(d.closedAt) >= 0) wins[slot(d.closedAt)]!++;
  const roleOf = new Map<string, Role>(input.team.map((m) => [m.id, m.role]));
  const meetings = zero();
  for (const a of input.activities)
    if (a.deletedAt === null && a.type === 'meeting_booked' && a.byMemberId !== null && roleOf.get(a.byMemberId) === 'ebr' && slot(a.at) >= 0)
      meetings[slot(a.at)]!++;

  return {
    marketing: mqls.map((s) => s.size),
    sdr: sqls.map((s) => s.size),
    ae: wins,
    ebr: meetings,
    csm: customersAtStart.map((n, i) => (n ? 1 - churnedFromStart[i]!.size / n : null)),
  };
}

/**
 * Role dashboards of The Model: each role's KPIs for the range (roleKpis), a monthly trend of its
 * headline over the last `months` months (the figure roleKpis gives for that month), and the
 * design's target where it states one (else null).
 */
export function roleDashboards(input: RoleDashboardInput, range: DateRange, months: number): RoleDashboard[] {
  const { lifecycle, ...rest } = input;
  const stages = kpiStages(lifecycle);
  const kpis = roleKpis({ ...rest, range, stages });
  const calendarMonths = lastMonths(range, months, input.calendar.timeZone);
  const headlines = monthlyHeadlines(rest, stages, calendarMonths);
  return roles.map((role) => ({
    role,
    kpis: kpis[role],
    headline: roleHeadlines[role],
    trend: calendarMonths.map((m, i) => ({ month: m.month, from: m.range.from, to: m.range.to, value: headlines[role][i]! })),
    target: roleTarget(role, lifecycle),
  }));
}

/** A role's trend table: one row per month, with the monthly target when the design states one. */
export function roleTrendTable(dashboard: RoleDashboard): ReportTable {
  return {
    columns: [
      reportColumn('month', 'month'),
      reportColumn('value', dashboard.headline.format, `report.kpi.${dashboard.role}.${dashboard.headline.key}`),
      ...(dashboard.target ? [reportColumn('target', 'count')] : []),
    ],
    rows: dashboard.trend.map((p) => ({ month: p.month, value: p.value, ...(dashboard.target ? { target: dashboard.target.perMonth } : {}) })),
  };
}
