import { FileUp } from 'lucide-react';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { csvEncodings, type CsvEncoding } from '@shared/import';
import type { ImportFileSummary } from '../../workspace-api';
import { Button, Field, formatNumber, formatPercent, Select } from '../../ui';
import { encodingLabel, fileErrorText } from './import-labels';

export type FileStepProps = {
  summary: ImportFileSummary | null;
  busy: string | null;
  onFile(file: File): void;
  onEncoding(encoding: 'auto' | CsvEncoding): void;
  encoding: 'auto' | CsvEncoding;
};

/** Choose a file (drop it or pick it), see how it was read, change the encoding if it reads wrong. */
export function FileStep({ summary, busy, onFile, onEncoding, encoding }: FileStepProps) {
  const { t, i18n } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  const read = summary?.ok ? summary : null;
  return (
    <div className="import-step">
      <div
        className={`import-drop${over ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <FileUp size={28} aria-hidden />
        <p>{t('csvImport.file.drop')}</p>
        <Button variant="primary" onClick={() => input.current?.click()}>
          {t('csvImport.file.choose')}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          className="visually-hidden"
          aria-label={t('csvImport.file.choose')}
          data-testid="import-file-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onFile(file);
            e.target.value = '';
          }}
        />
        <p className="muted">{t('csvImport.file.hint')}</p>
      </div>
      {busy && (
        <p role="status" className="muted">
          {busy}
        </p>
      )}
      {summary && !summary.ok && (
        <p role="alert" className="error-text" data-testid="import-file-error">
          {fileErrorText(t, summary)}
        </p>
      )}
      {(read || (summary && !summary.ok && summary.error === 'undecodable')) && (
        <Field label={t('csvImport.file.encoding')}>
          <Select
            value={encoding}
            onValueChange={(v) => onEncoding(v as 'auto' | CsvEncoding)}
            options={[
              { value: 'auto', label: t('csvImport.file.encodingAuto', { found: read ? encodingLabel(read.encoding) : '—' }) },
              ...csvEncodings.map((e) => ({ value: e, label: encodingLabel(e) })),
            ]}
          />
        </Field>
      )}
      {read && (
        <div role="status" className="import-read" data-testid="import-file-summary">
          <p>
            {t('csvImport.file.read', {
              name: read.fileName,
              rows: formatNumber(read.rowCount, i18n.language),
              columns: read.headers.length,
              encoding: encodingLabel(read.encoding),
              delimiter: t(`csvImport.delimiter.${read.delimiter as ','}`),
            })}
          </p>
          <p>
            {t('csvImport.file.preset', {
              preset: t(`csvImport.preset.${read.detection.preset}`),
              percent: formatPercent(read.detection.confidence, i18n.language),
            })}
          </p>
          {read.invalidQuoteRows.length > 0 && (
            <p className="warning-text">
              {t('csvImport.file.invalidQuotes', { count: read.invalidQuoteRows.length, rows: read.invalidQuoteRows.slice(0, 10).join(', ') })}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
