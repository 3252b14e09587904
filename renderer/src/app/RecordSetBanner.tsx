import { ArrowLeft } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button, formatNumber } from '../ui';
import { useRecordSet, type RecordKind, type RecordSet } from './record-set-store';

/**
 * Above a list narrowed to the records behind a figure: what they are, how many, the way back to
 * the figure, and the way out to the whole list.
 */
export function RecordSetBanner({ kind, set, shown }: { kind: RecordKind; set: RecordSet; shown?: number }) {
  const { t, i18n } = useTranslation();
  const clear = useRecordSet((s) => s.clear);
  const count = shown ?? set.ids.length;
  const back = () => {
    // Cleared once the address has moved on: cleared first, the list would rewrite its own address over the way back.
    window.addEventListener('hashchange', () => clear(kind), { once: true });
    window.location.hash = set.back;
  };
  return (
    <div className="record-set-banner" role="status" data-testid="record-set">
      <Button variant="ghost" onClick={back}>
        <ArrowLeft size={14} aria-hidden />
        {t('recordSet.back')}
      </Button>
      <span>
        {t(kind === 'contacts' ? 'recordSet.contacts' : 'recordSet.deals', { count, formattedCount: formatNumber(count, i18n.language), label: set.label })}
      </span>
      <Button variant="ghost" onClick={() => clear(kind)}>
        {t(kind === 'contacts' ? 'recordSet.showAllContacts' : 'recordSet.showAllDeals')}
      </Button>
    </div>
  );
}
