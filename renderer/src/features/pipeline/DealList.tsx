import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { columnsCsv, csvFile } from '@shared/csv/csv-writer';
import { dealIdleDays } from '@shared/index';
import type { Deal, TeamMember } from '@shared/model';
import { platform } from '../../app/services';
import { CsvExport, formatCurrency, formatDate, formatNumber, showToast } from '../../ui';
import { dealCsvColumnsFor, dealExportColumns, dealExportLabel, dealListColumns, type DealExportColumn } from './deal-csv';

export type DealListProps = {
  deals: Deal[];
  timeZone: string;
  stageName(stageId: string): string;
  companyNames: Record<string, string>;
  team: TeamMember[];
  now: number;
  onOpen(deal: Deal): void;
};

const ROW = 36;

/** The same deals as the board, with the same filters, as rows: for scanning and sorting by eye. */
export function DealList({ deals, timeZone, stageName, companyNames, team, now, onOpen }: DealListProps) {
  const { t, i18n } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual used as its docs show
  const virtualizer = useVirtualizer({ count: deals.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW, overscan: 12 });
  const owner = new Map(team.map((m) => [m.id, m.name]));
  const exportCsv = async (ids: string[]) => {
    const ctx = { t, timeZone, now, stageName, companyNames, ownerName: (id: string | null) => (id ? (owner.get(id) ?? '') : '') };
    const csv = columnsCsv(dealCsvColumnsFor(ids as DealExportColumn[], ctx), deals);
    if (await platform.saveFile('baton-deals.csv', csvFile(csv), [{ name: 'CSV', extensions: ['csv'] }]))
      showToast({ tone: 'ok', text: t('csvExport.savedDeals', { rows: formatNumber(deals.length, i18n.language) }) });
  };
  return (
    <>
      <div className="deal-list-actions">
        <CsvExport
          count={deals.length}
          options={dealExportColumns.map((id) => ({ id, label: dealExportLabel(t, id) }))}
          initial={dealListColumns}
          onExport={(ids) => void exportCsv(ids)}
        />
      </div>
      <div className="deal-list" role="table" aria-label={t('board.viewList')} aria-rowcount={deals.length + 1}>
        <div className="deal-list-row deal-list-header" role="row">
          {(['title', 'company', 'stage', 'amount', 'owner', 'close', 'idle'] as const).map((c) => (
            <span key={c} role="columnheader" className={c === 'amount' || c === 'idle' ? 'num' : undefined}>
              {t(`board.list.${c}`)}
            </span>
          ))}
        </div>
        <div ref={scrollRef} className="deal-list-scroll" role="rowgroup">
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const d = deals[item.index]!;
              return (
                <div
                  key={d.id}
                  role="row"
                  aria-rowindex={item.index + 2}
                  className="deal-list-row"
                  tabIndex={0}
                  onClick={() => onOpen(d)}
                  onKeyDown={(e) => e.key === 'Enter' && onOpen(d)}
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW, transform: `translateY(${item.start}px)` }}
                >
                  <bdi role="cell" className="cell-text">
                    {d.title}
                  </bdi>
                  <bdi role="cell" className="cell-text">
                    {d.companyId ? (companyNames[d.companyId] ?? '') : ''}
                  </bdi>
                  <span role="cell">{stageName(d.stageId)}</span>
                  <span role="cell" className="num">
                    {d.amount === null ? '—' : formatCurrency(d.amount, d.currency, i18n.language, Number.isInteger(d.amount))}
                  </span>
                  <span role="cell">{d.ownerId ? (owner.get(d.ownerId) ?? '') : ''}</span>
                  <span role="cell">{d.expectedCloseDate === null ? '—' : formatDate(d.expectedCloseDate, i18n.language, timeZone)}</span>
                  <span role="cell" className="num">
                    {Math.floor(dealIdleDays(d, now))}
                  </span>
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </>
  );
}
