import type { TFunction } from 'i18next';
import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from './format';
import { useCheckedInput, useMissingMessage } from './use-validity';

export type NumberInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'type' | 'min' | 'max' | 'step'> & {
  /** The text as typed: '' is "no value", which the caller may allow or not. */
  value: string;
  onValueChange(value: string): void;
  min?: number;
  max?: number;
  /** Whole numbers only when 1 (the default); 'any' for amounts with cents. */
  step?: number | 'any';
  /** Told what is refused (in words) each time it changes, null once the text is accepted: for forms that say it as it is typed. */
  onProblem?(problem: string | null): void;
};

/** Why a typed number is not accepted, in words; null when it is (or is empty). */
export function numberInputProblem(
  text: string,
  { min, max, step = 1 }: Pick<NumberInputProps, 'min' | 'max' | 'step'>,
  t: TFunction,
  language: string,
): string | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  if (!Number.isFinite(value)) return t('input.notNumber');
  const range = { min: min === undefined ? '' : formatNumber(min, language), max: max === undefined ? '' : formatNumber(max, language) };
  if ((min !== undefined && value < min) || (max !== undefined && value > max))
    return min !== undefined && max !== undefined ? t('input.between', range) : min !== undefined ? t('input.atLeast', range) : t('input.atMost', range);
  if (step === 1 && !Number.isInteger(value)) return t('input.wholeNumber');
  return null;
}

/**
 * A number with the range its hint promises: every value in [min, max] on the step is accepted (BANT
 * "0–100" takes 67), anything else is refused at the input with a message in the user's language.
 */
export function NumberInput({ value, onValueChange, min, max, step = 1, className, onProblem, ...rest }: NumberInputProps) {
  const { t, i18n } = useTranslation();
  // Text the browser cannot read as a number ("1e", "--") reaches us as '': its own validity says so.
  const [unreadable, setUnreadable] = useState(false);
  const problem = unreadable ? t('input.notNumber') : numberInputProblem(value, { min, max, step }, t, i18n.language);
  const checked = useCheckedInput(rest, problem, useMissingMessage(rest.required, value === ''));
  const report = useRef(onProblem);
  useEffect(() => {
    report.current = onProblem;
  });
  useEffect(() => report.current?.(problem), [problem]);
  return (
    <input
      {...rest}
      {...checked}
      type="number"
      inputMode={step === 1 ? 'numeric' : 'decimal'}
      min={min}
      max={max}
      step={step}
      className={['input', 'input-number', className].filter(Boolean).join(' ')}
      value={value}
      onChange={(e) => {
        setUnreadable(e.target.validity.badInput);
        onValueChange(e.target.value);
      }}
    />
  );
}
