import { dealProbability, type WeightedBucket } from '../forecast/forecast';
import type { DurationStats } from '../metrics/durations';
import type { TrendPoint } from '../metrics/trend';
import type { Deal } from '../model/deal';
import type { Pipeline } from '../model/pipeline';
import { reportColumn, type ReportTable } from './report-table';

const DAY_MS = 86_400_000;

type Amounts = Map<string, { amount: number; weighted: number }>;

/**
 * Amount (and weighted amount) per currency of the deals behind a figure. salesByStage and
 * weightedPipeline add amounts whatever their currency; their tables split them again from the
 * deal ids, so a column never mixes currencies.
 */
function amountsByCurrency(ids: readonly string[], dealById: ReadonlyMap<string, Deal>, probability: (d: Deal) => number = () => 1): Amounts {
  const sums: Amounts = new Map();
  for (const id of ids) {
    const d = dealById.get(id);
    if (!d) continue;
    const sum = sums.get(d.currency) ?? { amount: 0, weighted: 0 };
    sum.amount += d.amount ?? 0;
    sum.weighted += (d.amount ?? 0) * probability(d);
    sums.set(d.currency, sum);
  }
  return sums;
}

const currenciesOf = (all: readonly Amounts[]) => [...new Set(all.flatMap((a) => [...a.keys()]))].sort();

/** Sales performance by pipeline stage (salesByStage): deal count and amount per currency. */
export function salesByStageTable(rows: readonly { stageId: string; deals: { count: number; ids: string[] } }[], deals: readonly Deal[]): ReportTable {
  const dealById = new Map(deals.map((d) => [d.id, d]));
  const amounts = rows.map((r) => amountsByCurrency(r.deals.ids, dealById));
  const currencies = currenciesOf(amounts);
  return {
    columns: [
      reportColumn('stageId', 'text', 'report.column.stage'),
      reportColumn('count', 'count', 'report.column.deals'),
      ...currencies.map((c) => reportColumn(`amount.${c}`, 'money', 'report.column.amount', c)),
    ],
    rows: rows.map((r, i) => ({
      stageId: r.stageId,
      count: r.deals.count,
      ...Object.fromEntries(currencies.map((c) => [`amount.${c}`, amounts[i]!.get(c)?.amount ?? 0])),
    })),
    records: rows.map((r) => ({ kind: 'deals', ids: r.deals.ids })),
  };
}

/** The forecast by expected close month (weightedPipeline by month): open deals, amount and weighted amount per currency. */
export function forecastTable(buckets: readonly WeightedBucket[], deals: readonly Deal[], pipelines: readonly Pipeline[]): ReportTable {
  const dealById = new Map(deals.map((d) => [d.id, d]));
  const stages = new Map(pipelines.map((p) => [p.id, new Map(p.stages.map((s) => [s.id, s]))]));
  const probability = (d: Deal) => dealProbability(d, stages.get(d.pipelineId)?.get(d.stageId));
  const amounts = buckets.map((b) => amountsByCurrency(b.deals.ids, dealById, probability));
  const currencies = currenciesOf(amounts);
  return {
    columns: [
      reportColumn('month', 'month', 'report.column.closeMonth'),
      reportColumn('count', 'count', 'report.column.deals'),
      ...currencies.flatMap((c) => [
        reportColumn(`amount.${c}`, 'money', 'report.column.amount', c),
        reportColumn(`weighted.${c}`, 'money', 'report.column.weighted', c),
      ]),
    ],
    rows: buckets.map((b, i) => ({
      // "none" is weightedPipeline's key for deals without an expected close date: the UI words it.
      month: b.key,
      count: b.deals.count,
      ...Object.fromEntries(
        currencies.flatMap((c) => [[`amount.${c}`, amounts[i]!.get(c)?.amount ?? 0] as const, [`weighted.${c}`, amounts[i]!.get(c)?.weighted ?? 0] as const]),
      ),
    })),
    records: buckets.map((b) => ({ kind: 'deals', ids: b.deals.ids })),
  };
}

const days = (ms: number | null) => (ms === null ? null : ms / DAY_MS);

/** Contacts' time in each lifecycle stage (timeInStage, in ms) as count, median and p90 days, in the order of `stageIds`. */
export function stageTimeTable(stats: Readonly<Record<string, DurationStats>>, stageIds: readonly string[]): ReportTable {
  return {
    columns: [
      reportColumn('stageId', 'text', 'report.column.stage'),
      reportColumn('count', 'count'),
      reportColumn('median', 'days'),
      reportColumn('p90', 'days'),
    ],
    rows: stageIds.map((id) => ({ stageId: id, count: stats[id]?.count ?? 0, median: days(stats[id]?.median ?? null), p90: days(stats[id]?.p90 ?? null) })),
  };
}

/** Lead velocity (leadVelocity, in ms): one row of count, median and p90 days from creation to won. */
export function leadVelocityTable(stats: DurationStats): ReportTable {
  return {
    columns: [reportColumn('count', 'count', 'report.column.wins'), reportColumn('median', 'days'), reportColumn('p90', 'days')],
    rows: [{ count: stats.count, median: days(stats.median), p90: days(stats.p90) }],
  };
}

/** The inquiry → lead rate per month (inquiryToLeadTrend), with the baseline on every row for the line it draws. */
export function inquiryTrendTable(trend: { points: readonly TrendPoint[]; baselineRate: number | null }): ReportTable {
  return {
    columns: [
      reportColumn('month', 'month'),
      reportColumn('inquiries', 'count'),
      reportColumn('leads', 'count'),
      reportColumn('rate', 'percent'),
      reportColumn('baselineRate', 'percent'),
      reportColumn('medianDaysToLead', 'days'),
    ],
    rows: trend.points.map((p) => ({ ...p, baselineRate: trend.baselineRate })),
  };
}
