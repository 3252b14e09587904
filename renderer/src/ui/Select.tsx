import type { ReactNode, SelectHTMLAttributes } from 'react';
import { useFieldControl } from './Field';
import { useMissingMessage, useValidity } from './use-validity';

export type SelectOption = { value: string; label: string; disabled?: boolean };

export type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> & {
  value: string;
  onValueChange(value: string): void;
  /** The options, or children for groups and custom labels. */
  options?: readonly SelectOption[];
  /** A first option with the empty value ("Any stage", "Choose…"). */
  placeholder?: string;
  children?: ReactNode;
};

/** The platform's select (keyboard and screen readers for free), styled and wired to its Field. */
export function Select({ value, onValueChange, options, placeholder, children, className, ...rest }: SelectProps) {
  const control = useFieldControl(rest);
  const ref = useValidity<HTMLSelectElement>(useMissingMessage(rest.required, value === ''));
  return (
    <select
      {...rest}
      {...control}
      ref={ref}
      className={['input', 'select', className].filter(Boolean).join(' ')}
      value={value}
      onChange={(e) => onValueChange(e.target.value)}
    >
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {options?.map((o) => (
        <option key={o.value} value={o.value} disabled={o.disabled}>
          {o.label}
        </option>
      ))}
      {children}
    </select>
  );
}
