import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { ReportTable } from '@shared/index';
import { useRecordSet } from '../../app/record-set-store';
import { formatCurrency, formatCurrencyCompact, formatMonthKey, formatPercent, plainTick } from '../../ui';
import { useWorkspaceApi } from '../../workspace-api';

// Axis ticks drawn as plain text (Recharts' own measures every word to wrap it).
const tick11 = plainTick(11);
const tick11Percent = plainTick(11, '%');

const numberOr = (v: unknown, fallback: number | null = 0): number | null => (typeof v === 'number' ? v : fallback);

/** The currency the forecast chart draws: the workspace's when the table has it, else the table's first (amounts in two currencies never share an axis). */
export function chartCurrency(table: ReportTable, preferred: string): string | null {
  const currencies = table.columns.filter((c) => c.format === 'money' && c.currency !== undefined).map((c) => c.currency!);
  return currencies.includes(preferred) ? preferred : (currencies[0] ?? null);
}

export type ForecastChartProps = { table: ReportTable; currency: string; context: string };

/** Open deals' amount and weighted amount per expected close month, as bars; a month's bars open its deals. */
export function ForecastChart({ table, currency: preferred, context }: ForecastChartProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const workspaceId = useWorkspaceApi().id;
  const show = useRecordSet((s) => s.show);
  const currency = chartCurrency(table, preferred);
  if (currency === null) return null;
  const data = table.rows.map((r, i) => {
    const month = String(r.month);
    return {
      label: month === 'none' ? t('numbers11.noCloseDate') : formatMonthKey(month, lang),
      amount: numberOr(r[`amount.${currency}`]),
      weighted: numberOr(r[`weighted.${currency}`]),
      ids: table.records?.[i]?.ids ?? [],
    };
  });
  const amountName = t('numbers11.amount', { currency });
  const weightedName = t('numbers11.weighted', { currency });
  const open = (row: { label: string; ids: string[] }) => {
    if (row.ids.length > 0) show('deals', { workspaceId, label: `${context} — ${row.label}`, ids: row.ids });
  };
  return (
    <ResponsiveContainer width="100%" height={220}>
      <BarChart accessibilityLayer={false} data={data} margin={{ top: 10, right: 12, left: 8, bottom: 0 }}>
        <CartesianGrid vertical={false} stroke="var(--border)" />
        <XAxis dataKey="label" tick={tick11} interval="preserveStartEnd" minTickGap={8} />
        <YAxis tick={tick11} width={64} tickFormatter={(v: number) => formatCurrencyCompact(v, currency, lang)} />
        <Tooltip
          cursor={{ fill: 'var(--bg-hover)' }}
          contentStyle={{ background: 'var(--bg)', border: '1px solid var(--border)' }}
          formatter={(value) => formatCurrency(Number(value), currency, lang, true)}
        />
        <Legend verticalAlign="top" align="right" itemSorter={null} wrapperStyle={{ fontSize: 12, paddingBottom: 8 }} />
        <Bar
          dataKey="amount"
          name={amountName}
          fill="var(--stage-sdr)"
          isAnimationActive={false}
          cursor="pointer"
          onClick={(_, index) => data[index] && open(data[index])}
        />
        <Bar
          dataKey="weighted"
          name={weightedName}
          fill="var(--accent)"
          isAnimationActive={false}
          cursor="pointer"
          onClick={(_, index) => data[index] && open(data[index])}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** The inquiry → lead rate per month as a line, against the baseline period's rate (dashed). */
export function InquiryChart({ table }: { table: ReportTable }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  // Percents to one decimal on the axis; the tooltip writes them as the language does.
  const data = table.rows.map((r) => {
    const rate = numberOr(r.rate, null);
    return { label: formatMonthKey(String(r.month), lang), rate: rate === null ? null : Math.round(rate * 1000) / 10 };
  });
  const baseline = numberOr(table.rows[0]?.baselineRate, null);
  const rateName = t('numbers11.rate');
  return (
    <ResponsiveContainer width="100%" height={220}>
      <LineChart accessibilityLayer={false} data={data} margin={{ top: 10, right: 12, left: 0, bottom: 0 }}>
        <CartesianGrid vertical={false} stroke="var(--border)" />
        {/* Padded: the first and last months' ticks sat on the chart's edges, cut in half. */}
        <XAxis dataKey="label" tick={tick11} interval="preserveStartEnd" minTickGap={8} padding={{ left: 28, right: 28 }} />
        <YAxis tick={tick11Percent} width={44} domain={[0, 'auto']} />
        <Tooltip
          contentStyle={{ background: 'var(--bg)', border: '1px solid var(--border)' }}
          formatter={(value) => formatPercent(Number(value) / 100, lang)}
        />
        <Legend verticalAlign="top" align="right" itemSorter={null} wrapperStyle={{ fontSize: 12, paddingBottom: 8 }} />
        {baseline !== null && (
          <ReferenceLine
            y={Math.round(baseline * 1000) / 10}
            stroke="var(--warning)"
            strokeDasharray="4 3"
            label={{
              value: t('numbers11.baseline', { rate: formatPercent(baseline, lang) }),
              fill: 'var(--text-muted)',
              fontSize: 11,
              position: 'insideTopRight',
            }}
          />
        )}
        <Line type="linear" dataKey="rate" name={rateName} stroke="var(--accent)" strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} connectNulls />
      </LineChart>
    </ResponsiveContainer>
  );
}
