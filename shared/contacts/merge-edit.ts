/** A field both sides changed since the edit began: the user decides. */
export type EditConflict = { field: string; theirs: unknown; mine: unknown };

export type EditMerge<T> = { ok: true; patch: Partial<T> } | { ok: false; conflicts: EditConflict[] };

const same = (a: unknown, b: unknown) => a === b || ((a === null || a === '') && (b === null || b === ''));

/**
 * Three-way merge of an edit made on a record that may have changed meanwhile (another window,
 * a sync): `base` holds the values the edit started from, `edit` the fields the user changed.
 * A field only the user changed is applied; a field only the other side changed stays theirs
 * (the edit does not touch it); a field both changed, to different values, is a conflict.
 */
export function mergeEdit<T extends object>(current: T, base: Partial<T>, edit: Partial<T>): EditMerge<T> {
  const conflicts: EditConflict[] = [];
  const patch: Partial<T> = {};
  for (const key of Object.keys(edit) as (keyof T)[]) {
    const mine = edit[key];
    const theirs = current[key];
    const changedMeanwhile = key in base && !same(theirs, base[key]);
    if (changedMeanwhile && !same(theirs, mine)) conflicts.push({ field: String(key), theirs, mine });
    else patch[key] = mine;
  }
  return conflicts.length ? { ok: false, conflicts } : { ok: true, patch };
}
