import type { IcpCriterion } from '../model/icp';

/** How a company field is compared: a text against a list, a number against a range, tags against a list. */
export type IcpFieldKind = 'text' | 'number' | 'tags';

/** The firmographic fields an ICP criterion can use; any `customFields.<name>` works too. */
export const icpFields = [
  { field: 'industry', kind: 'text' },
  { field: 'employeeCount', kind: 'number' },
  { field: 'annualRevenue', kind: 'number' },
  { field: 'country', kind: 'text' },
  { field: 'region', kind: 'text' },
  { field: 'technologies', kind: 'tags' },
] as const satisfies readonly { field: string; kind: IcpFieldKind }[];

export const CUSTOM_FIELD_PREFIX = 'customFields.';

/** The kind of a criterion's field; a custom field may hold text or numbers, so it takes either. */
export function icpFieldKind(field: string): IcpFieldKind | 'custom' | null {
  if (field.startsWith(CUSTOM_FIELD_PREFIX)) return field.length > CUSTOM_FIELD_PREFIX.length ? 'custom' : null;
  return icpFields.find((f) => f.field === field)?.kind ?? null;
}

/** The operators that suit a field: what the editor offers and what validation accepts. */
export function icpOperatorsFor(field: string): IcpCriterion['kind'][] {
  switch (icpFieldKind(field)) {
    case 'text':
      return ['in_list'];
    case 'number':
      return ['range'];
    case 'tags':
      return ['has_any'];
    case 'custom':
      return ['in_list', 'range'];
    default:
      return [];
  }
}

/** A criterion of the operator that suits `field`, keeping the weight (and the values when they still apply). */
export function criterionFor(field: string, previous: IcpCriterion | null, kind: IcpCriterion['kind'] = icpOperatorsFor(field)[0] ?? 'in_list'): IcpCriterion {
  const weight = previous?.weight ?? 0;
  if (kind === 'range')
    return { kind, field, min: previous?.kind === 'range' ? previous.min : null, max: previous?.kind === 'range' ? previous.max : null, weight };
  const values = previous && previous.kind !== 'range' ? previous.values : [];
  return { kind, field, values, weight };
}
