import { useTranslation } from 'react-i18next';
import { formatNumber, Tabs } from '../../ui';
import { queueIds, type QueueId } from './lead-views';

export type QueueTabsProps = { active: QueueId; counts: Partial<Record<QueueId, number>>; onChange(queue: QueueId): void; panelId: string };

/** The seller's queues as tabs with their counts: one tab stop, arrows move between queues. */
export function QueueTabs({ active, counts, onChange, panelId }: QueueTabsProps) {
  const { t, i18n } = useTranslation();
  return (
    <Tabs
      label={t('leads.queues')}
      idPrefix="queue"
      panelId={panelId}
      className="queue-tabs"
      value={active}
      onChange={onChange}
      items={queueIds.map((id) => ({
        id,
        label: t(`queue.${id}`),
        badge: counts[id] !== undefined ? <span className="queue-count">{formatNumber(counts[id]!, i18n.language)}</span> : undefined,
      }))}
    />
  );
}
