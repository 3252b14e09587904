import type { Contact } from '../model/contact';
import type { StageTransition } from '../model/stage-transition';
import { counted, inRange, type Counted, type DateRange } from './scope';

/** Contacts entering each stage during the period. */
export function stageEntries(
  log: readonly StageTransition[],
  stageIds: readonly string[],
  range: DateRange,
  scope: Set<string> | null,
): Record<string, Counted> {
  const ids = new Map<string, string[]>(stageIds.map((s) => [s, []]));
  for (const t of log) {
    if (t.deletedAt !== null || !inRange(t.at, range) || (scope && !scope.has(t.contactId))) continue;
    ids.get(t.to)?.push(t.contactId);
  }
  return Object.fromEntries(stageIds.map((s) => [s, counted(ids.get(s)!)]));
}

/** `adjacent` is false for the overall first → last conversion, which is never a bottleneck candidate. */
export type Conversion = { from: string; to: string; adjacent: boolean; entered: Counted; converted: Counted; rate: number | null };

/**
 * Conversion between every pair of adjacent stages, plus first → last: of the contacts that
 * entered `from` during the period, how many entered `to` afterwards (by now). One pass over the log.
 */
export function conversions(log: readonly StageTransition[], funnel: readonly string[], range: DateRange, scope: Set<string> | null): Conversion[] {
  const index = new Map(funnel.map((s, i) => [s, i]));
  // Contacts get a small integer once, so per-stage times live in typed arrays (NaN = never).
  const contactIndex = new Map<string, number>();
  const contactIds: string[] = [];
  const firstInRange: Float64Array[] = funnel.map(() => new Float64Array(0));
  const latest: Float64Array[] = funnel.map(() => new Float64Array(0));
  const grow = (arrays: Float64Array[], size: number) => {
    for (let i = 0; i < arrays.length; i++) {
      const next = new Float64Array(size).fill(NaN);
      next.set(arrays[i]!);
      arrays[i] = next;
    }
  };
  for (const t of log) {
    if (t.deletedAt !== null || (scope && !scope.has(t.contactId))) continue;
    const stage = index.get(t.to);
    if (stage === undefined) continue;
    let c = contactIndex.get(t.contactId);
    if (c === undefined) {
      c = contactIds.length;
      contactIndex.set(t.contactId, c);
      contactIds.push(t.contactId);
      if (c >= firstInRange[0]!.length) {
        const size = Math.max(1024, c * 2);
        grow(firstInRange, size);
        grow(latest, size);
      }
    }
    if (inRange(t.at, range)) {
      const seen = firstInRange[stage]![c]!;
      if (Number.isNaN(seen) || t.at < seen) firstInRange[stage]![c] = t.at;
    }
    const last = latest[stage]![c]!;
    if (Number.isNaN(last) || t.at > last) latest[stage]![c] = t.at;
  }
  const pair = (a: number, b: number): Conversion => {
    const entered: string[] = [];
    const converted: string[] = [];
    const from = firstInRange[a]!;
    const to = latest[b]!;
    for (let c = 0; c < contactIds.length; c++) {
      if (Number.isNaN(from[c]!)) continue;
      entered.push(contactIds[c]!);
      if (to[c]! >= from[c]!) converted.push(contactIds[c]!);
    }
    return {
      from: funnel[a]!,
      to: funnel[b]!,
      adjacent: b === a + 1,
      entered: { count: entered.length, ids: entered },
      converted: { count: converted.length, ids: converted },
      rate: entered.length ? converted.length / entered.length : null,
    };
  };
  const result = funnel.slice(1).map((_, i) => pair(i, i + 1));
  if (funnel.length > 2) result.push(pair(0, funnel.length - 1));
  return result;
}

/** Of the contacts created in the period, how many have reached each stage by now. */
export function cohort(contacts: readonly Contact[], log: readonly StageTransition[], stageIds: readonly string[], period: DateRange): Record<string, Counted> {
  const members = new Set(contacts.filter((c) => c.deletedAt === null && inRange(c.createdAt, period)).map((c) => c.id));
  const reached = new Map<string, string[]>(stageIds.map((s) => [s, []]));
  for (const t of log) if (t.deletedAt === null && members.has(t.contactId)) reached.get(t.to)?.push(t.contactId);
  return Object.fromEntries(stageIds.map((s) => [s, counted(reached.get(s)!)]));
}
