import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export type TabItem<T extends string> = { id: T; label: ReactNode; badge?: ReactNode };

export type TabsProps<T extends string> = {
  label: string;
  items: readonly TabItem<T>[];
  value: T;
  onChange(value: T): void;
  /** The id of the panel the tabs control. */
  panelId: string;
  /** Prefix of the tab ids, so the panel can be labelled by the active tab. */
  idPrefix: string;
  className?: string;
};

/** The id of a tab, for the panel's aria-labelledby. */
export const tabId = (idPrefix: string, id: string) => `${idPrefix}-tab-${id}`;

/**
 * One tab stop for the whole row (roving tabindex): arrows, Home and End move between tabs and select
 * them, as the ARIA tabs pattern with automatic activation asks.
 */
export function Tabs<T extends string>({ label, items, value, onChange, panelId, idPrefix, className }: TabsProps<T>) {
  const list = useRef<HTMLDivElement>(null);
  const move = (event: KeyboardEvent) => {
    const index = items.findIndex((i) => i.id === value);
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % items.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + items.length) % items.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? items.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    onChange(items[next]!.id);
    document.getElementById(tabId(idPrefix, items[next]!.id))?.focus();
  };
  return (
    <div ref={list} className={['tabs', className].filter(Boolean).join(' ')} role="tablist" aria-label={label} onKeyDown={move}>
      {items.map((item) => (
        <button
          key={item.id}
          id={tabId(idPrefix, item.id)}
          type="button"
          role="tab"
          className="tab"
          aria-selected={item.id === value}
          aria-controls={panelId}
          tabIndex={item.id === value ? 0 : -1}
          onClick={() => onChange(item.id)}
        >
          {item.label}
          {item.badge}
        </button>
      ))}
    </div>
  );
}
