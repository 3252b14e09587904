import { Download } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { formatNumber } from './format';
import { Popover } from './Popover';

export type CsvExportOption = { id: string; label: string };

export type CsvExportProps = {
  /** How many rows the export writes (the list as filtered). */
  count: number;
  /** Every column that can be exported, in file order. */
  options: readonly CsvExportOption[];
  /** The columns ticked when the panel opens (the list's own columns). */
  initial: readonly string[];
  onExport(columnIds: string[]): void;
};

/** "Export CSV": pick the columns, then save the rows as shown. */
export function CsvExport({ count, options, initial, onExport }: CsvExportProps) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<Set<string>>(new Set(initial));
  const toggle = (id: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <Popover
      label={t('csvExport.title')}
      align="end"
      open={open}
      onOpenChange={(next) => {
        if (next) setChosen(new Set(initial));
        setOpen(next);
      }}
      trigger={
        <Button variant="ghost">
          <Download size={14} aria-hidden />
          {t('csvExport.button')}
        </Button>
      }
    >
      <div className="csv-export">
        <div className="csv-export-columns" role="group" aria-label={t('csvExport.columns')}>
          {options.map((o) => (
            <label key={o.id}>
              <input type="checkbox" checked={chosen.has(o.id)} onChange={() => toggle(o.id)} />
              {o.label}
            </label>
          ))}
        </div>
        <Button
          variant="primary"
          disabled={chosen.size === 0 || count === 0}
          onClick={() => {
            setOpen(false);
            onExport(options.filter((o) => chosen.has(o.id)).map((o) => o.id));
          }}
        >
          {t('csvExport.save', { rows: formatNumber(count, i18n.language) })}
        </Button>
      </div>
    </Popover>
  );
}
