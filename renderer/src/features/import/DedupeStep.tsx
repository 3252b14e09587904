import { useTranslation } from 'react-i18next';
import type { DedupeMode } from '@shared/import';
import type { DedupeEstimate } from '../../workspace-api';
import { formatNumber } from '../../ui';

const modes: DedupeMode[] = ['skip', 'fill', 'overwrite', 'create'];

/** What to do with a row that matches a stored record, with the counts each choice gives. */
export function DedupeStep({ mode, onMode, estimate }: { mode: DedupeMode; onMode(mode: DedupeMode): void; estimate: DedupeEstimate | null }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <div className="import-step">
      <fieldset className="import-modes">
        <legend>{t('csvImport.dedupe.title')}</legend>
        <p className="muted">{t('csvImport.dedupe.hint')}</p>
        {modes.map((m) => (
          <label key={m} className="radio">
            <input type="radio" name="dedupe-mode" value={m} checked={mode === m} onChange={() => onMode(m)} />
            {t(`csvImport.dedupe.mode.${m}`)}
          </label>
        ))}
      </fieldset>
      <p role="status" data-testid="import-estimate">
        {estimate
          ? t('csvImport.dedupe.estimate', {
              created: n(estimate.contacts.created),
              updated: n(estimate.contacts.updated),
              skipped: n(estimate.contacts.skipped),
              cCreated: n(estimate.companies.created),
              cUpdated: n(estimate.companies.updated),
              cSkipped: n(estimate.companies.skipped),
            })
          : t('csvImport.dedupe.estimating')}
      </p>
    </div>
  );
}
