import type { TextareaHTMLAttributes } from 'react';
import { useFieldControl } from '../../ui';

type NoteInputProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> & { value: string; onValueChange(value: string): void };

/** A multi-line text field wired to its Field (label, hint) like the kit's inputs. */
export function NoteInput({ value, onValueChange, ...rest }: NoteInputProps) {
  const control = useFieldControl(rest);
  return <textarea {...rest} {...control} className="input textarea designs-note" value={value} onChange={(e) => onValueChange(e.target.value)} />;
}
