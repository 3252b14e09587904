/**
 * Why a value was refused, as a code the UI puts into words (with the field's name) in the
 * user's language. No engine or zod English ever reaches a user.
 */
export const reasonCodes = [
  'required',
  'too_long',
  'too_short',
  'out_of_range',
  'invalid_email',
  'invalid_phone',
  'invalid_format',
  'invalid_value',
  'not_found',
  'source_required',
  'lost_reason_required',
  'already_closed',
  'stage_archived',
  'stage_not_empty',
  'stage_removed',
  'won_stage_required',
  'lost_stage_required',
  'open_stage_required',
  'duplicate_name',
  'duplicate_pipeline_name',
  'pipeline_not_empty',
  'last_pipeline',
  'stages_changed_since',
  'same_stage',
  'not_fillable',
  'same_record',
  'no_lifecycle',
  'nothing_to_undo',
  'changed_since',
  'edit_conflict',
] as const;
export type ReasonCode = (typeof reasonCodes)[number];

/** One refused field: where (a dotted path), why (a code) and the numbers involved. */
export type FieldError = { field: string; code: ReasonCode; params?: Record<string, string | number> };

export const fieldError = (field: string, code: ReasonCode, params?: FieldError['params']): FieldError => (params ? { field, code, params } : { field, code });

/** The parts of a zod issue the mapping reads (zod 4 issue shapes). */
type Issue = { code: string; path: readonly PropertyKey[]; origin?: string; minimum?: number | bigint; maximum?: number | bigint; format?: string };

/** zod issues as field errors with reason codes; `prefix` names the object the paths start in. */
export function fieldErrorsFromIssues(issues: readonly Issue[], prefix = ''): FieldError[] {
  return issues.map((issue) => {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(record)';
    const min = issue.minimum === undefined ? undefined : Number(issue.minimum);
    const max = issue.maximum === undefined ? undefined : Number(issue.maximum);
    switch (issue.code) {
      case 'too_small':
        if (issue.origin === 'string') return min === 1 ? fieldError(field, 'required') : fieldError(field, 'too_short', { min: min ?? 0 });
        if (issue.origin === 'array') return fieldError(field, 'required');
        return fieldError(field, 'out_of_range', { min: min ?? '', max: '' });
      case 'too_big':
        if (issue.origin === 'string') return fieldError(field, 'too_long', { max: max ?? 0 });
        return fieldError(field, 'out_of_range', { min: '', max: max ?? '' });
      case 'invalid_format':
        if (issue.format === 'email') return fieldError(field, 'invalid_email');
        return fieldError(field, field.endsWith('phone') ? 'invalid_phone' : 'invalid_format');
      default:
        return fieldError(field, field.endsWith('phone') ? 'invalid_phone' : 'invalid_value');
    }
  });
}
