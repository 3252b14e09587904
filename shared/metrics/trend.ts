import { TZDate } from '@date-fns/tz';
import type { StageTransition } from '../model/stage-transition';
import { inRange, type DateRange } from './scope';

export type TrendPoint = { month: string; inquiries: number; leads: number; rate: number | null };

const monthKey = (at: number, timeZone: string) => {
  const d = new TZDate(at, timeZone);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
};

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
    const key = monthKey(t.at, timeZone);
    const entry = months.get(key) ?? { inquiries: 0, leads: 0 };
    if (isInquiry) entry.inquiries++;
    if (isLead) entry.leads++;
    months.set(key, entry);
  }
  const points = [...months].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, e]) => ({ month, ...e, rate: e.inquiries ? e.leads / e.inquiries : null }));
  return { points, baselineRate: baseInquiries ? baseLeads / baseInquiries : null };
}
