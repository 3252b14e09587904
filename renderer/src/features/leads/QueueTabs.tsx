import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../ui';
import { queueIds, type QueueId } from './lead-views';

export type QueueTabsProps = { active: QueueId; counts: Partial<Record<QueueId, number>>; onChange(queue: QueueId): void };

/** The seller's queues as tabs with their counts. */
export function QueueTabs({ active, counts, onChange }: QueueTabsProps) {
  const { t, i18n } = useTranslation();
  return (
    <div className="queue-tabs" role="tablist" aria-label={t('leads.title')}>
      {queueIds.map((id) => (
        <button key={id} type="button" role="tab" aria-selected={active === id} className="queue-tab" onClick={() => onChange(id)}>
          {t(`queue.${id}`)}
          {counts[id] !== undefined && <span className="queue-count">{formatNumber(counts[id]!, i18n.language)}</span>}
        </button>
      ))}
    </div>
  );
}
