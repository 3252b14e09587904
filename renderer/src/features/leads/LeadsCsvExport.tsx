import { useTranslation } from 'react-i18next';
import { columnsCsv, csvFile } from '@shared/csv/csv-writer';
import type { LeadRow } from '@shared/index';
import { platform } from '../../app/services';
import { CsvExport, formatNumber, showToast } from '../../ui';
import type { StageLabel } from '../../i18n/use-stage-labels';
import { leadCsvColumnsFor, leadExportLabel, leadExportOptions, type LeadExportColumn } from './lead-csv';
import { useLeads } from './leads-store';

export type LeadsCsvExportProps = {
  rows: readonly LeadRow[];
  customFields: readonly string[];
  stageLabels: Map<string, StageLabel>;
  ownerName(id: string | null): string;
  personaName(id: string | null): string;
};

/** The list as shown (queue, filters, search, sort) to CSV, with the chosen columns (the table's by default, and email). */
export function LeadsCsvExport({ rows, customFields, stageLabels, ownerName, personaName }: LeadsCsvExportProps) {
  const { t, i18n } = useTranslation();
  const shown = useLeads((s) => s.columns);
  const options = leadExportOptions(customFields);
  const save = async (ids: string[]) => {
    const columns = leadCsvColumnsFor(ids as LeadExportColumn[], { t, stageLabels, ownerName, personaName });
    const saved = await platform.saveFile('baton-leads.csv', csvFile(columnsCsv(columns, rows)), [{ name: 'CSV', extensions: ['csv'] }]);
    if (saved) showToast({ tone: 'ok', text: t('csvExport.saved', { rows: formatNumber(rows.length, i18n.language) }) });
  };
  return (
    <CsvExport
      count={rows.length}
      options={options.map((id) => ({ id, label: leadExportLabel(t, id) }))}
      initial={['email', ...shown]}
      onExport={(ids) => void save(ids)}
    />
  );
}
