import type { TFunction } from 'i18next';
import type { InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { dayToEpoch, formatDate } from './format';
import { useCheckedInput, useMissingMessage } from './use-validity';

/** Dates a lead process plausibly uses: no year 9999 typed by a slipped key, no 1900 default. */
export const dateRange = { min: '2000-01-01', max: '2099-12-31' } as const;

export type DateInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'type' | 'min' | 'max'> & {
  /** yyyy-MM-dd, or '' for none. */
  value: string;
  onValueChange(value: string): void;
  min?: string;
  max?: string;
};

/** Why a typed date is refused, in words; null when it is fine or empty. */
export function dateInputProblem(value: string, min: string, max: string, t: TFunction, language = 'en') {
  if (value === '') return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return t('input.notDate');
  const day = (iso: string) => formatDate(dayToEpoch(iso)!, language, 'UTC');
  return value < min || value > max ? t('input.dateBetween', { min: day(min), max: day(max) }) : null;
}

/** A calendar date inside a sane range; out-of-range dates are refused at the input in the user's language. */
export function DateInput({ value, onValueChange, min = dateRange.min, max = dateRange.max, className, ...rest }: DateInputProps) {
  const { t, i18n } = useTranslation();
  const problem = dateInputProblem(value, min, max, t, i18n.language);
  const checked = useCheckedInput(rest, problem, useMissingMessage(rest.required, value === ''));
  return (
    <input
      {...rest}
      {...checked}
      type="date"
      min={min}
      max={max}
      className={['input', 'input-date', className].filter(Boolean).join(' ')}
      value={value}
      onChange={(e) => onValueChange(e.target.value)}
    />
  );
}
