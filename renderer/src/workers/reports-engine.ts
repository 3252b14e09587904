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
  inRange,
  type CalibrationReport,
  type DateRange,
  type ReportTable,
  type RoleDashboard,
  type ThresholdPreview,
  type WinRatesOptions,
} from '@shared/index';
import {
  growingReportTables,
  loadReportsSource,
  type GrowingReportTable,
  type ReportsSource,
  type ReportsWatermarks,
} from '../db/repositories/reports-repository';
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

/**
 * Remembers each report's answer for the query fields it reads, until the source changes: a new
 * grouping of win rates recomputes win rates, not the role dashboards (seconds at 100,000 contacts).
 */
export function createReportMemo() {
  const answers = new Map<string, { key: string; value: unknown }>();
  return {
    of<T>(name: string, inputs: readonly unknown[], compute: () => T): T {
      const key = JSON.stringify(inputs);
      const kept = answers.get(name);
      if (kept && kept.key === key) return kept.value as T;
      const value = compute();
      answers.set(name, { key, value });
      return value;
    },
    clear: () => answers.clear(),
  };
}
type ReportMemo = ReturnType<typeof createReportMemo>;

/** Every report of the reports page from one read of the workspace, as tables (the page draws charts from some of them). */
export function computeReports(source: ReportsSource, query: ReportsQuery, memo: ReportMemo = createReportMemo()): ReportsResult {
  const { range, now, baseline } = query;
  const timeZone = source.calendar?.timeZone ?? 'UTC';
  const pipeline = source.pipelines.find((p) => p.id === query.pipelineId) ?? source.pipelines.find((p) => p.kind === 'sales') ?? source.pipelines[0] ?? null;
  const owner = query.ownerId;
  const narrowed = [pipeline?.id ?? null, owner];
  const deals = memo.of('deals', narrowed, () =>
    source.deals.filter((d) => (owner === null || d.ownerId === owner) && (pipeline === null || d.pipelineId === pipeline.id)),
  );
  const lifecycle = source.lifecycle;
  const funnel = lifecycle ? funnelIds(lifecycle) : [];
  const roles = memo.of('roles', [range, now], () =>
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
      : [],
  );
  const design = lifecycle && source.model ? { lifecycle, model: source.model } : null;
  const calibration = memo.of('calibration', [], () => (design ? calibrationReport(source.contacts, source.transitions, source.deals, design) : null));
  return {
    currency: source.currency,
    timeZone,
    pipelineId: pipeline?.id ?? null,
    handOffThreshold: source.model?.handOffThreshold ?? null,
    roles,
    sales: {
      byStage: memo.of('byStage', [...narrowed, range], () => {
        // Open deals where they stand now; won and lost only those closed in the period (all time read as this month's).
        const standing = deals.filter((d) => d.closedAt === null || inRange(d.closedAt, range));
        return pipeline ? salesByStageTable(salesByStage(standing, pipeline), standing) : none;
      }),
      forecast: memo.of('forecast', narrowed, () => forecastTable(weightedPipeline(deals, source.pipelines, 'month', timeZone), deals, source.pipelines)),
      winRates: memo.of('winRates', [...narrowed, query.winRatesBy, range], () =>
        winRatesTable(
          // The chosen owner narrows win rates too (by source or product it is their own mix).
          winRates(deals, { by: query.winRatesBy, range }),
          query.winRatesBy,
        ),
      ),
      dealTime: memo.of('dealTime', [...narrowed, range, now], () =>
        pipeline ? dealTimeInStageTable(dealTimeInStage(source.dealMoves, deals, pipeline, range, Math.min(range.to, now))) : none,
      ),
      velocity: memo.of('velocity', [range], () => leadVelocityTable(leadVelocity(source.transitions, 'customer', range, null))),
      stageTime: memo.of('stageTime', [range], () => stageTimeTable(timeInStage(source.transitions, range, null), funnel)),
      inquiry: memo.of('inquiry', [range, baseline], () =>
        lifecycle ? inquiryTrendTable(inquiryToLeadTrend(source.transitions, 'lead', range, baseline, timeZone)) : none,
      ),
    },
    tasks: {
      // Narrowed to a pipeline only when one was chosen: hand-off tasks belong to no deal, so any pipeline filter drops them.
      byRep: memo.of('byRep', [query.pipelineId, owner, range, now], () =>
        tasksByRepTable(
          tasksByRep(
            source.tasks,
            source.deals,
            source.team,
            { ...(query.pipelineId ? { pipelineId: query.pipelineId } : {}), ...(owner ? { ownerIds: [owner] } : {}), created: range },
            now,
          ),
        ),
      ),
      volume: memo.of('volume', [now], () => (lifecycle ? volumeSlaTable(volumeSlaReport(source.transitions, lifecycle, now, timeZone)) : none)),
    },
    calibration: {
      report: calibration,
      table: calibration ? calibrationTable(calibration) : null,
      preview: memo.of('preview', [query.previewThreshold], () =>
        design && query.previewThreshold !== null ? thresholdPreview(source.contacts, design, query.previewThreshold) : null,
      ),
    },
    counts: { contacts: source.contacts.length, deals: source.deals.length, transitions: source.transitions.length },
    range,
  };
}

