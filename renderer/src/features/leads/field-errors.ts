import type { TFunction } from 'i18next';
import type { FieldError } from '../../workspace-api';

/** Validation errors as one line naming each field ("email: Invalid email address; title: …"). */
export function fieldErrorsText(t: TFunction, errors: readonly FieldError[]): string {
  return errors.map((e) => t('fieldError', { field: e.field, message: e.message })).join('; ');
}
