import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { LeadRow, LeadSort } from '@shared/index';
import { formatDate, formatNumber } from '../../ui';
import { isBuiltInColumn, type BuiltInColumn, type LeadColumn } from './leads-store';
import { StageBadge } from './StageBadge';

import type { StageLabel } from '../../i18n/use-stage-labels';
import { sourceLabel } from '../../i18n/source-label';

/** Text a user typed, isolated (<bdi>) so right-to-left text never reverses its neighbours; the tooltip shows it whole. */
const textCell = (value: string | null) => (
  <bdi className="cell-text" title={value ?? undefined}>
    {value}
  </bdi>
);

export type CellContext = {
  t: TFunction;
  locale: string;
  stageLabels: Map<string, StageLabel>;
  ownerName(id: string | null): string;
  personaName(id: string | null): string;
};

type ColumnSpec = { width: string; numeric?: boolean; sort: LeadSort['column'] | null; render(row: LeadRow, ctx: CellContext): ReactNode };

/** How each column of the leads table looks, sizes and sorts. */
export const columnSpecs: Record<BuiltInColumn, ColumnSpec> = {
  name: {
    width: 'minmax(180px, 2fr)',
    sort: 'name',
    render: (row) => (
      <span className="cell-name">
        {/* <bdi>: a right-to-left name (or an override character in it) must not reverse its neighbours. */}
        <bdi className="name" title={row.name}>
          {row.name}
        </bdi>
        {row.jobTitle && <bdi className="sub">{row.jobTitle}</bdi>}
      </span>
    ),
  },
  company: {
    width: 'minmax(120px, 1.4fr)',
    sort: 'companyName',
    render: (row) => textCell(row.companyName),
  },
  title: {
    width: 'minmax(120px, 1fr)',
    sort: 'jobTitle',
    render: (row) => textCell(row.jobTitle),
  },
  persona: { width: 'minmax(110px, 1fr)', sort: 'personaId', render: (row, ctx) => <span className="cell-text">{ctx.personaName(row.personaId)}</span> },
  stage: {
    width: 'minmax(120px, 1fr)',
    sort: 'lifecycleStage',
    render: (row, ctx) => <StageBadge stageId={row.lifecycleStage} label={ctx.stageLabels.get(row.lifecycleStage)} />,
  },
  engagement: { width: '96px', numeric: true, sort: 'engagementScore', render: (row, ctx) => formatNumber(row.engagementScore, ctx.locale) },
  fit: { width: '64px', numeric: true, sort: 'fitScore', render: (row, ctx) => formatNumber(row.fitScore, ctx.locale) },
  bant: { width: '64px', numeric: true, sort: 'bantScore', render: (row, ctx) => formatNumber(row.bantScore, ctx.locale) },
  owner: {
    width: 'minmax(100px, 1fr)',
    sort: 'ownerId',
    render: (row, ctx) => (
      <span className="cell-text">{row.ownerId ? ctx.ownerName(row.ownerId) : <span className="muted">{ctx.t('leads.unassigned')}</span>}</span>
    ),
  },
  source: { width: '100px', sort: 'source', render: (row, c) => <span className="cell-text">{row.source === null ? '' : sourceLabel(c.t, row.source)}</span> },
  lastActivity: {
    width: '112px',
    numeric: true,
    sort: 'lastActivityAt',
    render: (row, ctx) => (row.lastActivityAt ? formatDate(row.lastActivityAt, ctx.locale) : ''),
  },
  sla: {
    width: '84px',
    sort: 'slaState',
    render: (row, ctx) => (row.slaState === null ? null : <span className={`badge sla-${row.slaState}`}>{ctx.t(`sla.${row.slaState}`)}</span>),
  },
};

/** A custom field shown as a column: its value as text, not sortable (values have no shared type). */
const customFieldSpec = (key: string): ColumnSpec => ({
  width: 'minmax(90px, 1fr)',
  sort: null,
  render: (row) => (
    <span className="cell-text">{row.customFields[key] === null || row.customFields[key] === undefined ? '' : String(row.customFields[key])}</span>
  ),
});

export const specFor = (column: LeadColumn): ColumnSpec => (isBuiltInColumn(column) ? columnSpecs[column] : customFieldSpec(column.slice(3)));
export const columnLabel = (t: TFunction, column: LeadColumn): string => (isBuiltInColumn(column) ? t(`columnName.${column}`) : column.slice(3));
export const columnWidths = (columns: readonly LeadColumn[]) => columns.map((c) => specFor(c).width);
