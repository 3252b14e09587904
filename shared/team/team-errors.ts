/**
 * Why a team change was refused, as a code the Team screen puts into words next to the field it
 * names. Kept apart from the record reason codes: these are the team's own rules.
 */
export const teamReasonCodes = [
  'required',
  'too_long',
  'invalid_email',
  'duplicate_email',
  'not_whole_number',
  'out_of_range',
  'unknown_role',
  'unknown_time_zone',
  'no_working_days',
  'invalid_working_day',
  'duplicate_working_day',
  'hour_out_of_range',
  'start_not_before_end',
  'invalid_holiday',
  'duplicate_holiday',
  'admin_only',
  'last_admin',
  'not_found',
  'already_inactive',
  'changed_since',
] as const;
export type TeamReasonCode = (typeof teamReasonCodes)[number];

/** One refused field of a team change: a dotted path (`calendar.holidays.2`), a code and the values involved. */
export type TeamError = { field: string; code: TeamReasonCode; params?: Record<string, string | number> };

export const teamError = (field: string, code: TeamReasonCode, params?: TeamError['params']): TeamError => (params ? { field, code, params } : { field, code });

export type TeamResult<T> = { ok: true; value: T } | { ok: false; errors: TeamError[] };
