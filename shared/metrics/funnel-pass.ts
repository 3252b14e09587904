import { DELETED, LIVE, wordsFor, type FunnelIndex } from './funnel-columns';
import type { FunnelFilters, FunnelQuery } from './funnel-query';
import type { DateRange } from './scope';

/** First row at or after `at`: the log is in time order, so a period is one slice of rows. */
export function rowAtOrAfter(index: FunnelIndex, at: number): number {
  let lo = 0;
  let hi = index.size;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.rowAt[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Allowed ints of an interned column, shifted by one so "none" (-1) has a slot; null = no filter. */
function allowed(table: { index: Map<string, number>; ids: string[] }, values: readonly (string | null)[] | undefined): Uint8Array | null {
  if (!values) return null;
  const ok = new Uint8Array(table.ids.length + 1);
  for (const v of values) {
    const i = v === null ? -1 : table.index.get(v);
    if (i !== undefined) ok[i + 1] = 1;
  }
  return ok;
}

/** OR of the listed bitsets; a value nobody has matches nobody. */
function anyOf(table: { index: Map<string, number> }, bits: Uint32Array[], values: readonly string[], words: number): Uint32Array {
  const union = new Uint32Array(words);
  for (const v of values) {
    const b = bits[table.index.get(v) ?? -1];
    if (b) for (let w = 0; w < words; w++) union[w]! |= b[w]!;
  }
  return union;
}

/** Whether one of the contact's earlier owners (from its assignments) is among the wanted ones; "no owner" is never an earlier owner. */
function hadOwner(index: FunnelIndex, c: number, wanted: Uint8Array): boolean {
  const held = index.ownerHistory.get(c);
  if (!held) return false;
  for (const [from, to] of held.values()) if ((from >= 0 && wanted[from + 1]) || (to >= 0 && wanted[to + 1])) return true;
  return false;
}

/**
 * 1 for each contact the filters keep. An owner (or role) filter keeps the contacts the owner has now
 * or had before (assignments), so the funnel of a rep's contacts goes on after they were handed on. Deleted contacts never count; contacts known only from the
 * log count while no filter is set (as `contactScope` returning null), since nothing is known to exclude them.
 */
export function contactMask(index: FunnelIndex, filters: FunnelFilters): Uint8Array {
  const n = index.contacts.ids.length;
  const mask = new Uint8Array(n);
  const owners = allowed(index.owners, filters.ownerIds);
  let roles: Uint8Array | null = null;
  if (filters.roles) {
    const wanted = new Set<string>(filters.roles);
    roles = new Uint8Array(index.owners.ids.length + 1);
    for (let o = 0; o < index.owners.ids.length; o++) roles[o + 1] = wanted.has(index.memberRole.get(index.owners.ids[o]!) ?? '') ? 1 : 0;
  }
  const sources = allowed(index.sources, filters.sources);
  const personas = allowed(index.personas, filters.personaIds);
  const words = wordsFor(index.contactCapacity);
  const tags = filters.tags ? anyOf(index.tags, index.tagBits, filters.tags, words) : null;
  const pipelines = filters.pipelineId !== undefined ? anyOf(index.pipelines, index.pipelineBits, [filters.pipelineId], words) : null;
  const filtered = owners || roles || sources || personas || tags || pipelines;
  for (let c = 0; c < n; c++) {
    const state = index.contactState[c]!;
    if (state === DELETED) continue;
    if (!filtered) {
      mask[c] = 1;
      continue;
    }
    if (state !== LIVE) continue;
    const bit = 1 << (c & 31);
    if (owners && !owners[index.owner[c]! + 1] && !hadOwner(index, c, owners)) continue;
    if (roles && !roles[index.owner[c]! + 1] && !hadOwner(index, c, roles)) continue;
    if (sources && !sources[index.source[c]! + 1]) continue;
    if (personas && !personas[index.persona[c]! + 1]) continue;
    if (tags && !(tags[c >>> 5]! & bit)) continue;
    if (pipelines && !(pipelines[c >>> 5]! & bit)) continue;
    mask[c] = 1;
  }
  return mask;
}

const inRange = (at: number, range: DateRange) => at >= range.from && at < range.to;

// Reused per index and valid until the next pass: at 100k contacts a period's arrays are 7 MB, and
// fresh ones on every recompute cost more in allocation and GC pauses than the pass itself.
const entryArrays = new WeakMap<FunnelIndex, Float64Array[]>();

function entryScratch(index: FunnelIndex, n: number): Float64Array[] {
  let arrays = entryArrays.get(index);
  if (!arrays || arrays.length !== index.stages.ids.length || arrays[0]!.length < n) {
    arrays = index.stages.ids.map(() => new Float64Array(index.contactCapacity));
    entryArrays.set(index, arrays);
  }
  for (const a of arrays) a.fill(NaN, 0, n);
  return arrays;
}

/**
 * Per stage, per contact, the entry the period counts (NaN = not counted). Activity: the contact's
 * first entry into the stage during the period. Cohort: for contacts whose first log line is in the
 * period, their first entry into the stage ever (so by now). The arrays are reused by the next pass.
 */
export function periodEntries(index: FunnelIndex, mask: Uint8Array, range: DateRange, view: FunnelQuery['view']): Float64Array[] {
  const n = mask.length;
  const first = entryScratch(index, n);
  if (view === 'cohort') {
    for (let c = 0; c < n; c++) {
      if (!mask[c] || !inRange(index.firstLineAt[c]!, range)) continue;
      for (let s = 0; s < first.length; s++) first[s]![c] = index.firstEntry[s]![c]!;
    }
    return first;
  }
  const end = rowAtOrAfter(index, range.to);
  for (let row = rowAtOrAfter(index, range.from); row < end; row++) {
    const c = index.rowContact[row]!;
    if (!index.rowLive[row] || !mask[c]) continue;
    const f = first[index.rowTo[row]!]!;
    // Rows are in time order, so the first one seen is the earliest.
    if (Number.isNaN(f[c]!)) f[c] = index.rowAt[row]!;
  }
  return first;
}

/**
 * Calls `visit` for each move a flow diagram shows (from -1 = creation line). Activity: the moves
 * made during the period. Cohort: every move, until now, of the contacts whose first line is in the period.
 */
export function eachMove(
  index: FunnelIndex,
  mask: Uint8Array,
  range: DateRange,
  view: FunnelQuery['view'],
  visit: (contact: number, from: number, to: number) => void,
): void {
  const end = view === 'cohort' ? index.size : rowAtOrAfter(index, range.to);
  for (let row = rowAtOrAfter(index, range.from); row < end; row++) {
    const c = index.rowContact[row]!;
    if (!index.rowLive[row] || !mask[c]) continue;
    if (view === 'cohort' && !inRange(index.firstLineAt[c]!, range)) continue;
    visit(c, index.rowFrom[row]!, index.rowTo[row]!);
  }
}

/** Funnel steps as stage pairs: each neighbour pair, then first → last when that is not already one. */
export function funnelSteps(index: FunnelIndex): [number, number][] {
  const f = index.funnelSize;
  const steps: [number, number][] = [];
  for (let a = 0; a + 1 < f; a++) steps.push([a, a + 1]);
  if (f > 2) steps.push([0, f - 1]);
  return steps;
}

/** A contact counted at `a` converts if it entered `b` at or after that entry (by now), as `conversions`. */
export const converts = (index: FunnelIndex, first: Float64Array[], a: number, b: number, c: number) => index.lastEntry[b]![c]! >= first[a]![c]!;

const bandStamps = new WeakMap<FunnelIndex, { generation: number; width: number; capacity: number; stamps: (Uint32Array | undefined)[] }>();

/**
 * Distinct contacts per band ((from + 1) × width + to), the moves `eachMove` visits. A contact is
 * counted once per band through a stamp per band and contact holding the pass's generation, so
 * nothing is cleared between passes; the loop is written out, as this is the report's hottest one.
 */
export function bandCounts(index: FunnelIndex, mask: Uint8Array, range: DateRange, view: FunnelQuery['view']): { width: number; counts: Int32Array } {
  const width = index.stages.ids.length;
  const capacity = index.contactCapacity;
  let state = bandStamps.get(index);
  if (!state || state.width !== width || state.capacity !== capacity || state.generation >= 0xfffffffe) {
    state = { generation: 0, width, capacity, stamps: [] };
    bandStamps.set(index, state);
  }
  const generation = ++state.generation;
  const stamps = state.stamps;
  const counts = new Int32Array((width + 1) * width);
  const cohort = view === 'cohort';
  const end = cohort ? index.size : rowAtOrAfter(index, range.to);
  const { rowContact, rowLive, rowFrom, rowTo, firstLineAt } = index;
  for (let row = rowAtOrAfter(index, range.from); row < end; row++) {
    const c = rowContact[row]!;
    if (!rowLive[row] || !mask[c]) continue;
    if (cohort && !(firstLineAt[c]! >= range.from && firstLineAt[c]! < range.to)) continue;
    const key = (rowFrom[row]! + 1) * width + rowTo[row]!;
    const seen = (stamps[key] ??= new Uint32Array(capacity));
    if (seen[c] === generation) continue;
    seen[c] = generation;
    counts[key]!++;
  }
  return { width, counts };
}
