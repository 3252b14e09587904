import type { TFunction } from 'i18next';
import type { Resources } from '../../i18n/en';
import type { FieldError } from '../../workspace-api';

const knownFields = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'jobTitle',
  'source',
  'companyName',
  'title',
  'amount',
  'currency',
  'expectedCloseDate',
  'stageId',
  'bant.budget',
  'bant.authority',
  'bant.need',
  'bant.timeframe',
  'consent.source',
  'lostReason',
  'name',
  'contactId',
  'personaId',
  'dealId',
  'status',
  'dueAt',
] as const;

/** A field's name in words ("e-mail", "이메일"); a custom field keeps its own name. */
export function fieldName(t: TFunction, field: string): string {
  // Resource keys cannot hold a dot, so `bant.budget` is looked up as `bant_budget`.
  if ((knownFields as readonly string[]).includes(field)) return t(`field.${field.replace('.', '_') as keyof Resources['field']}`);
  return field.replace(/^(company\.)?customFields\./, '');
}

/** One refused field in words: its name and why ("E-mail: not an e-mail address"). */
export function describeFieldError(t: TFunction, error: FieldError): string {
  return t('fieldError', { field: fieldName(t, error.field), message: t(`reason.${error.code}`, error.params ?? {}) });
}

/** Validation errors as one line naming each field. */
export function fieldErrorsText(t: TFunction, errors: readonly FieldError[]): string {
  return errors.map((e) => describeFieldError(t, e)).join('; ');
}
