import { memo, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodPresets, periodRange, previousRange, winRateGroupings, type PeriodPreset, type ReportTable, type WinRatesOptions } from '@shared/index';
import { useSaveExport } from '../../app/use-save-export';
import { sourceLabel } from '../../i18n/source-label';
import { useStageLabels } from '../../i18n/use-stage-labels';
import { EmptyState, Select, Tabs, formatDate, formatNumber, tabId, useNow } from '../../ui';
import { withUnknownOption } from '../../ui/unknown-option';
import { resolveCurrentMember, useCurrentMemberChoice } from '../../app/current-member-store';
import { useWorkspaceApi, useWorkspaceQuery } from '../../workspace-api';
import { CalibrationSection } from './CalibrationSection';
import { ReportCard } from './ReportCard';
import type { CellWords } from './ReportTableView';
import { RoleSection } from './RoleSection';
import { ForecastChart, InquiryChart } from './SalesCharts';
import { SavePdfButton } from './SavePdfButton';
import { useReportsPage, type ReportsTab } from './reports-store';
import { useReports } from './use-reports';

const HOUR = 3_600_000;

// Redrawn only when its own props change: a period change re-renders the page at once (the select),
// and the five charts must sit that out until the deferred result arrives.
const RoleCharts = memo(RoleSection);

