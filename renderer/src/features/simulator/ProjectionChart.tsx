import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { csvText } from '@shared/csv/csv-writer';
import { ChartCard, formatCurrency, formatCurrencyCompact, formatMonthKey, formatNumber, plainTick } from '../../ui';
import type { Simulation } from './use-simulation';

// Axis ticks drawn as plain text (Recharts' own measures every word to wrap it).
const tick11 = plainTick(11);
const tick12 = plainTick(12);

export type ProjectionChartProps = {
  simulation: Simulation;
  stageName(id: string): string;
  onSave(name: string, data: Uint8Array): void;
  /** The first projected month (`yyyy-MM`): the month after this one. */
  firstMonth: string;
  height?: number;
};

/** `yyyy-MM` `offset` months after `first`. */
export function monthKeyAfter(first: string, offset: number): string {
  const y = Number(first.slice(0, 4));
  const m = Number(first.slice(5)) - 1 + offset;
  return `${y + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
}

/** The projected monthly funnel and revenue: wins as bars, revenue as a line, every stage's entries in the table and CSV. */
export function ProjectionChart({ simulation, stageName, onSave, firstMonth, height = 300 }: ProjectionChartProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { result, plan, currency } = simulation;
  const stages = plan.input.stages;
  const rows = result.months.map((m) => ({
    key: monthKeyAfter(firstMonth, m.month),
    label: formatMonthKey(monthKeyAfter(firstMonth, m.month), lang),
    entered: m.entered,
    wins: m.wins,
    revenue: m.revenue,
  }));
  const title = t('simulator.chartTitle');
  const header = [t('simulator.month'), ...stages.map((s) => t('simulator.entered', { stage: stageName(s.id) })), t('simulator.wins'), t('simulator.revenue')];
  return (
    <ChartCard
      title={title}
      description={t('simulator.chartDescription')}
      scope={simulation.lifecycleName}
      fileName="simulator-projection"
      onSave={onSave}
      csv={() =>
        csvText(
          header,
          rows.map((r) => [r.key, ...r.entered.map((e) => Math.round(e * 10) / 10), Math.round(r.wins * 10) / 10, Math.round(r.revenue)]),
        )
      }
      chart={
        <ResponsiveContainer width="100%" height={height}>
          <ComposedChart accessibilityLayer={false} data={rows} margin={{ top: 16, right: 8, left: 8, bottom: 0 }}>
            <CartesianGrid vertical={false} stroke="var(--border)" />
            <XAxis dataKey="label" tick={tick11} interval="preserveStartEnd" minTickGap={12} />
            <YAxis yAxisId="wins" tick={tick12} width={44} tickFormatter={(v: number) => formatNumber(v, lang, 1)} />
            <YAxis yAxisId="revenue" orientation="right" tick={tick12} width={72} tickFormatter={(v: number) => formatCurrencyCompact(v, currency, lang)} />
            <Tooltip
              cursor={{ fill: 'var(--bg-hover)' }}
              contentStyle={{ background: 'var(--bg)', border: '1px solid var(--border)' }}
              formatter={(value, name) =>
                name === t('simulator.revenue') ? formatCurrency(Number(value), currency, lang, true) : formatNumber(Number(value), lang, 1)
              }
            />
            {/* Room under the legend: the top tick of the revenue axis sat under its last entry. */}
            <Legend verticalAlign="top" align="right" wrapperStyle={{ fontSize: 12, paddingBottom: 12 }} />
            <Bar yAxisId="wins" dataKey="wins" name={t('simulator.wins')} fill="var(--chart-current)" isAnimationActive={false} />
            <Line
              yAxisId="revenue"
              dataKey="revenue"
              name={t('simulator.revenue')}
              stroke="var(--chart-line)"
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      }
      table={
        <table className="data-table simulator-projection-table" data-testid="sim-projection-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              {header.map((h, i) => (
                <th key={h} scope="col" className={i > 0 ? 'num' : undefined}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                {r.entered.map((e, s) => (
                  <td key={stages[s]!.id} className="num">
                    {formatNumber(e, lang)}
                  </td>
                ))}
                <td className="num">{formatNumber(r.wins, lang, 1)}</td>
                <td className="num">{formatCurrency(r.revenue, currency, lang, true)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
