import type { Company } from '../model/company';
import type { Icp, IcpCriterion } from '../model/icp';

/** The company fields an ICP reads. */
export type IcpCompany = Pick<Company, 'industry' | 'employeeCount' | 'annualRevenue' | 'country' | 'region' | 'technologies' | 'customFields'>;

type Test = (company: Partial<IcpCompany>) => boolean;

function read(company: Partial<IcpCompany>, field: string): unknown {
  if (field.startsWith('customFields.')) return company.customFields?.[field.slice(13)];
  return (company as Record<string, unknown>)[field];
}

function compileCriterion(criterion: IcpCriterion): Test {
  switch (criterion.kind) {
    case 'in_list': {
      const values = new Set(criterion.values.map((v) => v.toLowerCase()));
      return (company) => {
        const value = read(company, criterion.field);
        return typeof value === 'string' && values.has(value.toLowerCase());
      };
    }
    case 'range': {
      const { min, max } = criterion;
      return (company) => {
        const value = read(company, criterion.field);
        return typeof value === 'number' && (min === null || value >= min) && (max === null || value <= max);
      };
    }
    case 'has_any': {
      const values = new Set(criterion.values.map((v) => v.toLowerCase()));
      return (company) => {
        const value = read(company, criterion.field);
        return Array.isArray(value) && value.some((v) => values.has(String(v).toLowerCase()));
      };
    }
  }
}

/** An ICP ready to judge many companies: the same answers as icpFit, with the lists turned into sets once. */
export type CompiledIcp = {
  weights: number[];
  total: number;
  threshold: number;
  /** Which criteria the company meets, one flag each. */
  matches(company: Partial<IcpCompany> | null | undefined): boolean[];
  /** Fit 0–100 (one decimal) of a set of met criteria. */
  fitOf(matched: readonly boolean[]): number;
};

export function compileIcp(icp: Pick<Icp, 'criteria' | 'threshold'>): CompiledIcp {
  const tests = icp.criteria.map(compileCriterion);
  const weights = icp.criteria.map((c) => c.weight);
  const total = weights.reduce((sum, w) => sum + w, 0);
  return {
    weights,
    total,
    threshold: icp.threshold,
    matches: (company) => tests.map((test) => (company ? test(company) : false)),
    fitOf: (matched) => {
      if (total === 0) return 0;
      let met = 0;
      for (let i = 0; i < matched.length; i++) if (matched[i]) met += weights[i]!;
      return Math.round((met / total) * 1000) / 10;
    },
  };
}
