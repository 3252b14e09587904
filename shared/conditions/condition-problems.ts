import type { FieldCondition } from '../model/condition';
import { regexError } from './field-condition';

/** Why an edited value cannot be saved, named by its dotted path in the edited object. */
export type DesignProblemCode =
  | 'required'
  | 'not_a_number'
  | 'negative'
  | 'not_positive'
  | 'out_of_range'
  | 'range_reversed'
  | 'invalid_pattern'
  | 'duplicate_id'
  | 'bant_total'
  | 'measure_empty'
  | 'unknown_stage'
  | 'unknown_member'
  | 'active_reversed'
  | 'duplicate_member';

export type DesignProblem = { path: string; code: DesignProblemCode; params?: Record<string, string | number> };

export const problem = (path: string, code: DesignProblemCode, params?: DesignProblem['params']): DesignProblem =>
  params ? { path, code, params } : { path, code };

/** The problems of one field condition (fit rule, routing rule): a field, its values, a readable range, a valid pattern. */
export function conditionProblems(condition: FieldCondition, path: string): DesignProblem[] {
  const found: DesignProblem[] = [];
  if (condition.field.trim() === '') found.push(problem(`${path}.field`, 'required'));
  switch (condition.op) {
    case 'equals':
    case 'not_equals':
      if (typeof condition.value === 'number' && !Number.isFinite(condition.value)) found.push(problem(`${path}.value`, 'not_a_number'));
      if (typeof condition.value === 'string' && condition.value.trim() === '') found.push(problem(`${path}.value`, 'required'));
      break;
    case 'contains':
      if (condition.value.trim() === '') found.push(problem(`${path}.value`, 'required'));
      break;
    case 'in_list':
    case 'any_word':
      if (condition.values.filter((v) => v.trim() !== '').length === 0) found.push(problem(`${path}.values`, 'required'));
      break;
    case 'range':
      if (condition.min === null && condition.max === null) found.push(problem(`${path}.min`, 'required'));
      for (const end of ['min', 'max'] as const) {
        const value = condition[end];
        if (value !== null && !Number.isFinite(value)) found.push(problem(`${path}.${end}`, 'not_a_number'));
      }
      if (condition.min !== null && condition.max !== null && condition.min > condition.max)
        found.push(problem(`${path}.max`, 'range_reversed', { min: condition.min, max: condition.max }));
      break;
    case 'regex': {
      if (condition.pattern.trim() === '') found.push(problem(`${path}.pattern`, 'required'));
      else if (regexError(condition.pattern) !== null) found.push(problem(`${path}.pattern`, 'invalid_pattern'));
      break;
    }
    case 'is_empty':
    case 'not_empty':
      break;
  }
  return found;
}
