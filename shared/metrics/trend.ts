import { TZDate } from '@date-fns/tz';
import type { StageTransition } from '../model/stage-transition';
import type { DateRange } from './scope';

const DAY_MS = 86_400_000;

/** One month's cohort of inquiries: how many became leads (by now), and how fast. */
export type TrendPoint = { month: string; inquiries: number; leads: number; rate: number | null; medianDaysToLead: number | null };

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

/** Index of the last month start at or before `at` (0 before the first): a binary search over sorted starts. */
export function monthOf(at: number, starts: readonly number[]): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = values.sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Inquiry → lead rate as a cohort, per calendar month of inquiry (in the workspace's zone), and
 * for a baseline period: of the inquiries created in the month, how many entered the lead stage
 * afterwards (by now), and the median days it took. An inquiry is a contact's first appearance
 * (its creation line in the log). Each contact counts once, so a rate never exceeds 1.
 */
export function inquiryToLeadTrend(
  log: readonly StageTransition[],
  leadStageId: string,
  range: DateRange,
  baseline: DateRange,
  timeZone: string,
): { points: TrendPoint[]; baselineRate: number | null } {
  const inquiredAt = new Map<string, number>();
  const firstLeadAt = new Map<string, number>();
  for (const t of log) {
    if (t.deletedAt !== null) continue;
    if (t.from === null) {
      const seen = inquiredAt.get(t.contactId);
      if (seen === undefined || t.at < seen) inquiredAt.set(t.contactId, t.at);
    } else if (t.to === leadStageId) {
      const seen = firstLeadAt.get(t.contactId);
      if (seen === undefined || t.at < seen) firstLeadAt.set(t.contactId, t.at);
    }
  }
  const { starts, keys } = monthBoundaries(range, timeZone);
  const months = keys.map(() => ({ inquiries: 0, leads: 0, days: [] as number[] }));
  let baseInquiries = 0;
  let baseLeads = 0;
  for (const [contactId, at] of inquiredAt) {
    const leadAt = firstLeadAt.get(contactId);
    const became = leadAt !== undefined && leadAt >= at;
    if (at >= baseline.from && at < baseline.to) {
      baseInquiries++;
      if (became) baseLeads++;
    }
    if (at < range.from || at >= range.to || starts.length === 0) continue;
    const month = months[monthOf(at, starts)]!;
    month.inquiries++;
    if (became) {
      month.leads++;
      month.days.push((leadAt - at) / DAY_MS);
    }
  }
  const points = keys
    .map((month, i) => ({ month, ...months[i]! }))
    .filter((m) => m.inquiries > 0)
    .map(({ month, inquiries, leads, days }) => ({ month, inquiries, leads, rate: leads / inquiries, medianDaysToLead: median(days) }));
  return { points, baselineRate: baseInquiries ? baseLeads / baseInquiries : null };
}
