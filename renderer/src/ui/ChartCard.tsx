import { Download, Image as ImageIcon, Table2 } from 'lucide-react';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { csvFile } from '@shared/csv/csv-writer';
import { chartSurface, legendEntries, svgToPng } from './chart-export';

export type ChartCardProps = {
  title: string;
  /** One sentence under the title: what the chart counts. */
  description?: string;
  chart: ReactNode;
  /** The same figures as an accessible table (also what prints). */
  table: ReactNode;
  /** Saves bytes under a file name (the platform's save dialog); PNG and CSV go through it. */
  onSave(name: string, data: Uint8Array, kind: 'png' | 'csv'): void;
  /** The table as CSV text, for the CSV button. */
  csv(): string;
  fileName: string;
  /** A report that is a table: no chart toggle, no PNG. */
  tableOnly?: boolean;
  /** Figures shown between the header and the chart (a role's KPIs). */
  summary?: ReactNode;
  /** The period (or filters) the figures are for: under the title in the PNG, so a saved chart says when. */
  scope?: string;
};

/**
 * A chart with its figures as a table one click away (screen readers get the table), PNG and CSV
 * export. Printing shows the table under the chart.
 */
export function ChartCard({ title, description, chart, table, onSave, csv, fileName, tableOnly = false, summary, scope }: ChartCardProps) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  const body = useRef<HTMLDivElement>(null);
  const png = async () => {
    if (!body.current) return;
    const svg = chartSurface(body.current);
    if (!svg) return;
    const page = getComputedStyle(document.body);
    const background = page.backgroundColor || '#ffffff';
    const heading = { title, subtitle: scope ?? description, color: page.color || '#000000', legend: legendEntries(body.current) };
    onSave(`${fileName}.png`, await svgToPng(svg, background, heading), 'png');
  };
  return (
    <section className="chart-card" aria-labelledby={`${id}-title`}>
      <header className="chart-card-header">
        <div>
          <h2 id={`${id}-title`}>{title}</h2>
          {description && <p className="muted">{description}</p>}
        </div>
        <span className="row-actions">
          {!tableOnly && (
            <Button variant="ghost" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
              <Table2 size={14} aria-hidden />
              {asTable ? t('chart.showChart') : t('chart.showTable')}
            </Button>
          )}
          {!asTable && !tableOnly && (
            <Button variant="ghost" onClick={() => void png()} aria-label={t('chart.png', { chart: title })}>
              <ImageIcon size={14} aria-hidden />
              PNG
            </Button>
          )}
          <Button variant="ghost" onClick={() => onSave(`${fileName}.csv`, csvFile(endLine(csv())), 'csv')} aria-label={t('chart.csv', { chart: title })}>
            <Download size={14} aria-hidden />
            CSV
          </Button>
        </span>
      </header>
      {summary}
      <div ref={body} className="chart-card-body">
        {asTable || tableOnly ? (
          table
        ) : (
          <>
            <div aria-hidden>{chart}</div>
            {/* Printed under the chart. Inert, so its buttons take no focus while unseen: keyboard and screen-reader users open the table with the button above. */}
            <div className="visually-hidden chart-print-table" inert>
              {table}
            </div>
          </>
        )}
      </div>
    </section>
  );
}

/** A text file's last line ends like the others (POSIX tools and `wc -l` count it; Papa Parse writes none after it). */
const endLine = (text: string): string => (text === '' || text.endsWith('\n') ? text : `${text}\r\n`);
