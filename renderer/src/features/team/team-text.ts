import type { TFunction } from 'i18next';
import type { TeamError } from '@shared/index';
import type { Resources } from '../../i18n/en';

type FieldKey = keyof Resources['team']['field'];

/** Why a team change was refused, in words ("the working day must end after it starts"). */
export function teamReasonText(t: TFunction, error: Pick<TeamError, 'code' | 'params'>): string {
  // Built at run time: i18next's typed keys cannot check a key made from a code against its values.
  const translate = t as unknown as (key: string, options: Record<string, unknown>) => string;
  return translate(`team.reason.${error.code}`, error.params ?? {});
}

/** The field an error belongs to, without its list index (`calendar.holidays.2` → `holidays`). */
export const fieldKeyOf = (field: string): string => field.replace(/^calendar\./, '').replace(/\.\d+$/, '');

/** An error with its field named ("Day ends: the working day must end after it starts"), for lines that stand apart from the field. */
export function teamErrorLine(t: TFunction, error: TeamError): string {
  const key = fieldKeyOf(error.field);
  const name = isFieldKey(key) ? t(`team.field.${key}`) : key;
  return t('fieldError', { field: name, message: teamReasonText(t, error) });
}

const fieldKeys: readonly FieldKey[] = [
  'member',
  'name',
  'email',
  'role',
  'territory',
  'capacity',
  'quota',
  'admin',
  'active',
  'timeZone',
  'workingDays',
  'startHour',
  'endHour',
  'holidays',
];
const isFieldKey = (key: string): key is FieldKey => (fieldKeys as readonly string[]).includes(key);

/** Errors by their exact field path, each already in words, for the form to show beside its inputs. */
export function errorsByField(t: TFunction, errors: readonly TeamError[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const error of errors) out[error.field] = out[error.field] ? `${out[error.field]}; ${teamReasonText(t, error)}` : teamReasonText(t, error);
  return out;
}
