import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberInput, useFieldProblemReport, type NumberInputProps } from '../../../ui';

export type DraftNumberProps = Omit<NumberInputProps, 'value' | 'onValueChange' | 'onProblem'> & {
  value: number | null;
  /** Empty text is `null` when the value may be left out, otherwise NaN (which validation names). */
  onNumberChange(value: number | null): void;
  nullable?: boolean;
};

const text = (value: number | null) => (value === null || Number.isNaN(value) ? '' : String(Number(value.toPrecision(12))));

/**
 * A NumberInput bound to a number of the draft: every keystroke updates the draft (so the test bench
 * follows at once) while the text stays as typed; a value changed elsewhere (a reset) replaces it.
 * What it refuses (not a number, off its range, left empty where a number is needed) is said at once,
 * under the field and named by its label — not only when Save is pressed.
 */
export function DraftNumber({ value, onNumberChange, nullable = false, step = 'any', ...rest }: DraftNumberProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(() => text(value));
  const [seen, setSeen] = useState<number | null>(value);
  const [inputProblem, setInputProblem] = useState<string | null>(null);
  const report = useFieldProblemReport();
  const ownId = useId();
  // A value scaled for display (a share as a percentage) may come back a rounding error away from what was typed.
  const same = Object.is(seen, value) || (seen !== null && value !== null && Math.abs(seen - value) < 1e-9);
  if (!same) {
    setSeen(value);
    setTyped(text(value));
  }
  const problem = inputProblem ?? (!nullable && typed.trim() === '' ? t('input.required') : null);
  useEffect(() => {
    report?.(problem);
  }, [report, problem]);
  useEffect(() => () => report?.(null), [report]);
  // Outside a Field (a weight beside a member's name) the message sits under the input, named by its label.
  const own = !report && problem ? `${rest['aria-label'] ? `${rest['aria-label']}: ` : ''}${problem}` : null;
  return (
    <>
      <NumberInput
        {...rest}
        step={step}
        value={typed}
        onProblem={setInputProblem}
        aria-describedby={[rest['aria-describedby'], own ? ownId : null].filter(Boolean).join(' ') || undefined}
        aria-invalid={rest['aria-invalid'] ?? (problem ? true : undefined)}
        onValueChange={(next) => {
          const parsed = next.trim() === '' ? (nullable ? null : Number.NaN) : Number(next);
          setTyped(next);
          setSeen(parsed);
          onNumberChange(parsed);
        }}
      />
      {own && (
        <span id={ownId} className="error-text">
          {own}
        </span>
      )}
    </>
  );
}
