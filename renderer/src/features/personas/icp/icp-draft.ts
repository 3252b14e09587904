import { CUSTOM_FIELD_PREFIX, criterionFor, icpFields, type IcpProblem } from '@shared/index';
import { newId, type Icp, type IcpCriterion } from '@shared/model';
import type { TFunction } from 'i18next';

/** A workspace's first ICP: no criteria yet, "in ICP" from 60. */
export const blankIcp = (name: string): Icp => ({ id: newId(), createdAt: 0, updatedAt: 0, deletedAt: null, name, criteria: [], threshold: 60 });

/** A new criterion: industry, weighted with whatever is left of 100. */
export function newCriterion(criteria: readonly IcpCriterion[]): IcpCriterion {
  const left = Math.max(0, 100 - criteria.reduce((sum, c) => sum + (Number.isFinite(c.weight) ? c.weight : 0), 0));
  return { ...criterionFor('industry', null), weight: left };
}

/** The message of each problem of an ICP draft, found by its path (`criteria.2.values`, `weights`…). */
export function icpProblemText(t: TFunction, problems: readonly IcpProblem[]): (path: string) => string | undefined {
  const byPath = new Map<string, string>();
  for (const p of problems) if (!byPath.has(p.path)) byPath.set(p.path, t(`personas.icp.problems.${p.code}`, { total: p.values?.total ?? 0 }));
  return (path) => byPath.get(path);
}

/** A criterion's field in words: a known firmographic field translated, a custom field by its own name. */
export function icpFieldLabel(t: TFunction, field: string): string {
  if (field.startsWith(CUSTOM_FIELD_PREFIX)) return field.slice(CUSTOM_FIELD_PREFIX.length) || t('personas.icp.fields.custom');
  const known = icpFields.find((f) => f.field === field);
  return known ? t(`personas.icp.fields.${known.field}`) : field;
}
