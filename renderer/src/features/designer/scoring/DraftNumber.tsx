import { useState } from 'react';
import { NumberInput, type NumberInputProps } from '../../../ui';

export type DraftNumberProps = Omit<NumberInputProps, 'value' | 'onValueChange'> & {
  value: number | null;
  /** Empty text is `null` when the value may be left out, otherwise NaN (which validation names). */
  onNumberChange(value: number | null): void;
  nullable?: boolean;
};

const text = (value: number | null) => (value === null || Number.isNaN(value) ? '' : String(Number(value.toPrecision(12))));

/**
 * A NumberInput bound to a number of the draft: every keystroke updates the draft (so the test bench
 * follows at once) while the text stays as typed; a value changed elsewhere (a reset) replaces it.
 */
export function DraftNumber({ value, onNumberChange, nullable = false, step = 'any', ...rest }: DraftNumberProps) {
  const [typed, setTyped] = useState(() => text(value));
  const [seen, setSeen] = useState<number | null>(value);
  // A value scaled for display (a share as a percentage) may come back a rounding error away from what was typed.
  const same = Object.is(seen, value) || (seen !== null && value !== null && Math.abs(seen - value) < 1e-9);
  if (!same) {
    setSeen(value);
    setTyped(text(value));
  }
  return (
    <NumberInput
      {...rest}
      step={step}
      value={typed}
      onValueChange={(next) => {
        const parsed = next.trim() === '' ? (nullable ? null : Number.NaN) : Number(next);
        setTyped(next);
        setSeen(parsed);
        onNumberChange(parsed);
      }}
    />
  );
}
