import { useVirtualizer } from '@tanstack/react-virtual';
import { ArrowDown, ArrowUp } from 'lucide-react';
import { Fragment, useEffect, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeadRow, LeadSort } from '@shared/index';
import { columnLabel, columnWidths, specFor, type CellContext } from './lead-columns';
import { useLeads, type LeadColumn } from './leads-store';

export type LeadsTableProps = {
  rows: LeadRow[];
  columns: LeadColumn[];
  sort: LeadSort;
  onSort(sort: LeadSort): void;
  onOpen(id: string): void;
  cell: CellContext;
  /** A column only some queues have (e.g. the one missing item of an almost-qualified lead, fixable in place). */
  extra?: { header: string; width: string; render(row: LeadRow): ReactNode };
  /** The grid element, so the search box can hand the focus over (↓ or Enter). */
  ref?: Ref<HTMLDivElement>;
  /** A contact whose record was just closed: its row becomes active and the grid takes the focus back. */
  returnTo?: string | null;
};

const ROW_HEIGHT = 36;

/** Contacts as a virtualized grid: only rows on screen are in the DOM, so 100k rows scroll like 100. Arrows, Page Up/Down, Home and End move, Enter opens, Space or X selects. */
export function LeadsTable({ rows, columns, sort, onSort, onOpen, cell, extra, ref, returnTo }: LeadsTableProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  // We do not run React Compiler; TanStack Virtual is used as its docs show.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  useEffect(() => setActive((a) => Math.min(a, Math.max(0, rows.length - 1))), [rows.length]);
  const gridRef = useRef<HTMLDivElement>(null);
  const returned = useRef<string | null>(null);
  useEffect(() => {
    if (!returnTo || returned.current === returnTo) return;
    const index = rows.findIndex((r) => r.id === returnTo);
    if (index < 0) return; // not loaded yet, or no longer in this list
    returned.current = returnTo;
    setActive(index);
    virtualizer.scrollToIndex(index, { align: 'center' });
    gridRef.current?.focus({ preventScroll: true });
  }, [returnTo, rows, virtualizer]);
  const { selected, toggleSelected, setSelected } = useLeads();
  // The extra column sits right after the name (always the first column), where the eye already is.
  const widths = columnWidths(columns);
  const parts = ['28px', widths[0]!, ...(extra ? [extra.width] : []), ...widths.slice(1)];
  const template = parts.join(' ');
  // Narrow windows scroll sideways rather than squeezing columns below their minimum.
  const minWidth = parts.reduce((sum, w) => sum + Number(/(\d+)px/.exec(w)?.[1] ?? 0), 0) + parts.length * 12 + 24;
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target !== event.currentTarget) return; // a checkbox or a fix-in-place control has the key
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + 20,
      PageUp: active - 20,
      Home: 0,
      End: rows.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      const next = Math.max(0, Math.min(rows.length - 1, target));
      setActive(next);
      virtualizer.scrollToIndex(next);
    } else if (event.key === 'Enter' && rows[active]) {
      onOpen(rows[active]!.id);
    } else if ((event.key === ' ' || event.key.toLowerCase() === 'x') && rows[active]) {
      event.preventDefault();
      toggleSelected(rows[active]!.id);
    }
  };
  const toggleSort = (column: LeadSort['column']) =>
    onSort({
      column,
      direction:
        sort.column === column && sort.direction === 'desc'
          ? 'asc'
          : sort.column === column
            ? 'desc'
            : specFor(columns.find((c) => specFor(c).sort === column)!).numeric
              ? 'desc'
              : 'asc',
    });
  return (
    // The grid holds focus and names the active row (aria-activedescendant); arrows move it, Enter opens.
    <div
      className="leads-table"
      ref={(node) => {
        gridRef.current = node;
        if (typeof ref === 'function') ref(node);
        else if (ref) ref.current = node;
      }}
      role="grid"
      aria-rowcount={rows.length + 1}
      aria-label={t('leads.title')}
      tabIndex={0}
      data-testid="leads-grid"
      onKeyDown={onKeyDown}
      aria-activedescendant={rows[active] ? `lead-${rows[active]!.id}` : undefined}
    >
      <div className="leads-row leads-header" role="row" aria-rowindex={1} style={{ gridTemplateColumns: template, minWidth }}>
        <span role="columnheader">
          <input
            type="checkbox"
            checked={allSelected}
            onChange={() => setSelected(allSelected ? [] : rows.map((r) => r.id))}
            aria-label={t('bulk.selectAll')}
          />
        </span>
        {columns.map((c, i) => {
          const spec = specFor(c);
          const sorted = spec.sort !== null && sort.column === spec.sort;
          return (
            <Fragment key={c}>
              <span
                role="columnheader"
                className={spec.numeric ? 'num' : undefined}
                aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                {spec.sort ? (
                  <button type="button" className="header-sort" onClick={() => toggleSort(spec.sort!)}>
                    {columnLabel(t, c)}
                    {sorted && (sort.direction === 'asc' ? <ArrowUp size={12} aria-hidden /> : <ArrowDown size={12} aria-hidden />)}
                  </button>
                ) : (
                  columnLabel(t, c)
                )}
              </span>
              {i === 0 && extra && <span role="columnheader">{extra.header}</span>}
            </Fragment>
          );
        })}
      </div>
      <div ref={scrollRef} className="leads-scroll" role="rowgroup" data-testid="leads-scroll">
        <div role="presentation" style={{ height: virtualizer.getTotalSize(), position: 'relative', minWidth }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return (
              <div
                key={row.id}
                id={`lead-${row.id}`}
                className={`leads-row${item.index === active ? ' is-active' : ''}`}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={item.index === active}
                data-contact-id={row.id}
                onClick={() => {
                  setActive(item.index);
                  onOpen(row.id);
                }}
                style={{
                  gridTemplateColumns: template,
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                }}
              >
                <span role="gridcell" onClick={(e) => e.stopPropagation()}>
                  <input
                    type="checkbox"
                    checked={selected.has(row.id)}
                    onChange={() => toggleSelected(row.id)}
                    aria-label={t('bulk.select', { name: row.name })}
                  />
                </span>
                {columns.map((c, i) => (
                  <Fragment key={c}>
                    <span role="gridcell" className={specFor(c).numeric ? 'num' : undefined}>
                      {specFor(c).render(row, cell)}
                    </span>
                    {i === 0 && extra && (
                      <span role="gridcell" className="cell-extra">
                        {extra.render(row)}
                      </span>
                    )}
                  </Fragment>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
