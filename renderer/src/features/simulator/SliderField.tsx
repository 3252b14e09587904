import { useId, useState } from 'react';
import { NumberInput } from '../../ui';

export type SliderFieldProps = {
  label: string;
  /** What the number means, read with it by screen readers ("45 %", "₩30,000,000"). */
  valueText: string;
  value: number;
  min: number;
  max: number;
  step: number;
  /** The number box's own step ('any' for decimals); it may go past the slider's max up to `inputMax`. */
  inputStep?: number | 'any';
  inputMax?: number;
  unit?: string;
  onChange(value: number): void;
  testId?: string;
};

/**
 * A labelled range input with its number beside it, shown and editable: the slider for a quick
 * drag, the box for an exact figure (checked against its range in the user's language).
 */
export function SliderField({ label, valueText, value, min, max, step, inputStep = step, inputMax = max, unit, onChange, testId }: SliderFieldProps) {
  const id = useId();
  // What the user typed, for the value it was typed at: the box follows the slider (and a reset) otherwise.
  const [typed, setTyped] = useState<{ text: string; at: number } | null>(null);
  const text = typed && typed.at === value ? typed.text : String(value);
  return (
    <div className="slider-field" data-testid={testId}>
      <div className="slider-field-head">
        <label htmlFor={`${id}-range`}>{label}</label>
        <span className="slider-field-value">
          <NumberInput
            aria-label={label}
            value={text}
            min={min}
            max={inputMax}
            step={inputStep}
            onValueChange={(next) => {
              const n = Number(next);
              const accepted = next.trim() !== '' && Number.isFinite(n) && n >= min && n <= inputMax;
              setTyped({ text: next, at: accepted ? n : value });
              if (accepted) onChange(n);
            }}
          />
          {unit && (
            <span className="slider-field-unit" aria-hidden>
              {unit}
            </span>
          )}
        </span>
      </div>
      <input
        id={`${id}-range`}
        type="range"
        min={min}
        max={Math.max(max, value)}
        step={step}
        value={value}
        aria-valuetext={valueText}
        onChange={(e) => onChange(Number(e.target.value))}
      />
    </div>
  );
}
