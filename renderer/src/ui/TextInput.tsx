import type { InputHTMLAttributes } from 'react';
import { useFieldControl } from './Field';
import { useMissingMessage } from './use-validity';

export type TextInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> & {
  value: string;
  onValueChange(value: string): void;
  ref?: React.Ref<HTMLInputElement>;
};

/** One line of text. `dir="auto"` so a right-to-left name does not reverse the text around it. */
export function TextInput({ value, onValueChange, className, ref, ...rest }: TextInputProps) {
  const control = useFieldControl(rest);
  const missing = useMissingMessage(rest.required, value.trim() === '');
  return (
    <input
      dir="auto"
      {...rest}
      {...control}
      // A new callback when the message changes: React calls it again with the element, which takes the message.
      ref={(node) => {
        node?.setCustomValidity(missing ?? '');
        if (typeof ref === 'function') ref(node);
        else if (ref) ref.current = node;
      }}
      className={['input', className].filter(Boolean).join(' ')}
      value={value}
      onChange={(e) => onValueChange(e.target.value)}
    />
  );
}
