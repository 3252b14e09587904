import { TZDate } from '@date-fns/tz';
import type { VolumeSla } from '../model/lifecycle';
import type { Timestamp } from '../model/record';
import type { StageTransition } from '../model/stage-transition';
import type { DateRange } from '../metrics/scope';

export type VolumeSlaStatus = {
  sla: VolumeSla;
  period: DateRange;
  /** Contacts that entered the stage during the period (each counted once). */
  delivered: number;
  contactIds: string[];
  promised: number;
  /** Promise pro rata to the elapsed share of the period. */
  expectedByNow: number;
  state: 'met' | 'on_track' | 'behind';
};

/** The month or quarter that contains `at`, in the workspace's time zone. */
export function slaPeriod(period: VolumeSla['period'], at: Timestamp, timeZone: string): DateRange {
  const local = new TZDate(at, timeZone);
  const months = period === 'month' ? 1 : 3;
  const firstMonth = period === 'month' ? local.getMonth() : Math.floor(local.getMonth() / 3) * 3;
  const from = new TZDate(local.getFullYear(), firstMonth, 1, 0, 0, 0, timeZone).getTime();
  const to = new TZDate(local.getFullYear(), firstMonth + months, 1, 0, 0, 0, timeZone).getTime();
  return { from, to };
}

/**
 * Where a volume promise stands (DOMAIN.md §5: marketing delivers N MQLs per quarter): entries
 * into the stage this period against the promise, and against the share of it due by now.
 */
export function volumeSlaStatus(log: readonly StageTransition[], sla: VolumeSla, now: Timestamp, timeZone: string): VolumeSlaStatus {
  const period = slaPeriod(sla.period, now, timeZone);
  const ids = new Set<string>();
  for (const t of log) if (t.deletedAt === null && t.to === sla.stageId && t.at >= period.from && t.at < period.to && t.at <= now) ids.add(t.contactId);
  const elapsed = Math.min(1, Math.max(0, (now - period.from) / (period.to - period.from)));
  const expectedByNow = Math.ceil(sla.count * elapsed);
  const delivered = ids.size;
  return {
    sla,
    period,
    delivered,
    contactIds: [...ids],
    promised: sla.count,
    expectedByNow,
    state: delivered >= sla.count ? 'met' : delivered >= expectedByNow ? 'on_track' : 'behind',
  };
}
