import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { roleTrendTable, type RoleDashboard } from '@shared/index';
import { formatNumber, formatPercent } from '../../ui';
import { ReportCard } from './ReportCard';
import type { CellWords } from './ReportTableView';

export type RoleSectionProps = { roles: RoleDashboard[]; words: CellWords; onSave(name: string, data: Uint8Array): void };

/** The Model's division of labour: each role's headline KPI for the period, its monthly trend and its target. */
export function RoleSection({ roles, words, onSave }: RoleSectionProps) {
  const { t, i18n } = useTranslation();
  // Keys are built from the role and its headline: typed keys cannot check them.
  const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  return (
    <div className="reports-grid">
      {roles.map((d) => {
        const percent = d.headline.format === 'percent';
        const value = headline(d);
        const shown = value === null ? '—' : percent ? formatPercent(value, i18n.language) : formatNumber(value, i18n.language);
        const name = translate(`report.kpi.${d.role}.${d.headline.key}`);
        const data = d.trend.map((p) => ({ month: p.month, value: p.value === null ? null : percent ? Math.round(p.value * 1000) / 10 : p.value }));
        return (
          <ReportCard
            key={d.role}
            title={`${t(`role.${d.role}`)} — ${name}`}
            description={t('report.roleHint', { value: shown, target: d.target ? formatNumber(d.target.perMonth, i18n.language, 1) : t('report.noTarget') })}
            fileName={`report-${d.role}`}
            onSave={onSave}
            words={words}
            table={roleTrendTable(d)}
            testId={`role-${d.role}`}
            chart={
              <ResponsiveContainer width="100%" height={200}>
                <LineChart accessibilityLayer={false} data={data} margin={{ top: 10, right: 12, left: 0, bottom: 0 }}>
                  <CartesianGrid vertical={false} stroke="var(--border)" />
                  <XAxis dataKey="month" tick={{ fill: 'var(--text-muted)', fontSize: 11 }} />
                  <YAxis tick={{ fill: 'var(--text-muted)', fontSize: 11 }} width={40} unit={percent ? '%' : ''} />
                  <Tooltip contentStyle={{ background: 'var(--bg)', border: '1px solid var(--border)' }} />
                  {d.target && (
                    <ReferenceLine
                      y={d.target.perMonth}
                      stroke="var(--warning)"
                      strokeDasharray="4 3"
                      label={{ value: t('report.target'), fill: 'var(--text-muted)', fontSize: 11 }}
                    />
                  )}
                  <Line
                    type="monotone"
                    dataKey="value"
                    name={name}
                    stroke="var(--accent)"
                    strokeWidth={2}
                    dot={{ r: 2 }}
                    isAnimationActive={false}
                    connectNulls
                  />
                </LineChart>
              </ResponsiveContainer>
            }
          />
        );
      })}
    </div>
  );
}

/** The role's headline figure for the whole period (counts carry their ids; rates are plain). */
function headline(d: RoleDashboard): number | null {
  const kpis = d.kpis as unknown as Record<string, unknown>;
  const figure = kpis[d.headline.key];
  if (typeof figure === 'number' || figure === null) return figure as number | null;
  if (figure && typeof figure === 'object' && 'count' in figure) return (figure as { count: number }).count;
  return null;
}
