import { useDraggable, useDroppable } from '@dnd-kit/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardColumn as Column } from '@shared/index';
import type { Deal } from '@shared/model';
import { Popover, formatCurrency } from '../../ui';

const CARD_HEIGHT = 108;

export type BoardColumnProps = {
  column: Column;
  currency: string;
  /** Set on the stage where the whole pipeline's deals pile up: the figure in words. */
  bottleneck: string | null;
  activeId: string | null;
  renderCard(deal: Deal, handle: Record<string, unknown>, dragging: boolean): ReactNode;
  /** Changes when what cards show besides their deal changes; only compared, so the memoized column re-renders. */
  cardInputs: object;
};

/** Totals in the workspace currency first; other currencies are counted, never added to it. */
function headerTotals(column: Column, currency: string) {
  const own = column.totals[currency] ?? { amount: 0, weighted: 0 };
  const others = Object.keys(column.totals).filter((c) => c !== currency).length;
  return { own, others };
}

/** One stage: a drop target whose cards are virtualized, so a column of 5,000 deals renders a screenful. */
export const BoardColumn = memo(function BoardColumn({ column, currency, bottleneck, activeId, renderCard }: BoardColumnProps) {
  const { t, i18n } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: column.stage.id, data: { stage: column.stage } });
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual used as its docs show; we do not run React Compiler
  const virtualizer = useVirtualizer({ count: column.deals.length, getScrollElement: () => scrollRef.current, estimateSize: () => CARD_HEIGHT, overscan: 6 });
  const { own, others } = headerTotals(column, currency);
  const headingId = `column-${column.stage.id}`;
  return (
    <section
      ref={setNodeRef}
      className={`board-column${isOver ? ' is-over' : ''}${bottleneck !== null ? ' is-bottleneck' : ''}`}
      aria-labelledby={headingId}
      data-stage-id={column.stage.id}
    >
      <header className="board-column-header">
        <h2 id={headingId}>
          <bdi>{column.stage.name}</bdi>
        </h2>
        {bottleneck !== null && (
          // A button, so the figure is one click or key away — a title tooltip shows to nobody on a keyboard or a touch screen.
          <Popover
            label={t('board.bottleneck')}
            trigger={
              <button type="button" className="badge badge-warning badge-button" aria-label={`${t('board.bottleneck')}: ${bottleneck}`}>
                {t('board.bottleneck')}
              </button>
            }
          >
            <p className="bottleneck-figure">{bottleneck}</p>
          </Popover>
        )}
        <p className="board-column-figures" data-testid={`totals-${column.stage.id}`}>
          <span className="board-count">{t('board.deals', { count: column.count })}</span>
          <span className="board-amount">{formatCurrency(own.amount, currency, i18n.language, true)}</span>
          <span className="muted">{t('board.weighted', { amount: formatCurrency(own.weighted, currency, i18n.language, true) })}</span>
          {others > 0 && <span className="muted">{t('board.otherCurrencies', { count: others })}</span>}
        </p>
      </header>
      <div ref={scrollRef} className="board-column-scroll" role="list" aria-labelledby={headingId}>
        {column.deals.length === 0 && <p className="board-column-empty muted">{t('board.emptyColumn')}</p>}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const deal = column.deals[item.index]!;
            return (
              <div
                key={deal.id}
                role="listitem"
                className="board-card-slot"
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: CARD_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                <DraggableCard deal={deal} dragging={activeId === deal.id} render={renderCard} />
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
});

function DraggableCard({ deal, dragging, render }: { deal: Deal; dragging: boolean; render: BoardColumnProps['renderCard'] }) {
  const { attributes, listeners, setNodeRef } = useDraggable({ id: deal.id, data: { deal } });
  return <div ref={setNodeRef}>{render(deal, { ...attributes, ...listeners }, dragging)}</div>;
}

export type OutcomeZoneProps = { id: string; label: string; name: string; outcome: 'won' | 'lost' };

/** Won and Lost at the end of the board: dropping a deal here closes it (Lost asks why). */
export function OutcomeZone({ id, label, name, outcome }: OutcomeZoneProps) {
  const { setNodeRef, isOver } = useDroppable({ id, data: { outcome } });
  return (
    <section ref={setNodeRef} className={`board-outcome is-${outcome}${isOver ? ' is-over' : ''}`} aria-label={name} data-stage-id={id}>
      <h2>
        <bdi>{name}</bdi>
      </h2>
      <p className="muted">{label}</p>
    </section>
  );
}
