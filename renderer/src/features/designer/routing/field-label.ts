import type { TFunction } from 'i18next';
import { en } from '../../../i18n/en';

type FieldKey = keyof (typeof en)['designRules']['fields'];

/** A condition field in words ("employee count"); a custom or unknown path stays as typed. */
export function fieldLabel(t: TFunction, field: string): string {
  const key = field.replace('.', '_');
  if (Object.hasOwn(en.designRules.fields, key)) return t(`designRules.fields.${key as FieldKey}`);
  return field.replace(/^(company\.)?customFields\./, '');
}