/** Role dashboards, sales, tasks and threshold calibration (DOMAIN.md §5), computed in a worker; every table exports as CSV. */
export function ReportsPage() {
  const { t, i18n } = useTranslation();
  const { tab, period, pipelineId, ownerId, winRatesBy, set } = useReportsPage();
  const { id: workspaceId } = useWorkspaceApi();
  const liveTeam = useWorkspaceQuery((q) => q.team(), []);
  const team = useMemo(() => liveTeam ?? [], [liveTeam]);
  const me = resolveCurrentMember(
    team,
    useCurrentMemberChoice((s) => s.byWorkspace[workspaceId]),
  );
  const livePipelines = useWorkspaceQuery((q) => q.pipelines(), []);
  const pipelines = useMemo(() => livePipelines ?? [], [livePipelines]);
  const stages = useStageLabels();
  const [previewThreshold, setPreviewThreshold] = useState<number | null>(null);
  const hour = Math.floor(useNow() / HOUR) * HOUR;
  const [timeZone, setTimeZone] = useState('UTC');
  const range = periodRange(period, hour, timeZone);
  const {
    result: latestResult,
    computing,
    error,
  } = useReports({ range, baseline: previousRange(range), pipelineId, ownerId, winRatesBy, previewThreshold, now: hour });
  // Tables and charts redraw as a transition React can interrupt: a filter change never blocks the page for one long task.
  const result = useDeferredValue(latestResult);
  useEffect(() => {
    // The worker knows the workspace's zone; periods are then cut there.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the zone arrives with the first result
    if (result && result.timeZone !== timeZone) setTimeZone(result.timeZone);
  }, [result, timeZone]);
  const words: CellWords = useMemo(() => {
    const owners = new Map(team.map((m) => [m.id, m.name]));
    const pipelineStages = new Map(pipelines.flatMap((p) => p.stages.map((s) => [s.id, s.name] as const)));
    return {
      text: (key: string, value: string | null) => {
        if (value === null) return key === 'ownerId' || key === 'key' ? t('report.unassigned') : '—';
        if (key === 'ownerId' || (key === 'key' && winRatesBy === 'owner')) return owners.get(value) ?? value;
        if (key === 'stageId') return pipelineStages.get(value) ?? stages.get(value)?.name ?? value;
        if (key === 'key' && winRatesBy === 'source') return sourceLabel(t, value);
        // The forecast's bucket of open deals without an expected close date, as its chart names it.
        if (key === 'month' && value === 'none') return t('numbers11.noCloseDate');
        if (key === 'ownerRole') return t(`role.${value as 'sdr'}`, { defaultValue: value });
        if (key === 'period' || key === 'state') return t(`report.values.${value as 'met'}`, { defaultValue: value });
        return value;
      },
    };
    // Stable while its inputs are: the memoised sections take it as a prop.
  }, [team, pipelines, stages, winRatesBy, t]);
  const save = useSaveExport();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  const resultRange = result?.range;
  const rangeText = resultRange
    ? t('funnel.rangeText', {
        from: formatDate(resultRange.from, i18n.language, timeZone),
        to: formatDate(resultRange.to - 1, i18n.language, timeZone),
      })
    : '';
  const card = (key: string, table: ReportTable, fileName: string, description?: string, chart?: React.ReactNode) => (
    <ReportCard
      chart={chart}
      key={key}
      description={description}
      title={t(`report.title.${key as 'byStage'}`)}
      context={`${t(`report.title.${key as 'byStage'}`)} · ${rangeText}`}
      table={table}
      words={words}
      fileName={fileName}
      onSave={save}
      testId={`report-${key}`}
    />
  );
  return (
    <section className="page reports-page" aria-labelledby="reports-title">
      <header className="page-header">
        <h1 id="reports-title">{t('report.pageTitle')}</h1>
        {result && (
          <span className="muted page-count">
            <span data-testid="reports-range">{rangeText}</span>
            {' · '}
            {t('report.counts', {
              contacts: formatNumber(result.counts.contacts, i18n.language),
              deals: formatNumber(result.counts.deals, i18n.language),
              moves: formatNumber(result.counts.transitions, i18n.language),
            })}
            {computing && ` · ${t('report.computing')}`}
          </span>
        )}
      </header>
      <div className="reports-toolbar">
        <Select
          aria-label={t('funnel.period')}
          value={period}
          onValueChange={(p) => set({ period: p as PeriodPreset })}
          options={periodPresets.map((p) => ({ value: p, label: t(`funnel.periods.${p}`) }))}
        />
        <Select
          aria-label={t('funnel.pipeline')}
          // Unchosen, the reports read the sales pipeline: the select shows it rather than a second "Sales pipeline".
          value={pipelineId ?? result?.pipelineId ?? ''}
          onValueChange={(id) => set({ pipelineId: id || null })}
          // An id from an old link that no pipeline has is shown as unknown, not as the first pipeline.
          options={withUnknownOption(
            pipelines.map((p) => ({ value: p.id, label: p.name })),
            pipelineId,
            livePipelines !== undefined,
            (value) => t('walk11.unknown.pipeline', { value }),
          )}
        />
        <Select
          aria-label={t('funnel.owner')}
          value={ownerId ?? ''}
          onValueChange={(id) => set({ ownerId: id || null })}
          placeholder={t('funnel.anyOwner')}
          // An owner id no team member has reads "Unknown owner (…)", so all-zero figures are explained.
          options={withUnknownOption(
            team.map((m) => ({ value: m.id, label: m.name })),
            ownerId,
            liveTeam !== undefined,
            (value) => t('walk11.unknown.owner', { value }),
          )}
        />
        <SavePdfButton
          name={`${t('report.pageTitle')} ${new Date().toISOString().slice(0, 10)}`}
          // An empty workspace's sheet would be one "nothing to report" line.
          disabled={!result || (result.counts.contacts === 0 && result.counts.deals === 0)}
        />
      </div>
      <Tabs
        label={t('report.pageTitle')}
        idPrefix="reports-tab"
        panelId="reports-panel"
        value={tab}
        onChange={(next) => set({ tab: next })}
        items={(['roles', 'sales', 'tasks', 'calibration'] as ReportsTab[]).map((id) => ({ id, label: t(`report.tabs.${id}`) }))}
      />
      <div id="reports-panel" role="tabpanel" aria-labelledby={tabId('reports-tab', tab)} className="reports-panel">
        {ownerId && (tab === 'roles' || tab === 'sales') && (
          <p className="muted" data-testid="owner-scope">
            {t('report.ownerScope')}
          </p>
        )}
        {!result ? (
          <p className="muted">{t('report.reading')}</p>
        ) : result.counts.contacts === 0 && result.counts.deals === 0 ? (
          <EmptyState title={t('report.emptyTitle')}>{t('report.emptyBody')}</EmptyState>
        ) : tab === 'roles' ? (
          <RoleCharts roles={result.roles} words={words} currency={result.currency} periodLabel={rangeText} now={hour} onSave={save} />
        ) : tab === 'sales' ? (
          <div className="reports-grid">
            {card('byStage', result.sales.byStage, 'sales-by-stage', t('report.byStageHint'))}
            {card(
              'forecast',
              result.sales.forecast,
              'forecast-by-month',
              undefined,
              result.sales.forecast.rows.length > 0 ? (
                <ForecastChart table={result.sales.forecast} currency={result.currency} context={`${t('report.title.forecast')} · ${rangeText}`} />
              ) : undefined,
            )}
            <div className="report-with-control">
              <label className="inline-field">
                {t('report.winRatesBy')}
                <Select
                  value={winRatesBy}
                  onValueChange={(by) => set({ winRatesBy: by as WinRatesOptions['by'] })}
                  options={winRateGroupings.map((g) => ({ value: g, label: t(`report.by.${g}`) }))}
                />
              </label>
              {card('winRates', result.sales.winRates, `win-rates-by-${winRatesBy}`)}
            </div>
            {card('dealTime', result.sales.dealTime, 'deal-time-in-stage')}
            {card('stageTime', result.sales.stageTime, 'contact-time-in-stage')}
            {card('velocity', result.sales.velocity, 'lead-velocity')}
            {card(
              'inquiry',
              result.sales.inquiry,
              'inquiry-to-lead',
              undefined,
              result.sales.inquiry.rows.length > 0 ? <InquiryChart table={result.sales.inquiry} /> : undefined,
            )}
          </div>
        ) : tab === 'tasks' ? (
          <div className="reports-grid">
            {card('byRep', result.tasks.byRep, 'tasks-by-rep', t('report.byRepHint'))}
            {card('volume', result.tasks.volume, 'volume-sla', t('report.volumeHint'))}
          </div>
        ) : (
          <CalibrationSection
            report={result.calibration.report}
            table={result.calibration.table}
            preview={result.calibration.preview}
            threshold={result.handOffThreshold}
            previewThreshold={previewThreshold}
            onPreview={setPreviewThreshold}
            canApply={me?.admin ?? false}
            words={words}
            onSave={save}
          />
        )}
      </div>
    </section>
  );
}
