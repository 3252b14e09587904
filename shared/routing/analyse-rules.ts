import type { FieldCondition } from '../model/condition';
import type { RoutingRule } from '../model/routing-rule';
import { orderedRules } from './route-contact';

export type RuleOverlap = { ruleIds: [string, string]; fields: string[] };
export type RangeGap = { field: string; from: number | null; to: number | null };
export type RuleFindings = { overlaps: RuleOverlap[]; gaps: RangeGap[]; shadowed: { ruleId: string; by: string }[] };

type Range = { min: number; max: number };
const toRange = (c: Extract<FieldCondition, { op: 'range' }>): Range => ({ min: c.min ?? -Infinity, max: c.max ?? Infinity });

/** Can one value satisfy both conditions on the same field? Unknown combinations count as "maybe" (true). */
function compatible(a: FieldCondition, b: FieldCondition): boolean {
  const pair = (x: FieldCondition['op'], y: FieldCondition['op']) => (a.op === x && b.op === y) || (a.op === y && b.op === x);
  if (a.op === 'range' && b.op === 'range') {
    const [p, q] = [toRange(a), toRange(b)];
    return p.min <= q.max && q.min <= p.max;
  }
  if (a.op === 'in_list' && b.op === 'in_list') return a.values.some((v) => b.values.map((w) => w.toLowerCase()).includes(v.toLowerCase()));
  if (a.op === 'equals' && b.op === 'equals') return String(a.value).toLowerCase() === String(b.value).toLowerCase();
  if (pair('equals', 'in_list')) {
    const [eq, list] = (a.op === 'equals' ? [a, b] : [b, a]) as [Extract<FieldCondition, { op: 'equals' }>, Extract<FieldCondition, { op: 'in_list' }>];
    return list.values.some((v) => v.toLowerCase() === String(eq.value).toLowerCase());
  }
  if (pair('equals', 'range')) {
    const [eq, range] = (a.op === 'equals' ? [a, b] : [b, a]) as [Extract<FieldCondition, { op: 'equals' }>, Extract<FieldCondition, { op: 'range' }>];
    const r = toRange(range);
    return typeof eq.value !== 'number' || (eq.value >= r.min && eq.value <= r.max);
  }
  if (pair('is_empty', 'not_empty')) return false;
  if (a.op === 'is_empty' || b.op === 'is_empty') return a.op === b.op;
  return true;
}

/** Does every value meeting `narrow` also meet `wide`? Only decided for shapes we can compare. */
function implies(narrow: FieldCondition, wide: FieldCondition): boolean {
  if (narrow.field !== wide.field) return false;
  if (narrow.op === 'range' && wide.op === 'range') {
    const [n, w] = [toRange(narrow), toRange(wide)];
    return w.min <= n.min && n.max <= w.max;
  }
  if (narrow.op === 'in_list' && wide.op === 'in_list') return narrow.values.every((v) => wide.values.map((x) => x.toLowerCase()).includes(v.toLowerCase()));
  if (narrow.op === 'equals' && wide.op === 'in_list') return wide.values.some((v) => v.toLowerCase() === String(narrow.value).toLowerCase());
  return JSON.stringify(narrow) === JSON.stringify(wide);
}

function canBothMatch(a: RoutingRule, b: RoutingRule): { possible: boolean; fields: string[] } {
  const fields = new Set<string>();
  for (const ca of a.conditions)
    for (const cb of b.conditions) {
      if (ca.field !== cb.field) continue;
      if (!compatible(ca, cb)) return { possible: false, fields: [] };
      fields.add(ca.field);
    }
  return { possible: true, fields: [...fields] };
}

/** Integer gaps in the union of ranges (employee counts, scores, amounts are whole numbers). */
function rangeGaps(field: string, ranges: Range[]): RangeGap[] {
  const sorted = [...ranges].sort((a, b) => a.min - b.min);
  const gaps: RangeGap[] = [];
  if (sorted[0]!.min !== -Infinity && sorted[0]!.min > 0) gaps.push({ field, from: null, to: sorted[0]!.min - 1 });
  let reach = sorted[0]!.max;
  for (const r of sorted.slice(1)) {
    if (r.min > reach + 1) gaps.push({ field, from: reach + 1, to: r.min - 1 });
    reach = Math.max(reach, r.max);
  }
  if (reach !== Infinity) gaps.push({ field, from: reach + 1, to: null });
  return gaps;
}

/**
 * What the routing editor warns about: pairs of rules that can match the same contact (the
 * earlier one wins, which may not be what the admin meant), holes in numeric ranges (e.g. `<10`
 * written as ≤9 and `11–50` leaves 10 unrouted), and rules an earlier rule makes unreachable.
 */
export function analyseRules(rules: readonly RoutingRule[]): RuleFindings {
  const ordered = orderedRules(rules).map((r) => r.rule);
  const overlaps: RuleOverlap[] = [];
  const shadowed: RuleFindings['shadowed'] = [];
  ordered.forEach((a, i) => {
    for (const b of ordered.slice(i + 1)) {
      const both = canBothMatch(a, b);
      // A later rule without conditions is a deliberate catch-all, not an overlap worth a warning.
      if (both.possible && b.conditions.length > 0) overlaps.push({ ruleIds: [a.id, b.id], fields: both.fields });
      // b is shadowed by a when every condition of a follows from one of b's.
      if (!shadowed.some((s) => s.ruleId === b.id) && a.conditions.every((ca) => b.conditions.some((cb) => implies(cb, ca))))
        shadowed.push({ ruleId: b.id, by: a.id });
    }
  });
  const rangesByField = new Map<string, Range[]>();
  for (const rule of ordered)
    for (const c of rule.conditions) if (c.op === 'range') rangesByField.set(c.field, [...(rangesByField.get(c.field) ?? []), toRange(c)]);
  // A rule with no condition on a field (a catch-all among them) can take any value of it: no gap there.
  const gaps = [...rangesByField]
    .filter(([field]) => ordered.every((rule) => rule.conditions.some((c) => c.field === field)))
    .flatMap(([field, ranges]) => rangeGaps(field, ranges));
  return { overlaps, gaps, shadowed };
}
