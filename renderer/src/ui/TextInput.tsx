import type { InputHTMLAttributes } from 'react';
import { useFieldControl } from './Field';

export type TextInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> & {
  value: string;
  onValueChange(value: string): void;
  ref?: React.Ref<HTMLInputElement>;
};

/** One line of text. `dir="auto"` so a right-to-left name does not reverse the text around it. */
export function TextInput({ value, onValueChange, className, ...rest }: TextInputProps) {
  const control = useFieldControl(rest);
  return (
    <input
      dir="auto"
      {...rest}
      {...control}
      className={['input', className].filter(Boolean).join(' ')}
      value={value}
      onChange={(e) => onValueChange(e.target.value)}
    />
  );
}
