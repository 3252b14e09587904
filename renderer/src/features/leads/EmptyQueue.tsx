import { CheckCircle2, SearchX } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button, EmptyState } from '../../ui';
import type { QueueId } from './lead-views';

export type EmptyQueueProps = { queue: QueueId; filtered: boolean; onClear(): void };

/**
 * An empty queue says why it is empty and what to do: a search or filter hides everything (clear it),
 * or the queue itself has nothing in it — which for a work queue is good news, not a broken table.
 */
export function EmptyQueue({ queue, filtered, onClear }: EmptyQueueProps) {
  const { t } = useTranslation();
  if (filtered)
    return (
      <EmptyState icon={<SearchX size={28} />} title={t('emptyQueue.filteredTitle')} action={<Button onClick={onClear}>{t('leadsToolbar.clear')}</Button>}>
        {t('emptyQueue.filteredBody')}
      </EmptyState>
    );
  return (
    <EmptyState icon={<CheckCircle2 size={28} />} title={t(`emptyQueue.${queue}.title`)}>
      {t(`emptyQueue.${queue}.body`)}
    </EmptyState>
  );
}
