import { z } from 'zod';
import { volumeSlaSchema, type LifecycleDefinition } from '../model/lifecycle';
import type { Timestamp } from '../model/record';
import type { StageTransition } from '../model/stage-transition';
import { volumeSlaStatus, type VolumeSlaStatus } from '../sla/volume-sla';
import { dateRangeSchema } from './report-schemas';
import { reportColumn, type ReportTable } from './report-table';

/** A volume promise's standing, as it leaves the worker. */
export const volumeSlaStatusSchema = z.object({
  sla: volumeSlaSchema,
  period: dateRangeSchema,
  delivered: z.number().int().nonnegative(),
  contactIds: z.array(z.string()),
  promised: z.number().int().positive(),
  expectedByNow: z.number().int().nonnegative(),
  state: z.enum(['met', 'on_track', 'behind']),
}) satisfies z.ZodType<VolumeSlaStatus>;

/** Every volume promise of the design (e.g. marketing's MQLs per quarter): delivered this period against promised and due by now. */
export function volumeSlaReport(log: readonly StageTransition[], lifecycle: LifecycleDefinition, now: Timestamp, timeZone: string): VolumeSlaStatus[] {
  return lifecycle.volumeSlas.map((sla) => volumeSlaStatus(log, sla, now, timeZone));
}

/** The volume-SLA table: one row per promise. */
export function volumeSlaTable(rows: readonly VolumeSlaStatus[]): ReportTable {
  return {
    columns: [
      reportColumn('ownerRole', 'text', 'report.column.role'),
      reportColumn('stageId', 'text', 'report.column.stage'),
      reportColumn('period', 'text'),
      reportColumn('delivered', 'count'),
      reportColumn('expectedByNow', 'count'),
      reportColumn('promised', 'count'),
      reportColumn('state', 'text'),
    ],
    rows: rows.map((r) => ({
      ownerRole: r.sla.ownerRole,
      stageId: r.sla.stageId,
      period: r.sla.period,
      delivered: r.delivered,
      expectedByNow: r.expectedByNow,
      promised: r.promised,
      state: r.state,
    })),
    // A row opens the contacts delivered in its period.
    records: rows.map((r) => ({ kind: 'contacts', ids: r.contactIds })),
  };
}
