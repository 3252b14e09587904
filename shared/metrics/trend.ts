import { TZDate } from '@date-fns/tz';
import type { StageTransition } from '../model/stage-transition';
import { inRange, type DateRange } from './scope';

export type TrendPoint = { month: string; inquiries: number; leads: number; rate: number | null };

/**
 * Month starts (in the zone) covering the range, so each log line finds its month by binary search
 * instead of a time-zone conversion per line.
 */
function monthBoundaries(range: DateRange, timeZone: string): { starts: number[]; keys: string[] } {
  const first = new TZDate(range.from, timeZone);
  const starts: number[] = [];
  const keys: string[] = [];
  for (let i = 0; ; i++) {
    const start = new TZDate(first.getFullYear(), first.getMonth() + i, 1, 0, 0, 0, timeZone);
    if (start.getTime() >= range.to) break;
    starts.push(start.getTime());
    keys.push(`${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, '0')}`);
  }
  return { starts, keys };
}

function monthOf(at: number, starts: readonly number[]): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Inquiry → lead rate per calendar month (in the workspace's zone) against a baseline period.
 * An inquiry is a contact's first appearance (its creation line in the log); a lead is an entry
 * into the lead stage.
 */
export function inquiryToLeadTrend(
  log: readonly StageTransition[],
  leadStageId: string,
  range: DateRange,
  baseline: DateRange,
  timeZone: string,
): { points: TrendPoint[]; baselineRate: number | null } {
  const { starts, keys } = monthBoundaries(range, timeZone);
  const months = new Map<string, { inquiries: number; leads: number }>();
  let baseInquiries = 0;
  let baseLeads = 0;
  for (const t of log) {
    if (t.deletedAt !== null) continue;
    const isInquiry = t.from === null;
    const isLead = t.to === leadStageId;
    if (!isInquiry && !isLead) continue;
    if (inRange(t.at, baseline)) {
      if (isInquiry) baseInquiries++;
      if (isLead) baseLeads++;
    }
    if (!inRange(t.at, range)) continue;
    const key = keys[monthOf(t.at, starts)]!;
    const entry = months.get(key) ?? { inquiries: 0, leads: 0 };
    if (isInquiry) entry.inquiries++;
    if (isLead) entry.leads++;
    months.set(key, entry);
  }
  const points = [...months].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, e]) => ({ month, ...e, rate: e.inquiries ? e.leads / e.inquiries : null }));
  return { points, baselineRate: baseInquiries ? baseLeads / baseInquiries : null };
}
