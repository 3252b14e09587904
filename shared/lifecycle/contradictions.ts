import { listConditionFields } from '../conditions/condition-fields';
import type { FieldCondition } from '../model/condition';
import type { StageCriterion } from '../model/lifecycle';

type Value = string | number | boolean;

const same = (a: Value, b: Value) => (typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b);
const inList = (v: Value, list: readonly string[]) => list.some((item) => same(item, typeof v === 'string' ? v : String(v)));

/** What every condition on one field asks at once: a value, none, a number range… */
type Demand = { empty: boolean; present: boolean; equals: Value[]; notEquals: Value[]; lists: string[][]; min: number; max: number };

function demandsOn(conditions: readonly FieldCondition[]): Demand {
  const d: Demand = { empty: false, present: false, equals: [], notEquals: [], lists: [], min: -Infinity, max: Infinity };
  for (const c of conditions)
    switch (c.op) {
      case 'is_empty':
        d.empty = true;
        break;
      case 'equals':
        d.present = true;
        d.equals.push(c.value);
        break;
      case 'not_equals':
        d.notEquals.push(c.value);
        break;
      case 'in_list':
        d.present = true;
        d.lists.push(c.values);
        break;
      case 'range':
        d.present = true;
        if (c.min !== null) d.min = Math.max(d.min, c.min);
        if (c.max !== null) d.max = Math.min(d.max, c.max);
        break;
      case 'not_empty':
      case 'contains':
      case 'regex':
      case 'any_word':
        d.present = true;
        break;
    }
  return d;
}

/** Can one field meet every condition at once? List fields hold several items, so only "empty and not empty" clash there. */
function satisfiable(field: string, conditions: readonly FieldCondition[]): boolean {
  const d = demandsOn(conditions);
  if (d.empty && d.present) return false;
  if (listConditionFields.has(field)) return true;
  if (d.min > d.max) return false;
  const [first, ...others] = d.equals;
  if (first !== undefined) {
    if (others.some((v) => !same(v, first))) return false;
    if (d.notEquals.some((v) => same(v, first))) return false;
    if (d.lists.some((l) => !inList(first, l))) return false;
    if ((d.min > -Infinity || d.max < Infinity) && (typeof first !== 'number' || first < d.min || first > d.max)) return false;
  }
  if (d.lists.length > 1) {
    const common = d.lists.reduce((acc, l) => acc.filter((v) => inList(v, l)));
    if (common.length === 0) return false;
  }
  return true;
}

/**
 * The subject (a field name, or a criterion kind) on which criteria that must all hold at once
 * contradict each other — `country equals KR` with `country equals US`, `phone is empty` with
 * `phone is not empty`, an empty number range — or null when they can all be met together.
 */
export function contradiction(criteria: readonly StageCriterion[]): string | null {
  const byField = new Map<string, FieldCondition[]>();
  for (const c of criteria) if (c.kind === 'field') byField.set(c.condition.field, [...(byField.get(c.condition.field) ?? []), c.condition]);
  for (const [field, conditions] of byField) if (!satisfiable(field, conditions)) return field;
  return null;
}