type Held = { [T in GrowingReportTable]: Map<string, ReportsSource[T][number]> };

/** The reports' engine over one open workspace: what the reports worker runs (tests run it without a worker). */
export function createReportsEngine() {
  let db: WorkspaceDb | null = null;
  let source: ReportsSource | null = null;
  // The large tables by id, so a refresh reads only what was written since and replaces or drops it.
  let held: Held | null = null;
  let watermarks: ReportsWatermarks | null = null;
  const memo = createReportMemo();
  async function open(dbName: string): Promise<void> {
    close();
    db = openWorkspaceDb(dbName);
    const read = await loadReportsSource(db);
    const byId = <R extends { id: string }>(rows: readonly R[]) => new Map(rows.map((r) => [r.id, r]));
    held = {
      contacts: byId(read.contacts),
      transitions: byId(read.transitions),
      deals: byId(read.deals),
      dealMoves: byId(read.dealMoves),
      tasks: byId(read.tasks),
      activities: byId(read.activities),
    };
    watermarks = read.watermarks;
    source = read;
  }
  /** Catches up with what was written since the last read: the changed records only, the small tables whole. */
  async function refresh(): Promise<void> {
    if (!db || !held || !watermarks || !source) throw new Error('the reports worker has no open workspace');
    const read = await loadReportsSource(db, watermarks);
    const next: ReportsSource = { ...read };
    for (const table of growingReportTables) {
      const rows = read[table];
      const map = held[table] as Map<string, { id: string; updatedAt: number; deletedAt: number | null }>;
      let changed = false;
      for (const r of rows) {
        const had = map.get(r.id);
        if (!had && r.deletedAt !== null) continue;
        // The read starts at the watermark, so the newest records come again unchanged.
        if (had?.updatedAt === r.updatedAt && had.deletedAt === r.deletedAt) continue;
        changed = true;
        if (r.deletedAt === null) map.set(r.id, r);
        else map.delete(r.id);
      }
      // An unchanged table keeps its array.
      (next as Record<GrowingReportTable, unknown[]>)[table] = changed ? [...map.values()] : source[table];
    }
    watermarks = read.watermarks;
    source = next;
    memo.clear();
  }
  function compute(query: ReportsQuery): ReportsResult {
    if (!source) throw new Error('the reports worker has no open workspace');
    return computeReports(source, query, memo);
  }
  function close(): void {
    db?.close();
    db = null;
    source = null;
    held = null;
    watermarks = null;
    memo.clear();
  }
  return { open, refresh, compute, close };
}
