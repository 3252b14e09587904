import { Filter } from 'lucide-react';
import { memo, useCallback, useDeferredValue, useEffect } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FunnelQuery, FunnelSelector } from '@shared/index';
import { useSaveExport } from '../../app/use-save-export';
import { useStageLabels } from '../../i18n/use-stage-labels';
import { EmptyState, ProgressBar, formatDate, formatNumber, tabId, useNow, useStaggered } from '../../ui';
import { useWorkspaceApi, useWorkspaceQuery } from '../../workspace-api';
import { BottleneckSentence } from './BottleneckSentence';
import { Conversions } from './Conversions';
import { DrillPanel } from './DrillPanel';
import { FlowChart } from './FlowChart';
import { FunnelToolbar } from './FunnelToolbar';
import { periodRange } from '@shared/index';
import { useFunnelPage, type FunnelPageFilters } from './funnel-store';
import type { Persona, Pipeline, TeamMember } from '@shared/model';
import { sourceLabel } from '../../i18n/source-label';
import { StageBars } from './StageBars';
import { useFunnelReport } from './use-funnel-report';

const HOUR = 3_600_000;

// The charts redraw only when their own props change: a period change re-renders the page at once
// (the select), and the charts must sit that out until their deferred report arrives.
const StageBarsChart = memo(StageBars);
const ConversionsChart = memo(Conversions);
const FlowChartChart = memo(FlowChart);

function queryFilters(f: FunnelPageFilters): FunnelQuery['filters'] {
  return {
    ...(f.ownerId ? { ownerIds: [f.ownerId] } : {}),
    ...(f.role ? { roles: [f.role] } : {}),
    ...(f.source ? { sources: [f.source] } : {}),
    ...(f.personaId ? { personaIds: [f.personaId] } : {}),
    ...(f.pipelineId ? { pipelineId: f.pipelineId } : {}),
    ...(f.tag ? { tags: [f.tag] } : {}),
  };
}

/** The shared scoreboard (DOMAIN.md §5): the funnel for a period, its conversions, flows and bottleneck; every figure opens its contacts. */
export function FunnelPage() {
  const { t, i18n } = useTranslation();
  const { id: workspaceId } = useWorkspaceApi();
  const enterWorkspace = useFunnelPage((s) => s.enterWorkspace);
  useEffect(() => enterWorkspace(workspaceId), [enterWorkspace, workspaceId]);
  const { period, view, compare, filters, drill, set } = useFunnelPage();
  const stages = useStageLabels();
  // Stable while the stages are (useStageLabels keeps its map): the memoised charts take it as a prop.
  const stageName = useCallback((id: string) => stages.get(id)?.name ?? id, [stages]);
  const liveTeam = useWorkspaceQuery((q) => q.team(), []);
  const livePersonas = useWorkspaceQuery((q) => q.personas(), []);
  const livePipelines = useWorkspaceQuery((q) => q.pipelines(), []);
  const team = liveTeam ?? [];
  const personas = livePersonas ?? [];
  const pipelines = livePipelines ?? [];
  // The hour is enough: a period's edges do not move by the minute, and a stable query is not recomputed.
  const hour = Math.floor(useNow() / HOUR) * HOUR;
  const {
    report: latestReport,
    took,
    client,
    shape,
    loading,
    error,
    query,
  } = useFunnelReport((s) => ({
    range: periodRange(period, hour, s.timeZone),
    view,
    filters: queryFilters(filters),
    compare: compare ? 'previous_period' : 'none',
    ...(s.handOffStageId ? { handOffStageId: s.handOffStageId } : {}),
    now: hour,
  }));
  // Charts redraw as a transition React can interrupt: a filter change never blocks the page for one long task.
  const report = useDeferredValue(latestReport);
  // The three charts take a new report one after another, each in a task of its own.
  const conversionsReport = useStaggered(report, 1);
  const flowReport = useStaggered(report, 2);
  const timeZone = shape?.timeZone ?? 'UTC';
  const save = useSaveExport();
  const onDrill = useCallback((selector: FunnelSelector) => set({ drill: selector }), [set]);
  if (error) throw error instanceof Error ? error : new Error(String(error));
  const rangeText = report
    ? t('funnel.rangeText', { from: formatDate(report.range.from, i18n.language, timeZone), to: formatDate(report.range.to - 1, i18n.language, timeZone) })
    : '';
  const loaded = liveTeam !== undefined && livePersonas !== undefined && livePipelines !== undefined && shape !== null;
  // A drilled stage the workspace does not have (an edited link) is named as unknown, not by its raw id.
  const drillStageName = (id: string) => stages.get(id)?.name ?? t('walk11.unknown.stage', { value: id });
  // Filtered to nothing: no bar and no band in either period, so the charts would be empty axes.
  const filteredToNothing =
    report !== null &&
    Object.values(filters).some((v) => v !== null) &&
    report.stages.every((s) => s.count === 0 && !s.previous) &&
    report.flows.every((f) => f.count === 0);
  return (
    <section className="page funnel-page" aria-labelledby="funnel-title">
      <header className="page-header">
        <h1 id="funnel-title">{t('funnel.title')}</h1>
        {report && (
          <span className="page-count" data-testid="funnel-range">
            {rangeText}
          </span>
        )}
        {report && (
          // The toolbar does not print: the sheet says in words what the figures are filtered by.
          <span className="page-count print-only" data-testid="funnel-print-filters">
            {filtersText(t, filters, view, compare, { team, personas, pipelines })}
          </span>
        )}
        {took !== null && shape && (
          <span className="muted funnel-took" data-testid="funnel-took">
            {t('funnel.took', { ms: took, contacts: formatNumber(shape.contacts, i18n.language), moves: formatNumber(shape.transitions, i18n.language) })}
          </span>
        )}
      </header>
      <FunnelToolbar team={team} personas={personas} pipelines={pipelines} sources={shape?.sources ?? []} tags={shape?.tags ?? []} loaded={loaded} />
      <div id="funnel-panel" role="tabpanel" aria-labelledby={tabId('funnel-view', view)} className="funnel-panel">
        {loading ? (
          <div className="funnel-loading">
            <p className="muted">{loading.phase === 'reading' ? t('funnel.reading') : t('funnel.building')}</p>
            <ProgressBar
              done={loading.phase === 'reading' ? 1 : 2}
              total={3}
              label={loading.phase === 'reading' ? t('funnel.reading') : t('funnel.building')}
            />
          </div>
        ) : shape && shape.transitions === 0 ? (
          <EmptyState icon={<Filter size={28} />} title={t('funnel.emptyTitle')}>
            {t('funnel.emptyBody')}
          </EmptyState>
        ) : report && filteredToNothing ? (
          <EmptyState icon={<Filter size={28} />} title={t('walk11.emptyFilteredTitle')}>
            {t('walk11.emptyFilteredBody')}
          </EmptyState>
        ) : report ? (
          <>
            <BottleneckSentence report={report} stageName={stageName} slaHours={shape?.handOffSlaHours ?? null} onDrill={onDrill} />
            {(filters.ownerId !== null || filters.role !== null) && (
              // Said, because "my funnel" could be read as the contacts I own today, which loses every one handed on.
              <p className="muted funnel-caveat" data-testid="funnel-owner-scope">
                {t('funnel.ownerScope', {
                  who: filters.ownerId !== null ? (team.find((m) => m.id === filters.ownerId)?.name ?? filters.ownerId) : t(`role.${filters.role!}`),
                })}
              </p>
            )}
            {report.previousRange && report.view === 'activity' && report.range.to > hour && (
              // "Went on by now" gives a finished period more time than one still running: said, so a drop is not read as a collapse.
              <p className="muted funnel-caveat" data-testid="funnel-caveat">
                {t('funnel.runningCaveat')}
              </p>
            )}
            {drill && client && query && (
              <DrillPanel
                client={client}
                query={query}
                selector={drill}
                title={drillTitle(t, drill, drillStageName)}
                setLabel={`${drillTitle(t, drill, drillStageName)}, ${rangeText}`}
                team={team}
                stageName={stageName}
                onClose={() => set({ drill: null })}
              />
            )}
            <div className="funnel-grid">
              <StageBarsChart report={report} scope={rangeText} stageName={stageName} onDrill={onDrill} onSave={save} />
              <ConversionsChart report={conversionsReport ?? report} scope={rangeText} stageName={stageName} onDrill={onDrill} onSave={save} />
              <FlowChartChart report={flowReport ?? report} scope={rangeText} stageName={stageName} onDrill={onDrill} onSave={save} />
            </div>
          </>
        ) : null}
      </div>
    </section>
  );
}

