import type { TFunction } from 'i18next';
import { en, type Resources } from './en';
import type { FieldError } from '../workspace-api';

/**
 * A field's name in words ("e-mail", "이메일"); a custom field keeps its own name. The resource is
 * the list of named fields (resource keys cannot hold a dot: `bant.budget` is `bant_budget`).
 */
export function fieldName(t: TFunction, field: string): string {
  const key = field.replace('.', '_');
  if (Object.hasOwn(en.field, key)) return t(`field.${key as keyof Resources['field']}`);
  return field.replace(/^(company\.)?customFields\./, '');
}

/** Why a value was refused, in words ("not an e-mail address"). */
export function reasonText(t: TFunction, error: Pick<FieldError, 'code' | 'params'>): string {
  // The key is built at run time: i18next's typed keys cannot check it against its interpolation values.
  const translate = t as unknown as (key: string, options: Record<string, unknown>) => string;
  return translate(`reason.${error.code}`, error.params ?? {});
}

/** One refused field in words: its name and why ("E-mail: not an e-mail address"). */
export function describeFieldError(t: TFunction, error: FieldError): string {
  return t('fieldError', { field: fieldName(t, error.field), message: reasonText(t, error) });
}

/** Validation errors as one line naming each field. */
export function fieldErrorsText(t: TFunction, errors: readonly FieldError[]): string {
  return errors.map((e) => describeFieldError(t, e)).join('; ');
}
