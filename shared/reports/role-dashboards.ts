import { TZDate } from '@date-fns/tz';
import { z } from 'zod';
import { roles, type Role } from '../model/identifiers';
import type { LifecycleDefinition, VolumeSla } from '../model/lifecycle';
import { roleKpis, type RoleKpiInput, type RoleKpis } from '../metrics/role-kpis';
import type { DateRange } from '../metrics/scope';
import { reportColumn, type ReportTable } from './report-table';

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

function headlineValue(kpis: RoleKpis, role: Role): number | null {
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

/** The last `count` calendar months in the zone, the last one being the month that holds the end of the range. */
export function lastMonths(range: DateRange, count: number, timeZone: string): { month: string; range: DateRange }[] {
  const last = new TZDate(Math.max(range.from, range.to - 1), timeZone);
  const months: { month: string; range: DateRange }[] = [];
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
 * Role dashboards of The Model: each role's KPIs for the range (roleKpis), a monthly trend of its
 * headline over the last `months` months (roleKpis per month, so a point is the same figure the
 * dashboard shows for that month), and the design's target where it states one (else null).
 */
export function roleDashboards(input: RoleDashboardInput, range: DateRange, months: number): RoleDashboard[] {
  const { lifecycle, ...rest } = input;
  const stages = kpiStages(lifecycle);
  const kpis = roleKpis({ ...rest, range, stages });
  const monthly = lastMonths(range, months, input.calendar.timeZone).map((m) => ({ ...m, kpis: roleKpis({ ...rest, range: m.range, stages }) }));
  return roles.map((role) => ({
    role,
    kpis: kpis[role],
    headline: roleHeadlines[role],
    trend: monthly.map((m) => ({ month: m.month, from: m.range.from, to: m.range.to, value: headlineValue(m.kpis, role) })),
    target: roleTarget(role, lifecycle),
  }));
}

/** A role's trend table: one row per month, with the monthly target when the design states one. */
export function roleTrendTable(dashboard: RoleDashboard): ReportTable {
  return {
    columns: [
      reportColumn('month', 'text'),
      reportColumn('value', dashboard.headline.format, `report.kpi.${dashboard.role}.${dashboard.headline.key}`),
      ...(dashboard.target ? [reportColumn('target', 'count')] : []),
    ],
    rows: dashboard.trend.map((p) => ({ month: p.month, value: p.value, ...(dashboard.target ? { target: dashboard.target.perMonth } : {}) })),
  };
}
