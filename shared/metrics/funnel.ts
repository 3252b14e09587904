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

export type Conversion = { from: string; to: string; entered: Counted; converted: Counted; rate: number | null };

/**
 * Conversion between every pair of adjacent stages, plus first → last: of the contacts that
 * entered `from` during the period, how many entered `to` afterwards (by now). One pass over the log.
 */
export function conversions(log: readonly StageTransition[], funnel: readonly string[], range: DateRange, scope: Set<string> | null): Conversion[] {
  const index = new Map(funnel.map((s, i) => [s, i]));
  // Per stage: first entry within the period, and latest entry ever.
  const firstInRange = funnel.map(() => new Map<string, number>());
  const latest = funnel.map(() => new Map<string, number>());
  for (const t of log) {
    if (t.deletedAt !== null || (scope && !scope.has(t.contactId))) continue;
    const i = index.get(t.to);
    if (i === undefined) continue;
    if (inRange(t.at, range)) {
      const seen = firstInRange[i]!.get(t.contactId);
      if (seen === undefined || t.at < seen) firstInRange[i]!.set(t.contactId, t.at);
    }
    const last = latest[i]!.get(t.contactId);
    if (last === undefined || t.at > last) latest[i]!.set(t.contactId, t.at);
  }
  const pair = (a: number, b: number): Conversion => {
    const entered = [...firstInRange[a]!.keys()];
    const converted = entered.filter((id) => (latest[b]!.get(id) ?? -Infinity) >= firstInRange[a]!.get(id)!);
    return {
      from: funnel[a]!,
      to: funnel[b]!,
      entered: counted(entered),
      converted: counted(converted),
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
