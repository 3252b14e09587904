import type { StageTransition } from '../model/stage-transition';
import { chronological, inRange, quantiles, type DateRange } from './scope';

export type DurationStats = { median: number | null; p90: number | null; count: number; ids: string[] };

/**
 * Time spent in each stage (ms), for stays that ended during the period: a stay runs from one
 * transition of a contact to its next. Linear in the log once it is in time order.
 */
export function timeInStage(log: readonly StageTransition[], range: DateRange, scope: Set<string> | null): Record<string, DurationStats> {
  const last = new Map<string, StageTransition>();
  const byStage = new Map<string, { values: number[]; ids: string[] }>();
  for (const t of chronological(log)) {
    if (scope && !scope.has(t.contactId)) continue;
    const previous = last.get(t.contactId);
    if (previous && inRange(t.at, range)) {
      const entry = byStage.get(previous.to) ?? { values: [], ids: [] };
      entry.values.push(t.at - previous.at);
      entry.ids.push(t.contactId);
      byStage.set(previous.to, entry);
    }
    last.set(t.contactId, t);
  }
  return Object.fromEntries([...byStage].map(([stage, { values, ids }]) => [stage, { ...quantiles(values), ids }]));
}

/** Lead velocity: from a contact's first transition (creation) to entering the won stage, for wins in the period. */
export function leadVelocity(log: readonly StageTransition[], wonStageId: string, range: DateRange, scope: Set<string> | null): DurationStats {
  const first = new Map<string, number>();
  const values: number[] = [];
  const ids: string[] = [];
  for (const t of chronological(log)) {
    if (scope && !scope.has(t.contactId)) continue;
    if (!first.has(t.contactId)) first.set(t.contactId, t.at);
    if (t.to === wonStageId && inRange(t.at, range)) {
      values.push(t.at - first.get(t.contactId)!);
      ids.push(t.contactId);
    }
  }
  return { ...quantiles(values), ids };
}
