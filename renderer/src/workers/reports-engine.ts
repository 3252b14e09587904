import {
  calibrationReport,
  calibrationTable,
  dealTimeInStage,
  dealTimeInStageTable,
  forecastTable,
  inquiryTrendTable,
  inquiryToLeadTrend,
  leadVelocity,
  leadVelocityTable,
  roleDashboards,
  salesByStage,
  salesByStageTable,
  stageTimeTable,
  tasksByRep,
  tasksByRepTable,
  thresholdPreview,
  timeInStage,
  volumeSlaReport,
  volumeSlaTable,
  weightedPipeline,
  winRates,
  winRatesTable,
  funnelIds,
  type CalibrationReport,
  type DateRange,
  type ReportTable,
  type RoleDashboard,
  type ThresholdPreview,
  type WinRatesOptions,
} from '@shared/index';
import { loadReportsSource, type ReportsSource } from '../db/repositories/reports-repository';
import { openWorkspaceDb, type WorkspaceDb } from '../db/workspace-db';

/** What the reports page asks for: the period, the pipeline and owner it is narrowed to, how win rates are grouped. */
export type ReportsQuery = {
  range: DateRange;
  /** The same length just before: the inquiry → lead baseline. */
  baseline: DateRange;
  pipelineId: string | null;
  ownerId: string | null;
  winRatesBy: WinRatesOptions['by'];
  /** A hand-off threshold to preview (the calibration's "apply"); null: none asked. */
  previewThreshold: number | null;
  now: number;
};

export type ReportsResult = {
  currency: string;
  timeZone: string;
  pipelineId: string | null;
  handOffThreshold: number | null;
  roles: RoleDashboard[];
  sales: Record<'byStage' | 'forecast' | 'winRates' | 'dealTime' | 'velocity' | 'stageTime' | 'inquiry', ReportTable>;
  tasks: Record<'byRep' | 'volume', ReportTable>;
  calibration: { report: CalibrationReport | null; table: ReportTable | null; preview: ThresholdPreview | null };
  /** Contacts, deals and stage changes the figures were computed from (the page says so). */
  counts: { contacts: number; deals: number; transitions: number };
  /** The period the figures are for (the query's): the page words it with the figures, not with the select. */
  range: DateRange;
};

const none: ReportTable = { columns: [], rows: [] };

/** Every report of the reports page from one read of the workspace, as tables (the page draws charts from some of them). */
export function computeReports(source: ReportsSource, query: ReportsQuery): ReportsResult {
  const { range, now } = query;
  const timeZone = source.calendar?.timeZone ?? 'UTC';
  const pipeline = source.pipelines.find((p) => p.id === query.pipelineId) ?? source.pipelines.find((p) => p.kind === 'sales') ?? source.pipelines[0] ?? null;
  const owner = query.ownerId;
  const deals = source.deals.filter((d) => (owner === null || d.ownerId === owner) && (pipeline === null || d.pipelineId === pipeline.id));
  const lifecycle = source.lifecycle;
  const funnel = lifecycle ? funnelIds(lifecycle) : [];
  const roles =
    lifecycle && source.calendar
      ? roleDashboards(
          {
            log: source.transitions,
            deals: source.deals,
            tasks: source.tasks,
            activities: source.activities,
            team: source.team,
            now,
            calendar: source.calendar,
            currency: source.currency,
            lifecycle,
          },
          range,
          12,
        )
      : [];
  const design = lifecycle && source.model ? { lifecycle, model: source.model } : null;
  const calibration = design ? calibrationReport(source.contacts, source.transitions, source.deals, design) : null;
  return {
    currency: source.currency,
    timeZone,
    pipelineId: pipeline?.id ?? null,
    handOffThreshold: source.model?.handOffThreshold ?? null,
    roles,
    sales: {
      byStage: pipeline ? salesByStageTable(salesByStage(deals, pipeline), deals) : none,
      forecast: forecastTable(weightedPipeline(deals, source.pipelines, 'month', timeZone), deals, source.pipelines),
      winRates: winRatesTable(
        // The chosen owner narrows win rates too (by source or product it is their own mix).
        winRates(deals, { by: query.winRatesBy, range }),
        query.winRatesBy,
      ),
      dealTime: pipeline ? dealTimeInStageTable(dealTimeInStage(source.dealMoves, deals, pipeline, range, Math.min(range.to, now))) : none,
      velocity: leadVelocityTable(leadVelocity(source.transitions, 'customer', range, null)),
      stageTime: stageTimeTable(timeInStage(source.transitions, range, null), funnel),
      inquiry: lifecycle ? inquiryTrendTable(inquiryToLeadTrend(source.transitions, 'lead', range, query.baseline, timeZone)) : none,
    },
    tasks: {
      // Narrowed to a pipeline only when one was chosen: hand-off tasks belong to no deal, so any pipeline filter drops them.
      byRep: tasksByRepTable(
        tasksByRep(
          source.tasks,
          source.deals,
          source.team,
          { ...(query.pipelineId ? { pipelineId: query.pipelineId } : {}), ...(owner ? { ownerIds: [owner] } : {}), created: range },
          now,
        ),
      ),
      volume: lifecycle ? volumeSlaTable(volumeSlaReport(source.transitions, lifecycle, now, timeZone)) : none,
    },
    calibration: {
      report: calibration,
      table: calibration ? calibrationTable(calibration) : null,
      preview: design && query.previewThreshold !== null ? thresholdPreview(source.contacts, design, query.previewThreshold) : null,
    },
    counts: { contacts: source.contacts.length, deals: source.deals.length, transitions: source.transitions.length },
    range,
  };
}

/** The reports' engine over one open workspace: what the reports worker runs (tests run it without a worker). */
export function createReportsEngine() {
  let db: WorkspaceDb | null = null;
  let source: ReportsSource | null = null;
  async function open(dbName: string): Promise<void> {
    close();
    db = openWorkspaceDb(dbName);
    source = await loadReportsSource(db);
  }
  /** Reads the workspace again (after writes). */
  async function refresh(): Promise<void> {
    if (!db) throw new Error('the reports worker has no open workspace');
    source = await loadReportsSource(db);
  }
  function compute(query: ReportsQuery): ReportsResult {
    if (!source) throw new Error('the reports worker has no open workspace');
    return computeReports(source, query);
  }
  function close(): void {
    db?.close();
    db = null;
    source = null;
  }
  return { open, refresh, compute, close };
}
