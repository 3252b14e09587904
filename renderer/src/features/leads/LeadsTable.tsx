import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { contactDisplayName } from '@shared/model';
import type { LeadRow } from '../../db/repositories/leads-repository';
import { formatNumber } from '../../ui';
import { StageBadge } from './StageBadge';
import type { StageLabel } from './use-stage-labels';

export type LeadsTableProps = { rows: LeadRow[]; stageLabels: Map<string, StageLabel> };

const ROW_HEIGHT = 36;

/** Contacts as a virtualized grid: only the rows on screen are in the DOM, so 100k rows scroll like 100. */
export function LeadsTable({ rows, stageLabels }: LeadsTableProps) {
  const { t, i18n } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // We do not run React Compiler; TanStack Virtual is used as its docs show.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  return (
    <div className="leads-table" role="grid" aria-rowcount={rows.length + 1} aria-label={t('leads.title')}>
      <div className="leads-row leads-header" role="row" aria-rowindex={1}>
        <span role="columnheader">{t('leads.column.name')}</span>
        <span role="columnheader">{t('leads.column.company')}</span>
        <span role="columnheader">{t('leads.column.stage')}</span>
        <span role="columnheader" className="num">
          {t('leads.column.engagement')}
        </span>
        <span role="columnheader">{t('leads.column.owner')}</span>
      </div>
      <div ref={scrollRef} className="leads-scroll" tabIndex={0} data-testid="leads-scroll">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return (
              <div
                key={row.id}
                className="leads-row"
                role="row"
                aria-rowindex={item.index + 2}
                data-contact-id={row.id}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                <span role="gridcell" className="cell-name">
                  <span className="name">{contactDisplayName(row)}</span>
                  {row.jobTitle && <span className="sub">{row.jobTitle}</span>}
                </span>
                <span role="gridcell" className="cell-text">
                  {row.companyName}
                </span>
                <span role="gridcell">
                  <StageBadge stageId={row.lifecycleStage} label={stageLabels.get(row.lifecycleStage)} />
                </span>
                <span role="gridcell" className="num">
                  {formatNumber(row.engagementScore, i18n.language)}
                </span>
                <span role="gridcell" className="cell-text">
                  {row.ownerName ?? <span className="muted">{t('leads.unassigned')}</span>}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
