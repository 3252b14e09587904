import type { ReactNode } from 'react';

/** A change against the previous period, signed, coloured by direction (up is good for every funnel figure). */
export function Delta({ value, format }: { value: number | null; format(value: number): string }) {
  if (value === null) return <span className="muted">—</span>;
  // A sign and a number, the same in every language.
  if (value === 0) return <span className="muted">{'±0'}</span>;
  return <span className={value > 0 ? 'delta-up' : 'delta-down'}>{`${value > 0 ? '+' : '−'}${format(Math.abs(value))}`}</span>;
}

/** A figure that opens the records behind it. */
export function DrillButton({ label, onClick, children }: { label?: string; onClick(): void; children: ReactNode }) {
  return (
    <button type="button" className="link-button figure-button" onClick={onClick} aria-label={label}>
      {children}
    </button>
  );
}

/** A figure table's caption (for screen readers) and column headers; numeric columns are right-aligned. */
export function FigureTableHead({ caption, columns }: { caption: string; columns: readonly (string | { label: string; numeric: true } | false)[] }) {
  return (
    <>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((c, i) =>
            c === false ? null : typeof c === 'string' ? (
              <th key={i} scope="col">
                {c}
              </th>
            ) : (
              <th key={i} scope="col" className="num">
                {c.label}
              </th>
            ),
          )}
        </tr>
      </thead>
    </>
  );
}
