import { Download, FileUp } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { csvFile } from '@shared/csv/csv-writer';
import { decodeCsvBytes, parseQuotesCsv, quoteRowErrorsCsv, type QuotesCsvResult, type QuoteRowErrorCode } from '@shared/index';
import type { Persona, VocQuote } from '@shared/model';
import { platform } from '../../../app/services';
import { Button, Dialog, formatNumber, showToast } from '../../../ui';
import { useWorkspaceApi } from '../../../workspace-api';

export type QuoteImportProps = {
  personas: readonly Persona[];
  existing: readonly VocQuote[];
  timeZone: string;
  /** Where rows that name no persona go: the persona the library is showing, or the workspace. */
  defaultPersonaId: string | null;
  onClose(): void;
};

type Read = { name: string; result: QuotesCsvResult } | { name: string; unreadable: true };
const SHOWN = 50;

/** Imports quotes from a CSV (quote, topic, notes, source; date and persona optional): a row-error report first, then the good rows in one write. */
export function QuoteImport({ personas, existing, timeZone, defaultPersonaId, onClose }: QuoteImportProps) {
  const { t, i18n } = useTranslation();
  const { actions } = useWorkspaceApi();
  const [read, setRead] = useState<Read | null>(null);
  const [busy, setBusy] = useState(false);
  const n = (v: number) => formatNumber(v, i18n.language);
  const reason = (code: QuoteRowErrorCode) => t(`personas.voice.import.reasons.${code}`);

  const pick = async () => {
    const file = await platform.openFile([{ name: 'CSV', extensions: ['csv', 'txt', 'tsv'] }]);
    if (!file) return;
    const decoded = decodeCsvBytes(file.data);
    if (!decoded.ok) return setRead({ name: file.name, unreadable: true });
    setRead({ name: file.name, result: parseQuotesCsv(decoded.text, { personas, existing, timeZone, defaultPersonaId }) });
  };
  const parsed = read && 'result' in read ? read.result : null;
  const run = async () => {
    if (!parsed?.ok || parsed.quotes.length === 0) return;
    setBusy(true);
    try {
      const outcome = await actions.importQuotes({ quotes: parsed.quotes });
      if (outcome.ok) {
        showToast({ tone: 'ok', text: t('personas.voice.import.done', { count: outcome.value.added, formatted: n(outcome.value.added) }) });
        onClose();
      }
    } finally {
      setBusy(false);
    }
  };
  const saveReport = () => {
    if (!parsed?.ok) return;
    void platform.saveFile('quote-import-errors.csv', csvFile(quoteRowErrorsCsv(parsed.errors, reason)), [{ name: 'CSV', extensions: ['csv'] }]);
  };

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={t('personas.voice.import.title')} description={t('personas.voice.import.hint')} wide>
      <div className="quote-import" data-testid="quote-import">
        <Button onClick={() => void pick()}>
          <FileUp size={14} aria-hidden />
          {read ? t('personas.voice.import.pickAnother') : t('personas.voice.import.pick')}
        </Button>
        {read && 'unreadable' in read && (
          <p className="error-text" role="alert">
            {t('personas.voice.import.fileErrors.undecodable', { name: read.name })}
          </p>
        )}
        {parsed && !parsed.ok && (
          <p className="error-text" role="alert" data-testid="quote-import-file-error">
            {t(`personas.voice.import.fileErrors.${parsed.error}`, { name: read!.name, row: parsed.row ?? 0, headers: (parsed.headers ?? []).join(', ') })}
          </p>
        )}
        {parsed?.ok && (
          <>
            <p role="status" data-testid="quote-import-summary">
              {t('personas.voice.import.summary', {
                name: read!.name,
                valid: n(parsed.quotes.length),
                total: n(parsed.total),
                errors: n(parsed.errors.length),
              })}
            </p>
            {parsed.ignoredColumns.length > 0 && <p className="muted">{t('personas.voice.import.ignored', { columns: parsed.ignoredColumns.join(', ') })}</p>}
            {parsed.errors.length > 0 && (
              <>
                <table className="data-table" data-testid="quote-import-errors">
                  <caption>{t('personas.voice.import.errors', { count: parsed.errors.length, formatted: n(parsed.errors.length) })}</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="num">
                        {t('personas.voice.import.row')}
                      </th>
                      <th scope="col">{t('personas.voice.import.column')}</th>
                      <th scope="col">{t('personas.voice.import.value')}</th>
                      <th scope="col">{t('personas.voice.import.reason')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {parsed.errors.slice(0, SHOWN).map((e) => (
                      <tr key={`${e.row}-${e.column}`}>
                        <td className="num">{e.row}</td>
                        <td>{t(`personas.voice.import.columns.${e.column}`)}</td>
                        <td dir="auto" className="quote-import-value">
                          {e.value.length > 80 ? `${e.value.slice(0, 80)}…` : e.value || '—'}
                        </td>
                        <td>{reason(e.code)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {parsed.errors.length > SHOWN && <p className="muted">{t('personas.voice.import.moreErrors', { count: parsed.errors.length - SHOWN })}</p>}
                <Button variant="ghost" onClick={saveReport}>
                  <Download size={14} aria-hidden />
                  {t('personas.voice.import.downloadErrors')}
                </Button>
              </>
            )}
          </>
        )}
        <div className="row-actions">
          <Button variant="ghost" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button variant="primary" disabled={!parsed?.ok || parsed.quotes.length === 0 || busy} onClick={() => void run()}>
            {t('personas.voice.import.run', { count: parsed?.ok ? parsed.quotes.length : 0, formatted: n(parsed?.ok ? parsed.quotes.length : 0) })}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
