import type { Contact } from '../model/contact';
import type { Timestamp } from '../model/record';
import type { StageTransition } from '../model/stage-transition';

/** A half-open period [from, to). */
export type DateRange = { from: Timestamp; to: Timestamp };
export const inRange = (at: Timestamp, range: DateRange) => at >= range.from && at < range.to;

/** Report filters. Owner ids are resolved by the caller (a team role becomes its members' ids). */
export type MetricsFilter = { ownerIds?: readonly string[]; source?: string; personaId?: string };

/** A number and the records behind it, so every figure can be drilled into. */
export type Counted = { count: number; ids: string[] };
export const counted = (ids: Iterable<string>): Counted => {
  const list = [...new Set(ids)];
  return { count: list.length, ids: list };
};

/** Which contacts a report looks at; null = all (no filter set). */
export function contactScope(contacts: readonly Contact[], filter: MetricsFilter = {}): Set<string> | null {
  if (!filter.ownerIds && filter.source === undefined && filter.personaId === undefined) return null;
  const owners = filter.ownerIds ? new Set(filter.ownerIds) : null;
  const scope = new Set<string>();
  for (const c of contacts) {
    if (c.deletedAt !== null) continue;
    if (owners && (c.ownerId === null || !owners.has(c.ownerId))) continue;
    if (filter.source !== undefined && c.source !== filter.source) continue;
    if (filter.personaId !== undefined && c.personaId !== filter.personaId) continue;
    scope.add(c.id);
  }
  return scope;
}

/** The log in time order (by `at`, then id), without deleted lines; sorts only if it is not sorted already. */
export function chronological(log: readonly StageTransition[]): readonly StageTransition[] {
  let sorted = true;
  let deleted = false;
  for (let i = 0; i < log.length; i++) {
    if (log[i]!.deletedAt !== null) deleted = true;
    if (i > 0 && (log[i - 1]!.at > log[i]!.at || (log[i - 1]!.at === log[i]!.at && log[i - 1]!.id > log[i]!.id))) sorted = false;
  }
  const live = deleted ? log.filter((t) => t.deletedAt === null) : log;
  return sorted ? live : [...live].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Median and 90th percentile (nearest rank) of a list of durations. */
export function quantiles(values: Float64Array | number[]): { median: number | null; p90: number | null; count: number } {
  if (values.length === 0) return { median: null, p90: null, count: 0 };
  const sorted = Float64Array.from(values).sort();
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p90: at(0.9), count: sorted.length };
}

/** The "team role" filter: owner ids of the active and former members with that role. */
export function ownerIdsForRole(team: readonly { id: string; role: string }[], role: string): string[] {
  return team.filter((m) => m.role === role).map((m) => m.id);
}
