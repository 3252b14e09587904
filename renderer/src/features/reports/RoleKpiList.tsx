import { useTranslation } from 'react-i18next';
import type { Counted, RecordRefs, RoleDashboard } from '@shared/index';
import type { RecordKind } from '../../app/record-set-store';
import { RecordSetLink } from '../../app/RecordSetLink';
import { formatCurrency, formatNumber, formatPercent } from '../../ui';

const HOUR = 3_600_000;

type Kpi = { key: string; value: number | null; format: 'count' | 'percent' | 'money' | 'hours'; records?: RecordRefs };

/** Every KPI of a role (DOMAIN.md §5) in the order the role reads them; each opens the contacts or deals behind it. */
function kpisOf(d: RoleDashboard): Kpi[] {
  // A count of contacts or deals opens its own ids; a count of log lines, tasks or meetings opens what shared says they belong to.
  const count = (key: string, counted: Counted, records?: RecordKind | RecordRefs): Kpi => ({
    key,
    value: counted.count,
    format: 'count',
    ...(records === undefined ? {} : { records: typeof records === 'string' ? { kind: records, ids: counted.ids } : records }),
  });
  switch (d.role) {
    case 'marketing': {
      const k = (d as RoleDashboard<'marketing'>).kpis;
      return [count('newLeads', k.newLeads, 'contacts'), count('mqls', k.mqls, 'contacts')];
    }
    case 'sdr': {
      const k = (d as RoleDashboard<'sdr'>).kpis;
      return [
        count('handOffsAccepted', k.handOffsAccepted, k.opens.handOffsAccepted),
        count('handOffsRejected', k.handOffsRejected, k.opens.handOffsRejected),
        count('meetings', k.meetings, k.opens.meetings),
        count('sqls', k.sqls, 'contacts'),
        { key: 'followUpMedian', value: k.followUp.median === null ? null : k.followUp.median / HOUR, format: 'hours', records: k.opens.followUp },
        { key: 'followUpP90', value: k.followUp.p90 === null ? null : k.followUp.p90 / HOUR, format: 'hours', records: k.opens.followUp },
        count('slaBreaches', k.slaBreaches, k.opens.slaBreaches),
      ];
    }
    case 'ae': {
      const k = (d as RoleDashboard<'ae'>).kpis;
      return [
        count('opportunities', k.opportunities, 'contacts'),
        count('wins', k.wins, 'deals'),
        { key: 'winRate', value: k.winRate, format: 'percent', records: k.opens.winRate },
        { key: 'wonAmount', value: k.wonAmount, format: 'money', records: k.opens.wonAmount },
        { key: 'averageDeal', value: k.averageDeal, format: 'money', records: k.opens.averageDeal },
      ];
    }
    case 'ebr': {
      const k = (d as RoleDashboard<'ebr'>).kpis;
      return [count('outboundMeetings', k.outboundMeetings, k.opens.outboundMeetings)];
    }
    case 'csm': {
      const k = (d as RoleDashboard<'csm'>).kpis;
      return [
        count('customersAtStart', k.customersAtStart, 'contacts'),
        count('churned', k.churned, 'contacts'),
        // The rate is of the customers at the start: it opens them.
        { key: 'retentionRate', value: k.retentionRate, format: 'percent', records: { kind: 'contacts', ids: k.customersAtStart.ids } },
      ];
    }
  }
}

/** A role's KPIs for the period as a list of figures; a count of contacts or deals opens them in their list. */
export function RoleKpiList({ dashboard, currency, context }: { dashboard: RoleDashboard; currency: string; context: string }) {
  const { t, i18n } = useTranslation();
  // Keys are built from the role and the KPI: typed keys cannot check them.
  const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  const text = (k: Kpi) => {
    if (k.value === null) return '—';
    if (k.format === 'percent') return formatPercent(k.value, i18n.language);
    if (k.format === 'money') return formatCurrency(k.value, currency, i18n.language, true);
    if (k.format === 'hours') return t('report.hours', { value: formatNumber(k.value, i18n.language, 1) });
    return formatNumber(k.value, i18n.language);
  };
  const opensTitle = (records: RecordRefs) =>
    t(records.kind === 'deals' ? 'recordSet.openDeals' : 'recordSet.openContacts', {
      count: records.ids.length,
      formattedCount: formatNumber(records.ids.length, i18n.language),
    });
  const others = dashboard.role === 'ae' ? (dashboard as RoleDashboard<'ae'>).kpis.winsInOtherCurrencies : 0;
  return (
    <>
      <dl className="kpi-list" data-testid={`kpis-${dashboard.role}`}>
        {kpisOf(dashboard).map((k) => {
          const name = translate(`report.kpi.${dashboard.role}.${k.key}`);
          return (
            <div key={k.key} className="kpi" data-kpi={k.key}>
              <dt>{name}</dt>
              <dd className="num">
                {k.records && k.records.ids.length > 0 ? (
                  <RecordSetLink
                    kind={k.records.kind}
                    ids={k.records.ids}
                    label={`${context} — ${name}`}
                    aria-label={`${name}: ${text(k)}`}
                    title={opensTitle(k.records)}
                    data-opens={k.records.ids.length}
                  >
                    {text(k)}
                  </RecordSetLink>
                ) : (
                  text(k)
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      {others > 0 && <p className="muted">{t('report.otherCurrencies', { count: others, currency })}</p>}
    </>
  );
}
