import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { FunnelReport, FunnelSelector } from '@shared/index';
import { ChartCard, formatNumber, plainTick } from '../../ui';
import { tableCsv } from './funnel-csv';
import { Delta, DrillButton, FigureTableHead } from './figures';

// Axis ticks drawn as plain text (Recharts' own measures every word to wrap it).
const tick11 = plainTick(11);
const tick12 = plainTick(12);

export type StageBarsProps = {
  /** The period in words: the PNG says it under the title. */
  scope: string;
  report: FunnelReport;
  stageName(id: string): string;
  onDrill(selector: FunnelSelector): void;
  onSave(name: string, data: Uint8Array): void;
};

/** Contacts per stage for the period (funnel stages, then side states), the previous period beside them; a bar opens its contacts. */
export function StageBars({ report, scope, stageName, onDrill, onSave }: StageBarsProps) {
  const { t, i18n } = useTranslation();
  const compare = report.previousRange !== null;
  const data = report.stages.map((s) => ({ ...s, name: stageName(s.stageId) }));
  const n = (v: number) => formatNumber(v, i18n.language);
  const title = report.view === 'cohort' ? t('funnel.stagesCohort') : t('funnel.stagesActivity');
  // Recycled and disqualified, named in the legend by their own colour.
  const sideNames = data.filter((s) => !s.funnel).map((s) => s.name);
  const formatValue = (v: unknown) => (typeof v === 'number' ? n(v) : String(v ?? ''));
  return (
    <ChartCard
      scope={scope}
      title={title}
      description={report.view === 'cohort' ? t('funnel.stagesCohortHint') : t('funnel.stagesActivityHint')}
      fileName="funnel-stages"
      onSave={onSave}
      csv={() =>
        tableCsv(
          // The screen's columns: the previous period and the change only when compared.
          [t('funnel.table.stage'), t('funnel.table.count'), ...(compare ? [t('funnel.table.previous'), t('funnel.table.delta')] : [])],
          data.map((s) => [s.name, s.count, ...(compare ? [s.previous, s.delta] : [])]),
        )
      }
      chart={
        <>
          {/* Which bar is which: the period, the previous one (grey), the side states (a colour of their own).
              Plain HTML, not Recharts' legend; the PNG export draws it into the image's heading. */}
          {(compare || sideNames.length > 0) && (
            <p className="chart-legend">
              <span>
                <i style={{ background: 'var(--chart-current)' }} />
                {scope}
              </span>
              {sideNames.length > 0 && (
                <span>
                  <i style={{ background: 'var(--chart-side)' }} />
                  {sideNames.join(' / ')}
                </span>
              )}
              {compare && (
                <span>
                  <i style={{ background: 'var(--chart-previous)' }} />
                  {t('funnel.table.previous')}
                </span>
              )}
            </p>
          )}
          <ResponsiveContainer width="100%" height={320}>
            <BarChart accessibilityLayer={false} data={data} margin={{ top: 20, right: 8, left: 0, bottom: 0 }} barGap={2}>
              <CartesianGrid vertical={false} stroke="var(--border)" />
              <XAxis dataKey="name" tick={tick11} interval={0} angle={-30} textAnchor="end" height={70} />
              <YAxis tick={tick12} allowDecimals={false} width={48} tickFormatter={n} />
              <Tooltip
                cursor={{ fill: 'var(--bg-hover)' }}
                contentStyle={{ background: 'var(--bg)', border: '1px solid var(--border)' }}
                formatter={formatValue}
              />
              {compare && <Bar dataKey="previous" name={t('funnel.table.previous')} fill="var(--chart-previous)" isAnimationActive={false} />}
              <Bar
                dataKey="count"
                name={t('funnel.table.count')}
                fill="var(--chart-current)"
                isAnimationActive={false}
                cursor="pointer"
                onClick={(entry: { payload?: { stageId: string } }) =>
                  entry.payload && onDrill({ kind: 'stage', period: 'current', stageId: entry.payload.stageId })
                }
              >
                {data.map((s) => (
                  <Cell key={s.stageId} fill={s.funnel ? 'var(--chart-current)' : 'var(--chart-side)'} />
                ))}
                <LabelList dataKey="count" position="top" fill="var(--text)" fontSize={12} formatter={formatValue} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </>
      }
      table={
        <table className="data-table" data-testid="funnel-stage-table">
          <FigureTableHead
            caption={title}
            columns={[
              t('funnel.table.stage'),
              { label: t('funnel.table.count'), numeric: true },
              compare && { label: t('funnel.table.previous'), numeric: true },
              compare && { label: t('funnel.table.delta'), numeric: true },
            ]}
          />
          <tbody>
            {data.map((s) => (
              <tr key={s.stageId} data-stage-id={s.stageId}>
                <th scope="row">{s.name}</th>
                <td className="num">
                  <DrillButton
                    label={t('funnel.drillStage', { stage: s.name, count: s.count })}
                    onClick={() => onDrill({ kind: 'stage', period: 'current', stageId: s.stageId })}
                  >
                    {n(s.count)}
                  </DrillButton>
                </td>
                {compare && (
                  <>
                    <td className="num">{s.previous === null ? '—' : n(s.previous)}</td>
                    <td className="num">
                      <Delta value={s.delta} format={(v) => n(v)} />
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
