import { AlarmClock, CircleAlert } from 'lucide-react';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { daysInStage, dealHealth, dealIdleDays } from '@shared/index';
import type { Deal, PipelineStage } from '@shared/model';
import { formatCurrency, formatDate, initials } from '../../ui';
import type { NextTask } from '../../workspace-api';

export type DealCardProps = {
  deal: Deal;
  stage: PipelineStage | undefined;
  company: string | null;
  owner: string | null;
  nextTask: NextTask | undefined;
  now: number;
  timeZone: string;
  /** Offered on a stalled deal: recycle its contact. */
  onRecycle?(): void;
  /** The drag handle's props (the whole card), when the card is draggable. */
  handle?: Record<string, unknown>;
  onOpen?(): void;
  dragging?: boolean;
  extra?: ReactNode;
};

/** One deal on the board: what a seller scans for — amount, company, owner, close date, age, rot, next step. */
export function DealCard({ deal, stage, company, owner, nextTask, now, timeZone, onRecycle, handle, onOpen, dragging }: DealCardProps) {
  const { t, i18n } = useTranslation();
  const health = dealHealth(deal, stage, now);
  const days = daysInStage(deal, now);
  const handleKeys = handle?.['onKeyDown'] as ((e: KeyboardEvent) => void) | undefined;
  return (
    <>
      <article
        className={`deal-card${health !== 'fresh' ? ` is-${health}` : ''}${dragging ? ' is-dragging' : ''}`}
        data-deal-id={deal.id}
        {...handle}
        onKeyDown={(e) => {
          // Enter opens the deal; Space (and the arrows, while moving) belong to the drag.
          if (e.key === 'Enter' && onOpen && !e.defaultPrevented) {
            e.preventDefault();
            onOpen();
            return;
          }
          handleKeys?.(e);
        }}
        onClick={onOpen}
      >
        <div className="deal-card-top">
          <bdi className="deal-title" title={deal.title}>
            {deal.title}
          </bdi>
          <span className="deal-amount">
            {deal.amount === null ? <span className="muted">{t('board.noAmount')}</span> : formatCurrency(deal.amount, deal.currency, i18n.language, true)}
          </span>
        </div>
        <div className="deal-card-line muted">
          <bdi className="deal-company">{company ?? '—'}</bdi>
          {owner && (
            <span className="owner-initials" title={owner} aria-label={owner}>
              {initials(owner)}
            </span>
          )}
        </div>
        <div className="deal-card-line muted">
          <span>{deal.expectedCloseDate !== null ? t('board.closes', { date: formatDate(deal.expectedCloseDate, i18n.language, timeZone) }) : '—'}</span>
          <span>{t('board.daysInStage', { count: days })}</span>
        </div>
        {(health !== 'fresh' || nextTask) && (
          <div className="deal-card-line">
            {health !== 'fresh' && (
              <span
                className={`badge ${health === 'stalled' ? 'badge-danger' : 'badge-warning'}`}
                title={t('board.rottingTip', { days: Math.floor(dealIdleDays(deal, now)), limit: stage?.rottingDays ?? 0 })}
              >
                <CircleAlert size={11} aria-hidden /> {health === 'stalled' ? t('board.stalled') : t('board.rotting')}
              </span>
            )}
            {nextTask && (
              <span className="deal-next muted" title={nextTask.title}>
                <AlarmClock size={11} aria-hidden /> {t('board.next', { task: nextTask.title })}
              </span>
            )}
          </div>
        )}
      </article>
      {/* Beside the card, not inside it: a button inside the draggable card would nest one control in another. */}
      {health === 'stalled' && onRecycle && (
        <button type="button" className="link-button deal-recycle" onClick={onRecycle} aria-label={`${t('board.recycleStalled')}: ${deal.title}`}>
          {t('board.recycleStalled')}
        </button>
      )}
    </>
  );
}
