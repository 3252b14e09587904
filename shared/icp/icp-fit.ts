import type { Company } from '../model/company';
import type { Icp, IcpCriterion } from '../model/icp';

export type IcpCriterionResult = { field: string; weight: number; matched: boolean };
export type IcpFit = { fit: number; inIcp: boolean; criteria: IcpCriterionResult[] };

function read(company: Partial<Company>, field: string): unknown {
  if (field.startsWith('customFields.')) return company.customFields?.[field.slice(13)];
  return (company as Record<string, unknown>)[field];
}

function matches(criterion: IcpCriterion, company: Partial<Company>): boolean {
  const value = read(company, criterion.field);
  switch (criterion.kind) {
    case 'in_list':
      return typeof value === 'string' && criterion.values.some((v) => v.toLowerCase() === value.toLowerCase());
    case 'range':
      return typeof value === 'number' && (criterion.min === null || value >= criterion.min) && (criterion.max === null || value <= criterion.max);
    case 'has_any': {
      const have = Array.isArray(value) ? value.map((v) => String(v).toLowerCase()) : [];
      return criterion.values.some((v) => have.includes(v.toLowerCase()));
    }
  }
}

/** Weighted share of ICP criteria the company meets, 0–100, and whether that reaches the ICP threshold. */
export function icpFit(company: Partial<Company> | null | undefined, icp: Icp): IcpFit {
  const criteria = icp.criteria.map((c) => ({ field: c.field, weight: c.weight, matched: company ? matches(c, company) : false }));
  const total = criteria.reduce((sum, c) => sum + c.weight, 0);
  const fit = total === 0 ? 0 : Math.round((criteria.reduce((sum, c) => sum + (c.matched ? c.weight : 0), 0) / total) * 1000) / 10;
  return { fit, inIcp: fit >= icp.threshold, criteria };
}