/** What a drilled figure counts, in words: the drill panel's title. */
function drillTitle(t: TFunction, s: FunnelSelector, stageName: (id: string) => string): string {
  switch (s.kind) {
    case 'stage':
      return t('funnel.drill.stage', { stage: stageName(s.stageId) });
    case 'conversion':
      return s.part === 'entered'
        ? t('funnel.drill.entered', { from: stageName(s.from), to: stageName(s.to) })
        : t('funnel.drill.converted', { from: stageName(s.from), to: stageName(s.to) });
    case 'link':
      return t('funnel.drill.link', { from: s.from === null ? t('funnel.created') : stageName(s.from), to: stageName(s.to) });
    case 'hand_off':
      return s.part === 'breached' ? t('funnel.drill.breached') : t('funnel.drill.handOff');
  }
}

/** The filters, view and comparison in words, for the printed sheet (the toolbar is not printed). */
function filtersText(
  t: TFunction,
  f: FunnelPageFilters,
  view: 'activity' | 'cohort',
  compare: boolean,
  lists: { team: readonly TeamMember[]; personas: readonly Persona[]; pipelines: readonly Pipeline[] },
): string {
  const named = (list: readonly { id: string; name: string }[], id: string) => list.find((x) => x.id === id)?.name;
  const parts: string[] = [];
  const add = (name: string, value: string) => parts.push(t('walk11.printFilter', { name, value }));
  if (f.ownerId) add(t('funnel.owner'), named(lists.team, f.ownerId) ?? t('walk11.unknown.owner', { value: f.ownerId }));
  if (f.role) add(t('funnel.role'), t(`role.${f.role}`));
  if (f.source) add(t('funnel.source'), sourceLabel(t, f.source));
  if (f.personaId) add(t('funnel.persona'), named(lists.personas, f.personaId) ?? t('walk11.unknown.persona', { value: f.personaId }));
  if (f.pipelineId) add(t('funnel.pipeline'), named(lists.pipelines, f.pipelineId) ?? t('walk11.unknown.pipeline', { value: f.pipelineId }));
  if (f.tag) add(t('funnel.tag'), f.tag);
  const filters = parts.length > 0 ? t('walk11.printFilters', { filters: parts.join(', ') }) : t('walk11.printNoFilters');
  return [filters, t(`walk11.printView.${view}`), ...(compare ? [] : [t('walk11.printNoCompare')])].join(' · ');
}
