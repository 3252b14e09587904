import type { Icp } from '../model/icp';
import { icpOperatorsFor } from './icp-fields';

export type IcpProblemCode =
  | 'name_empty'
  | 'threshold_range'
  | 'no_criteria'
  | 'weights_sum'
  | 'weight_invalid'
  | 'field_empty'
  | 'operator_mismatch'
  | 'values_empty'
  | 'range_empty'
  | 'range_inverted';

/** What is wrong and where: `path` is `name`, `threshold`, `weights` or `criteria.<i>.<field|values|min|weight>`. */
export type IcpProblem = { path: string; code: IcpProblemCode; values?: Record<string, number> };

/** Weights are shares of the fit: they must add up to 100 (a rounding hair is forgiven). */
const TOLERANCE = 0.01;

/** Each criterion's weight as a share of all weights, 0–1 (zeros when they add up to nothing). */
export function icpShares(icp: Pick<Icp, 'criteria'>): { total: number; shares: number[] } {
  // A weight that is not a number or below zero counts as nothing here; validation names it.
  const usable = (w: number) => (Number.isFinite(w) && w > 0 ? w : 0);
  const total = icp.criteria.reduce((sum, c) => sum + usable(c.weight), 0);
  return { total, shares: icp.criteria.map((c) => (total > 0 ? usable(c.weight) / total : 0)) };
}

/** Every problem of an ICP draft, in the order the editor shows them; an empty list means it can be applied. */
export function validateIcp(icp: Pick<Icp, 'name' | 'criteria' | 'threshold'>): IcpProblem[] {
  const problems: IcpProblem[] = [];
  if (icp.name.trim() === '') problems.push({ path: 'name', code: 'name_empty' });
  if (!Number.isFinite(icp.threshold) || icp.threshold < 0 || icp.threshold > 100) problems.push({ path: 'threshold', code: 'threshold_range' });
  if (icp.criteria.length === 0) problems.push({ path: 'criteria', code: 'no_criteria' });
  icp.criteria.forEach((c, i) => {
    const at = (field: string) => `criteria.${i}.${field}`;
    if (!Number.isFinite(c.weight) || c.weight < 0) problems.push({ path: at('weight'), code: 'weight_invalid' });
    if (c.field.trim() === '' || icpOperatorsFor(c.field).length === 0) problems.push({ path: at('field'), code: 'field_empty' });
    else if (!icpOperatorsFor(c.field).includes(c.kind)) problems.push({ path: at('field'), code: 'operator_mismatch' });
    if (c.kind === 'range') {
      const bad = (n: number | null) => n !== null && !Number.isFinite(n);
      if ((c.min === null && c.max === null) || bad(c.min) || bad(c.max)) problems.push({ path: at('min'), code: 'range_empty' });
      else if (c.min !== null && c.max !== null && c.min > c.max) problems.push({ path: at('min'), code: 'range_inverted' });
    } else if (c.values.every((v) => v.trim() === '')) problems.push({ path: at('values'), code: 'values_empty' });
  });
  const { total } = icpShares(icp);
  if (icp.criteria.length > 0 && Math.abs(total - 100) > TOLERANCE) problems.push({ path: 'weights', code: 'weights_sum', values: { total } });
  return problems;
}
