import type { TextareaHTMLAttributes } from 'react';
import { useFieldControl } from '../../ui';

export type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> & { value: string; onValueChange(value: string): void };

/** Several lines of text, wired to its Field like the kit's inputs. */
export function TextArea({ value, onValueChange, className, ...rest }: TextAreaProps) {
  const control = useFieldControl(rest);
  return (
    <textarea
      dir="auto"
      {...rest}
      {...control}
      className={['input', 'textarea', className].filter(Boolean).join(' ')}
      value={value}
      onChange={(e) => onValueChange(e.target.value)}
    />
  );
}
