import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { roleTrendTable, type RoleDashboard } from '@shared/index';
import { formatMonthKey, formatNumber, formatPercent, useStaggered, plainTick } from '../../ui';
import { ReportCard } from './ReportCard';
import { RoleKpiList } from './RoleKpiList';
import type { CellWords } from './ReportTableView';

// Axis ticks drawn as plain text (Recharts' own measures every word to wrap it).
const tick11 = plainTick(11);
const tick11Percent = plainTick(11, '%');

export type RoleSectionProps = {
  roles: RoleDashboard[];
  words: CellWords;
  currency: string;
  /** The period in words, for the list a KPI's records open in. */
  periodLabel: string;
  now: number;
  onSave(name: string, data: Uint8Array): void;
};

/** The Model's division of labour: each role's headline KPI for the period, its monthly trend and its target. */
export function RoleSection({ roles, ...rest }: RoleSectionProps) {
  return (
    <div className="reports-grid">
      {roles.map((d, i) => (
        <RoleCard key={d.role} dashboard={d} step={i} {...rest} />
      ))}
    </div>
  );
}

type RoleCardProps = Omit<RoleSectionProps, 'roles'> & { dashboard: RoleDashboard; step: number };

/** One role's card; the cards take a new period one after another (`step`), each commit a task of its own. */
function RoleCard({ dashboard, step, periodLabel, ...rest }: RoleCardProps) {
  // The figures and the period they are for move together.
  const figures = useMemo(() => ({ dashboard, periodLabel }), [dashboard, periodLabel]);
  const shown = useStaggered(figures, step);
  return <RoleCardBody d={shown.dashboard} periodLabel={shown.periodLabel} {...rest} />;
}

type RoleCardBodyProps = Omit<RoleSectionProps, 'roles'> & { d: RoleDashboard };

/** Memoised: a card whose dashboard has not reached it yet (its step) is not redrawn. */
const RoleCardBody = memo(function RoleCardBody({ d, words, currency, periodLabel, now, onSave }: RoleCardBodyProps) {
  const { t, i18n } = useTranslation();
  // Keys are built from the role and its headline: typed keys cannot check them.
  const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  const percent = d.headline.format === 'percent';
  const value = headline(d);
  const shown = value === null ? '—' : percent ? formatPercent(value, i18n.language) : formatNumber(value, i18n.language);
  const name = translate(`report.kpi.${d.role}.${d.headline.key}`);
  const data = d.trend.map((p) => ({ month: p.month, value: p.value === null ? null : percent ? Math.round(p.value * 1000) / 10 : p.value }));
  return (
    <ReportCard
      title={`${t(`role.${d.role}`)} — ${name}`}
      description={[
        t('report.roleHint', { value: shown, target: d.target ? formatNumber(d.target.perMonth, i18n.language, 1) : t('report.noTarget') }),
        // The month now running is a part month: its point is low because it is short, not because work fell.
        running(d, now) ? t('report.runningMonth') : '',
      ]
        .filter(Boolean)
        .join(' · ')}
      summary={<RoleKpiList dashboard={d} currency={currency} context={`${t(`role.${d.role}`)} · ${periodLabel}`} />}
      fileName={`report-${d.role}`}
      onSave={onSave}
      words={words}
      table={roleTrendTable(d)}
      testId={`role-${d.role}`}
      chart={
        <ResponsiveContainer width="100%" height={200}>
          <LineChart accessibilityLayer={false} data={data} margin={{ top: 10, right: 12, left: 0, bottom: 0 }}>
            <CartesianGrid vertical={false} stroke="var(--border)" />
            {/* Months in words ("Oct 2026", "2026년 10월"), as the tables say them, not the key "2026-10". */}
            <XAxis dataKey="month" tick={tick11} tickFormatter={(m: string) => formatMonthKey(m, i18n.language)} />
            <YAxis tick={percent ? tick11Percent : tick11} width={40} unit={percent ? '%' : ''} />
            <Tooltip
              contentStyle={{ background: 'var(--bg)', border: '1px solid var(--border)' }}
              labelFormatter={(m) => formatMonthKey(String(m), i18n.language)}
            />
            {d.target && (
              <ReferenceLine
                y={d.target.perMonth}
                stroke="var(--warning)"
                strokeDasharray="4 3"
                label={{ value: t('report.target'), fill: 'var(--text-muted)', fontSize: 11 }}
              />
            )}
            <Line type="linear" dataKey="value" name={name} stroke="var(--accent)" strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} connectNulls />
          </LineChart>
        </ResponsiveContainer>
      }
    />
  );
});

/** Whether the trend's last month is still running (its point counts a part of a month). */
const running = (d: RoleDashboard, now: number) => {
  const last = d.trend.at(-1);
  return last !== undefined && now >= last.from && now < last.to;
};

/** The role's headline figure for the whole period (counts carry their ids; rates are plain). */
function headline(d: RoleDashboard): number | null {
  const kpis = d.kpis as unknown as Record<string, unknown>;
  const figure = kpis[d.headline.key];
  if (typeof figure === 'number' || figure === null) return figure as number | null;
  if (figure && typeof figure === 'object' && 'count' in figure) return (figure as { count: number }).count;
  return null;
}
