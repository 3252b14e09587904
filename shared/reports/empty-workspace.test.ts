import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createEmptyWorkspaceData } from '../defaults/empty-workspace';
import { workspaceCalendar } from '../sla/stage-sla';
import { calibrationReport, calibrationTable, thresholdPreview } from './calibration-report';
import { dealTimeInStage, dealTimeInStageTable } from './deal-time-in-stage';
import { tableCsv, reportTableSchema, type ReportTable } from './report-table';
import { roleDashboards, roleTrendTable } from './role-dashboards';
import { tasksByRep, tasksByRepTable } from './tasks-by-rep';
import { volumeSlaReport, volumeSlaTable } from './volume-sla-report';
import { forecastTable, inquiryTrendTable, leadVelocityTable, salesByStageTable, stageTimeTable } from './sales-tables';
import { weightedPipeline } from '../forecast/forecast';
import { leadVelocity, timeInStage } from '../metrics/durations';
import { salesByStage } from '../metrics/pipeline-and-tasks';
import { inquiryToLeadTrend } from '../metrics/trend';
import { winRates, winRatesTable } from './win-rates';

const now = Date.UTC(2026, 10, 23);
const ws = createEmptyWorkspaceData({ name: 'New', locale: 'ko', now });
const year = { from: now - 365 * 86_400_000, to: now };
const design = { model: ws.scoringModels[0]!, lifecycle: ws.lifecycles[0]! };

/** Every number in a result, so a NaN or an Infinity hiding in a nested figure is found. */
function numbers(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbers);
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbers);
  return [];
}

describe('reports of an empty workspace', () => {
  const results = {
    winRates: winRates(ws.deals, { by: 'owner', range: year }),
    dealTimeInStage: dealTimeInStage(ws.dealMoves, ws.deals, ws.pipelines[0]!, year),
    tasksByRep: tasksByRep(ws.tasks, ws.deals, ws.teamMembers, {}, now),
    roleDashboards: roleDashboards(
      {
        log: ws.transitions,
        deals: ws.deals,
        tasks: ws.tasks,
        activities: ws.activities,
        team: ws.teamMembers,
        now,
        calendar: workspaceCalendar(ws.meta[0]),
        lifecycle: design.lifecycle,
      },
      year,
      12,
    ),
    calibration: calibrationReport(ws.contacts, ws.transitions, ws.deals, design),
    preview: thresholdPreview(ws.contacts, design, 60),
    volumeSlas: volumeSlaReport(ws.transitions, design.lifecycle, now, 'Asia/Seoul'),
  };

  it('are empty, not errors: no rows where there is nothing, zero counts and null rates where a row must stand', () => {
    expect(results.winRates).toEqual([]);
    expect(results.tasksByRep).toEqual([]);
    expect(results.volumeSlas).toEqual([]);
    expect(results.dealTimeInStage.every((r) => r.days.count === 0 && r.days.median === null && r.days.p90 === null)).toBe(true);
    expect(results.calibration).toMatchObject({ samples: 0, acceptanceAuc: null, winAuc: null, suggested: null, notEnoughData: 'no_samples' });
    expect(results.calibration.bands.every((b) => b.handedOff.count === 0 && b.acceptanceRate === null && b.winRate === null)).toBe(true);
    expect(results.preview).toEqual({ threshold: 60, readyNow: 0, readyAfter: 0, becomeReady: { count: 0, ids: [] }, stopBeingReady: { count: 0, ids: [] } });
    for (const d of results.roleDashboards) {
      expect(d.trend).toHaveLength(12);
      expect(d.trend.every((p) => p.value === 0 || p.value === null)).toBe(true);
      expect(d.target).toBeNull();
    }
    expect(results.roleDashboards.find((d) => d.role === 'ae')!.kpis).toMatchObject({ winRate: null, averageDeal: null, wonAmount: 0 });
  });

  it('hold no NaN or infinite number anywhere', () => {
    expect(numbers(results).filter((x) => !Number.isFinite(x))).toEqual([]);
  });

  it('still make valid tables and CSVs (headers only where there are no rows)', () => {
    const tables: ReportTable[] = [
      winRatesTable(results.winRates, 'owner'),
      dealTimeInStageTable(results.dealTimeInStage),
      tasksByRepTable(results.tasksByRep),
      calibrationTable(results.calibration),
      volumeSlaTable(results.volumeSlas),
      ...results.roleDashboards.map(roleTrendTable),
      salesByStageTable(salesByStage(ws.deals, ws.pipelines[0]!), ws.deals),
      forecastTable(weightedPipeline(ws.deals, ws.pipelines, 'month'), ws.deals, ws.pipelines),
      stageTimeTable(timeInStage(ws.transitions, year, null), ['lead', 'mql']),
      leadVelocityTable(leadVelocity(ws.transitions, 'customer', year, null)),
      inquiryTrendTable(inquiryToLeadTrend(ws.transitions, 'lead', year, year, 'Asia/Seoul')),
    ];
    expect(numbers(tables).filter((x) => !Number.isFinite(x))).toEqual([]);
    for (const table of tables) {
      expect(reportTableSchema.safeParse(table).success).toBe(true);
      const csv = tableCsv(table, { header: (key) => key });
      expect(Papa.parse(csv, { skipEmptyLines: true }).data).toHaveLength(table.rows.length + 1);
    }
    expect(Papa.parse(tableCsv(winRatesTable([], 'owner'), { header: (key) => key }), { skipEmptyLines: true }).data).toEqual([
      ['report.column.owner', 'report.column.won', 'report.column.lost', 'report.column.winRate'],
    ]);
  });
});
