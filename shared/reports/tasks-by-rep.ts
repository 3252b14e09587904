import { z } from 'zod';
import { roleSchema } from '../model/identifiers';
import type { Deal } from '../model/deal';
import type { Timestamp } from '../model/record';
import type { Task } from '../model/task';
import type { TeamMember } from '../model/team-member';
import { taskFilterTest, taskMetrics, type TaskFilter } from '../metrics/pipeline-and-tasks';
import { counted, quantiles } from '../metrics/scope';
import { taskRecords } from '../metrics/task-records';
import { countedSchema, dateRangeSchema, spreadSchema } from './report-schemas';
import { reportColumn, rowRecordsSchema, type ReportTable } from './report-table';

const HOUR_MS = 3_600_000;

export const taskReportFilterSchema = z.object({
  pipelineId: z.string().optional(),
  ownerIds: z.array(z.string()).optional(),
  created: dateRangeSchema.optional(),
});

export const repTasksSchema = z.object({
  /** null = tasks nobody owns. */
  ownerId: z.string().nullable(),
  role: roleSchema.nullable(),
  open: countedSchema,
  done: countedSchema,
  overdue: countedSchema,
  slaBreaches: countedSchema,
  /** Hand-off tasks: hours from the task's creation (the hand-off) to done, on the clock, not in working time. */
  followUpHours: spreadSchema,
  /** The contacts or deals each count's tasks belong to (taskRecords), what the count opens. */
  opens: z.object({ open: rowRecordsSchema, done: rowRecordsSchema, overdue: rowRecordsSchema, slaBreaches: rowRecordsSchema, followUp: rowRecordsSchema }),
});
export type RepTasks = z.infer<typeof repTasksSchema>;

/** A hand-off task (it carries an SLA deadline) that was done after it, or is still open past it. */
export const breachesSla = (t: Task, now: Timestamp): boolean => t.slaDeadline !== null && (t.doneAt ?? now) > t.slaDeadline;

/**
 * Tasks by rep with the report filters (pipeline via the deal, owners, created date): taskMetrics'
 * open, done and overdue, plus hand-off SLA breaches and follow-up time. Every active rep the owner
 * filter admits gets a row, with zeros when they have no task, so an idle rep is seen, not hidden.
 */
export function tasksByRep(tasks: readonly Task[], deals: readonly Deal[], team: readonly TeamMember[], filter: TaskFilter, now: Timestamp): RepTasks[] {
  const keep = taskFilterTest(deals, filter);
  const extra = new Map<string | null, { breaches: string[]; followUps: number[]; followUpIds: string[] }>();
  for (const t of tasks) {
    if (t.slaDeadline === null || !keep(t)) continue;
    const entry = extra.get(t.ownerId) ?? { breaches: [], followUps: [], followUpIds: [] };
    if (breachesSla(t, now)) entry.breaches.push(t.id);
    if (t.doneAt !== null) {
      entry.followUps.push(Math.max(0, t.doneAt - t.createdAt) / HOUR_MS);
      entry.followUpIds.push(t.id);
    }
    extra.set(t.ownerId, entry);
  }
  const counts = new Map(taskMetrics(tasks, deals, now, filter).map((c) => [c.ownerId, c]));
  const owners = filter.ownerIds ? new Set(filter.ownerIds) : null;
  const reps = team.filter((m) => m.deletedAt === null && m.active && (!owners || owners.has(m.id))).map((m) => m.id);
  const roleOf = new Map(team.map((m) => [m.id, m.role]));
  // Team order first, then owners no longer on the team, then unowned tasks.
  const ids = [...new Set<string | null>([...reps, ...[...counts.keys()].filter((k) => k !== null).sort(), ...(counts.has(null) ? [null] : [])])];
  const none = counted([]);
  const taskById = new Map(tasks.map((t) => [t.id, t]));
  const dealById = new Map(deals.map((d) => [d.id, d]));
  const opens = (c: { ids: string[] }) => taskRecords(c.ids, taskById, dealById);
  return ids.map((ownerId) => {
    const c = counts.get(ownerId);
    const e = extra.get(ownerId);
    const open = c?.open ?? none;
    const done = c?.done ?? none;
    const overdue = c?.overdue ?? none;
    const slaBreaches = counted(e?.breaches ?? []);
    const followUpIds = e?.followUpIds ?? [];
    return {
      ownerId,
      role: ownerId === null ? null : (roleOf.get(ownerId) ?? null),
      open,
      done,
      overdue,
      slaBreaches,
      followUpHours: { ...quantiles(e?.followUps ?? []), ids: followUpIds },
      opens: { open: opens(open), done: opens(done), overdue: opens(overdue), slaBreaches: opens(slaBreaches), followUp: opens({ ids: followUpIds }) },
    };
  });
}

/** The tasks-by-rep table. */
export function tasksByRepTable(rows: readonly RepTasks[]): ReportTable {
  return {
    columns: [
      reportColumn('ownerId', 'text', 'report.column.owner'),
      reportColumn('open', 'count'),
      reportColumn('done', 'count'),
      reportColumn('overdue', 'count'),
      reportColumn('slaBreaches', 'count'),
      reportColumn('followUpMedian', 'hours'),
      reportColumn('followUpP90', 'hours'),
    ],
    rows: rows.map((r) => ({
      ownerId: r.ownerId,
      open: r.open.count,
      done: r.done.count,
      overdue: r.overdue.count,
      slaBreaches: r.slaBreaches.count,
      followUpMedian: r.followUpHours.median,
      followUpP90: r.followUpHours.p90,
    })),
    // The follow-up times open the hand-offs they measure, like the counts their tasks.
    cellRecords: rows.map(({ opens }) => ({
      open: opens.open,
      done: opens.done,
      overdue: opens.overdue,
      slaBreaches: opens.slaBreaches,
      followUpMedian: opens.followUp,
      followUpP90: opens.followUp,
    })),
  };
}
