import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { csvText } from '@shared/csv/csv-writer';
import type { TeamMember } from '@shared/model';
import { ChartCard, formatNumber, plainTick } from '../../../ui';
import type { RoutingDryRunResult } from '../../../workspace-api/routing-dry-run-client';

// Axis ticks drawn as plain text (Recharts' own measures every word to wrap it).
const tick11 = plainTick(11);
const tick12 = plainTick(12);

export type DryRunChartProps = {
  result: RoutingDryRunResult;
  team: readonly TeamMember[];
  running: boolean;
  onSave(name: string, data: Uint8Array): void;
};

/** Leads per member if the draft rules routed every contact of the workspace now, in arrival order; nothing is written. */
export const DryRunChart = memo(function DryRunChart({ result, team, running, onSave }: DryRunChartProps) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  const name = (id: string) => team.find((m) => m.id === id)?.name ?? id;
  const data = [
    ...result.perMember.map((m) => ({ key: m.memberId, name: name(m.memberId), count: m.count })),
    ...(result.unassigned > 0 ? [{ key: 'unassigned', name: t('designRules.routing.unassigned'), count: result.unassigned }] : []),
  ];
  const title = t('designRules.routing.dryRun');
  return (
    <div className={running ? 'dry-run is-running' : 'dry-run'} data-testid="dry-run" aria-busy={running}>
      <ChartCard
        title={title}
        description={t('designRules.routing.dryRunHint', { contacts: n(result.contacts), ms: n(result.ms) })}
        fileName="routing-dry-run"
        onSave={onSave}
        csv={() =>
          csvText(
            [t('designRules.routing.member'), t('designRules.routing.leads')],
            data.map((d) => [d.name, d.count]),
          )
        }
        chart={
          <ResponsiveContainer width="100%" height={260}>
            <BarChart accessibilityLayer={false} data={data} margin={{ top: 20, right: 8, left: 0, bottom: 0 }}>
              <CartesianGrid vertical={false} stroke="var(--border)" />
              <XAxis dataKey="name" tick={tick11} interval={0} angle={-25} textAnchor="end" height={64} />
              <YAxis tick={tick12} allowDecimals={false} width={48} />
              <Tooltip cursor={{ fill: 'var(--bg-hover)' }} contentStyle={{ background: 'var(--bg)', border: '1px solid var(--border)' }} />
              <Bar dataKey="count" name={t('designRules.routing.leads')} fill="var(--chart-current)" isAnimationActive={false}>
                <LabelList dataKey="count" position="top" fill="var(--text)" fontSize={12} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        }
        table={
          <table className="data-table" data-testid="dry-run-table">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('designRules.routing.member')}</th>
                <th scope="col" className="num">
                  {t('designRules.routing.leads')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.map((d) => (
                <tr key={d.key} data-member={d.key}>
                  <th scope="row">{d.name}</th>
                  <td className="num">{n(d.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </div>
  );
});
