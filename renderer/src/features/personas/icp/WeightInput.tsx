import { useState } from 'react';
import { NumberInput, type NumberInputProps } from '../../../ui';

export type WeightInputProps = Omit<NumberInputProps, 'value' | 'onValueChange'> & {
  value: number | null;
  /** Empty text is null when `nullable`, otherwise NaN (which validation names). */
  onNumberChange(value: number | null): void;
  nullable?: boolean;
};

const text = (value: number | null) => (value === null || Number.isNaN(value) ? '' : String(value));

/** A number of the draft edited as typed: each keystroke updates the draft (the preview follows), a value changed elsewhere replaces the text. */
export function WeightInput({ value, onNumberChange, nullable = false, step = 'any', ...rest }: WeightInputProps) {
  const [typed, setTyped] = useState(() => text(value));
  const [seen, setSeen] = useState<number | null>(value);
  if (!Object.is(seen, value)) {
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
