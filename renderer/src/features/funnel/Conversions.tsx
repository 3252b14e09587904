import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { FunnelReport, FunnelSelector, FunnelStep } from '@shared/index';
import { ChartCard, formatNumber, formatPercent, plainTick } from '../../ui';
import { tableCsv } from './funnel-csv';
import { Delta, DrillButton, FigureTableHead } from './figures';

// Axis ticks drawn as plain text (Recharts' own measures every word to wrap it).
const tick11 = plainTick(11);
const tick12Percent = plainTick(12, '%');

/** A rate for the CSV: the ratio at the reports' CSV precision (4 decimals). */
const fraction = (rate: number | null) => (rate === null ? null : Math.round(rate * 10_000) / 10_000);

export type ConversionsProps = {
  /** The period in words: the PNG says it under the title. */
  scope: string;
  report: FunnelReport;
  stageName(id: string): string;
  onDrill(selector: FunnelSelector): void;
  onSave(name: string, data: Uint8Array): void;
};

/** Conversion between adjacent stages and overall, with the previous period's rate; each count opens its contacts. */
export function Conversions({ report, scope, stageName, onDrill, onSave }: ConversionsProps) {
  const { t, i18n } = useTranslation();
  const compare = report.previousRange !== null;
  const steps: FunnelStep[] = [...report.conversions.filter((c) => c.adjacent), ...(report.overall ? [report.overall] : [])];
  const label = (s: FunnelStep) => `${stageName(s.from)} → ${stageName(s.to)}`;
  const pct = (v: number | null) => (v === null ? '—' : formatPercent(v, i18n.language));
  const n = (v: number) => formatNumber(v, i18n.language);
  const pp = (v: number) => t('funnel.points', { value: formatNumber(v * 100, i18n.language, 1) });
  const chartData = steps
    .filter((s) => s.adjacent)
    .map((s) => ({ from: s.from, to: s.to, name: `${stageName(s.from)}→${stageName(s.to)}`, rate: s.rate === null ? 0 : Math.round(s.rate * 1000) / 10 }));
  // The chart's rates are percents to one decimal: written in the UI language's digits and separators.
  const percentLabel = (v: unknown) => (typeof v === 'number' ? `${formatNumber(v, i18n.language, 1)}%` : String(v ?? ''));
  const drill = (s: FunnelStep, part: 'entered' | 'converted') => onDrill({ kind: 'conversion', period: 'current', from: s.from, to: s.to, part });
  return (
    <ChartCard
      scope={scope}
      title={t('funnel.conversions')}
      description={report.view === 'cohort' ? t('funnel.conversionsCohortHint') : t('funnel.conversionsActivityHint')}
      fileName="funnel-conversions"
      onSave={onSave}
      csv={() =>
        tableCsv(
          // Rates as fractions under "(0–1)", as the reports' CSVs write them: a spreadsheet formats them as it likes.
          [
            t('funnel.table.step'),
            t('funnel.table.entered'),
            t('funnel.table.converted'),
            t('walk11.fraction', { column: t('funnel.table.rate') }),
            ...(compare ? [t('walk11.fraction', { column: t('funnel.table.previousRate') })] : []),
          ],
          steps.map((s) => [
            // The overall row says so, as in the table: otherwise it reads as one more adjacent step.
            s.adjacent ? label(s) : t('funnel.overall', { step: label(s) }),
            s.entered,
            s.converted,
            fraction(s.rate),
            ...(compare ? [fraction(s.previousRate)] : []),
          ]),
        )
      }
      chart={
        <ResponsiveContainer width="100%" height={320}>
          <BarChart accessibilityLayer={false} data={chartData} margin={{ top: 20, right: 8, left: 24, bottom: 0 }}>
            <CartesianGrid vertical={false} stroke="var(--border)" />
            <XAxis dataKey="name" tick={tick11} interval={0} angle={-30} textAnchor="end" height={90} />
            <YAxis unit="%" domain={[0, 100]} tick={tick12Percent} width={48} tickFormatter={n} />
            <Tooltip
              cursor={{ fill: 'var(--bg-hover)' }}
              contentStyle={{ background: 'var(--bg)', border: '1px solid var(--border)' }}
              formatter={(v: unknown) => (typeof v === 'number' ? formatNumber(v, i18n.language, 1) : String(v ?? ''))}
            />
            <Bar
              dataKey="rate"
              name={t('funnel.table.rate')}
              unit="%"
              fill="var(--chart-current)"
              isAnimationActive={false}
              cursor="pointer"
              // A bar opens the contacts that went on: the step's success.
              onClick={(entry: { payload?: { from: string; to: string } }) =>
                entry.payload && onDrill({ kind: 'conversion', period: 'current', from: entry.payload.from, to: entry.payload.to, part: 'converted' })
              }
            >
              <LabelList dataKey="rate" position="top" fill="var(--text)" fontSize={12} formatter={percentLabel} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <table className="data-table" data-testid="funnel-conversion-table">
          <FigureTableHead
            caption={t('funnel.conversions')}
            columns={[
              t('funnel.table.step'),
              { label: t('funnel.table.entered'), numeric: true },
              { label: t('funnel.table.converted'), numeric: true },
              { label: t('funnel.table.rate'), numeric: true },
              compare && { label: t('funnel.table.previousRate'), numeric: true },
              compare && { label: t('funnel.table.delta'), numeric: true },
            ]}
          />
          <tbody>
            {steps.map((s) => (
              <tr key={`${s.from}-${s.to}-${s.adjacent}`} className={s.adjacent ? undefined : 'total-row'} data-step={`${s.from}>${s.to}`}>
                <th scope="row">{s.adjacent ? label(s) : t('funnel.overall', { step: label(s) })}</th>
                <td className="num">
                  <DrillButton label={t('funnel.drillEntered', { stage: stageName(s.from), count: s.entered })} onClick={() => drill(s, 'entered')}>
                    {n(s.entered)}
                  </DrillButton>
                </td>
                <td className="num">
                  <DrillButton label={t('funnel.drillConverted', { stage: stageName(s.to), count: s.converted })} onClick={() => drill(s, 'converted')}>
                    {n(s.converted)}
                  </DrillButton>
                </td>
                <td className="num">{pct(s.rate)}</td>
                {compare && (
                  <>
                    <td className="num">{pct(s.previousRate)}</td>
                    <td className="num">
                      {/* Rounded to the tenth of a point shown: a change of −0.02 pt is no change ("±0"), not "−0 pt". */}
                      <Delta value={s.rateDelta === null ? null : Math.round(s.rateDelta * 1000) / 1000} format={pp} />
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
