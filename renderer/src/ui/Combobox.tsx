import { useId, useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import { useFieldControl } from './Field';

export type ComboboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'list'> & {
  value: string;
  onValueChange(value: string): void;
  /** Suggestions; the user may still type a value that is not among them. */
  options: readonly string[];
  /** Shown at most; the list narrows as the user types. */
  limit?: number;
};

/** Suggestions whose words start with what was typed, best (prefix) first. */
export function suggest(options: readonly string[], typed: string, limit: number): string[] {
  const needle = typed.trim().toLocaleLowerCase();
  if (!needle) return options.slice(0, limit);
  const starts: string[] = [];
  const inside: string[] = [];
  for (const option of options) {
    const hay = option.toLocaleLowerCase();
    if (hay === needle) continue; // already typed in full
    if (hay.startsWith(needle)) starts.push(option);
    else if (hay.includes(needle)) inside.push(option);
    if (starts.length >= limit) break;
  }
  return [...starts, ...inside].slice(0, limit);
}

/**
 * A text input with a list of suggestions (ARIA 1.2 combobox): ↓/↑ move through them, Enter takes one,
 * Escape closes the list and keeps what was typed.
 */
export function Combobox({ value, onValueChange, options, limit = 8, className, onBlur, onKeyDown, ...rest }: ComboboxProps) {
  const control = useFieldControl(rest);
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const shown = open ? suggest(options, value, limit) : [];
  const choose = (option: string) => {
    onValueChange(option);
    setOpen(false);
    setActive(-1);
  };
  const keys = (event: KeyboardEvent<HTMLInputElement>) => {
    onKeyDown?.(event);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return setOpen(true);
      const count = shown.length;
      if (count) setActive((i) => (event.key === 'ArrowDown' ? (i + 1) % count : (i - 1 + count) % count));
    } else if (event.key === 'Enter' && shown.length > 0 && !event.nativeEvent.isComposing) {
      // With the list open, Enter answers the list (takes the highlighted suggestion or keeps the
      // typed text); only the next Enter submits the form.
      event.preventDefault();
      if (active >= 0 && shown[active]) choose(shown[active]);
      else setOpen(false);
    } else if (event.key === 'Escape' && open && shown.length) {
      event.preventDefault();
      event.stopPropagation(); // closes the list, not the dialog around it
      setOpen(false);
    }
  };
  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <div className="combobox">
      <input
        dir="auto"
        {...rest}
        {...control}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown.length > 0}
        aria-controls={listId}
        aria-activedescendant={active >= 0 && shown[active] ? optionId(active) : undefined}
        autoComplete="off"
        className={['input', className].filter(Boolean).join(' ')}
        value={value}
        onChange={(e) => {
          onValueChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={keys}
        onBlur={(e) => {
          onBlur?.(e);
          setOpen(false);
        }}
      />
      <ul id={listId} role="listbox" className="combobox-list" hidden={shown.length === 0}>
        {shown.map((option, i) => (
          <li
            key={option}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className="combobox-option"
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(option);
            }}
          >
            {option}
          </li>
        ))}
      </ul>
    </div>
  );
}
