import { sameData } from '../workspace-file/merge';
import { compareStamps } from './hlc';
import type { Versioned } from './document';

/** Plain JSON with object keys sorted: equal data, equal text (the tie-break of equal stamps). */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

/** The outcome of merging two versions of a record: the merge, and which fields of each side lost. */
export type VersionMerge = { merged: Versioned; aLost: string[]; bLost: string[] };

/**
 * The merge rule: field-level last writer wins by hybrid-logical-clock stamp, the replica id (the
 * stamp's last part) breaking ties of time. A field whose stamp is there and whose value is not was
 * unset. Commutative, associative and idempotent, so replicas that saw the same versions agree
 * whatever the order. Equal stamps always carry equal values (one stamp is one edit); were they ever
 * to differ, the larger canonical JSON wins, so the result still does not depend on the order.
 */
export function mergeVersions(a: Versioned, b: Versioned): VersionMerge {
  const record: Record<string, unknown> = {};
  const clocks: Record<string, string> = {};
  const aLost: string[] = [];
  const bLost: string[] = [];
  const fields = new Set([...Object.keys(a.clocks), ...Object.keys(b.clocks)]);
  for (const field of [...fields].sort()) {
    const sa = a.clocks[field];
    const sb = b.clocks[field];
    const va = a.record[field];
    const vb = b.record[field];
    let fromA: boolean;
    if (sb === undefined) fromA = true;
    else if (sa === undefined) fromA = false;
    else {
      const order = compareStamps(sa, sb);
      fromA = order !== 0 ? order > 0 : canonicalJson(va) >= canonicalJson(vb);
    }
    const value = fromA ? va : vb;
    clocks[field] = (fromA ? sa : sb)!;
    if (value !== undefined) record[field] = value;
    // A side lost a field when it had a value stamped for it that the merge did not keep.
    if (!sameData(va, vb)) {
      if (fromA && sb !== undefined) bLost.push(field);
      if (!fromA && sa !== undefined) aLost.push(field);
    }
  }
  return { merged: { record, clocks }, aLost, bLost };
}

/** Merges any number of versions (a document's conflicting revisions) by the same rule. */
export function mergeAll(versions: readonly Versioned[]): Versioned {
  const [first, ...rest] = versions;
  if (!first) throw new Error('mergeAll needs at least one version');
  return rest.reduce((acc, v) => mergeVersions(acc, v).merged, first);
}

/** Whether two versions are the same record with the same stamps. */
export const sameVersion = (a: Versioned, b: Versioned): boolean => sameData(a.record, b.record) && sameData(a.clocks, b.clocks);

/**
 * A local edit stamped: the fields of `current` that differ from the version sync last knew (`known`,
 * null for a record it never saw) get the stamp `stamp()` gives, once for the whole edit; fields that
 * were removed are stamped as unset. Null when nothing differs (an entry read twice, or sync's own
 * write), so capturing the change log is idempotent.
 */
export function stampEdit(known: Versioned | null, current: Record<string, unknown>, stamp: () => string): Versioned | null {
  const changed = new Set<string>();
  for (const field of Object.keys(current)) if (current[field] !== undefined && (!known || !sameData(known.record[field], current[field]))) changed.add(field);
  if (known) for (const field of Object.keys(known.record)) if (known.record[field] !== undefined && current[field] === undefined) changed.add(field);
  if (changed.size === 0) return null;
  const at = stamp();
  const clocks = { ...(known?.clocks ?? {}) };
  for (const field of changed) clocks[field] = at;
  const record: Record<string, unknown> = {};
  for (const field of Object.keys(current)) if (current[field] !== undefined) record[field] = current[field];
  return { record, clocks };
}

/**
 * The wall time to stamp an edit with: when the record says it was changed (`updatedAt`), else now.
 * Stamping by the edit's own time, not the time sync noticed it, is what makes an edit made offline
 * lose to a later edit made elsewhere — and makes a replica that first syncs a copy of a workspace (an
 * imported file) stamp its records as old as they are, not as new edits that would beat everyone's.
 */
export function editTime(known: Versioned | null, current: Record<string, unknown>, now: number): number {
  const updatedAt = current['updatedAt'];
  if (typeof updatedAt !== 'number' || !Number.isFinite(updatedAt)) return now;
  if (known && known.record['updatedAt'] === updatedAt) return now;
  return updatedAt;
}

/**
 * Field clocks for a record sync never knew, from its history (oldest version first, the current
 * one last; the change log keeps what each edit replaced): every field is stamped with the time of
 * the version that last changed it. A record copied from a workspace file and never edited is stamped
 * as old as it is on every replica that holds the copy, so the first sync of a copy never overrides
 * an edit made elsewhere; an edit made on the copy before its first sync still counts as an edit.
 * Each version is stamped after the one before even when its time says otherwise (a file from a
 * machine whose clock ran ahead, a clock set back): an edit comes after what it changed, so it never
 * loses to that version's stamp on another replica, or on the server when a first push is retried.
 */
export function stampHistory(versions: readonly Record<string, unknown>[], stampAt: (at: { wall: number; counter: number }) => string, now: number): Versioned {
  const current = versions[versions.length - 1];
  if (!current) throw new Error('stampHistory needs at least the current version');
  const wallOf = (v: Record<string, unknown>) => (typeof v['updatedAt'] === 'number' && Number.isFinite(v['updatedAt']) ? v['updatedAt'] : now);
  let last: { wall: number; counter: number } | null = null;
  const after = (version: Record<string, unknown>) => () => {
    const wall = wallOf(version);
    last = last && wall <= last.wall ? { wall: last.wall, counter: last.counter + 1 } : { wall, counter: 0 };
    return stampAt(last);
  };
  let versioned = stampEdit(null, versions[0]!, after(versions[0]!))!;
  for (const version of versions.slice(1)) versioned = stampEdit(versioned, version, after(version)) ?? versioned;
  return versioned;
}
