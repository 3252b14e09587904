import type { Deal } from '../model/deal';
import type { ActivityType } from '../model/identifiers';
import type { Pipeline, PipelineStage } from '../model/pipeline';
import type { Timestamp } from '../model/record';
import { dealProbability } from '../forecast/forecast';

const DAY_MS = 86_400_000;

/** Days since someone last worked the deal: the later of its last logged call/e-mail/meeting/note and its last stage change. */
export const dealIdleDays = (deal: Pick<Deal, 'stageEnteredAt' | 'lastActivityAt'>, now: Timestamp) =>
  Math.max(0, now - Math.max(deal.stageEnteredAt, deal.lastActivityAt ?? 0)) / DAY_MS;

/** Whole days a deal has been in its stage: what the card, the drawer and the bottleneck's wait all show. */
export const daysInStage = (deal: Pick<Deal, 'stageEnteredAt'>, now: Timestamp) => Math.floor(Math.max(0, now - deal.stageEnteredAt) / DAY_MS);

/** Touches that show someone is working a deal (DOMAIN.md §3): logged on the deal, they reset its idle clock. */
export const dealTouchTypes = ['call_logged', 'email_logged', 'meeting_booked', 'note_added'] as const satisfies readonly ActivityType[];
const isDealTouch = (type: ActivityType) => (dealTouchTypes as readonly ActivityType[]).includes(type);

/** The deal after an activity logged on it: a touch on an open deal moves its idle clock; anything else leaves it as it is (null). */
export function touchDeal(deal: Deal, activity: { type: ActivityType; at: Timestamp }, now: Timestamp): Deal | null {
  if (deal.status !== 'open' || !isDealTouch(activity.type) || (deal.lastActivityAt ?? 0) >= activity.at) return null;
  return { ...deal, lastActivityAt: activity.at, updatedAt: now };
}

/** A stalled deal has rotted this many times its stage's limit: the board offers to recycle it. */
export const STALLED_FACTOR = 2;

export type DealHealth = 'fresh' | 'rotting' | 'stalled';

export function dealHealth(
  deal: Pick<Deal, 'stageEnteredAt' | 'lastActivityAt' | 'status'>,
  stage: Pick<PipelineStage, 'rottingDays'> | undefined,
  now: Timestamp,
): DealHealth {
  if (deal.status !== 'open' || !stage || stage.rottingDays === null) return 'fresh';
  const idle = dealIdleDays(deal, now);
  return idle > stage.rottingDays * STALLED_FACTOR ? 'stalled' : idle > stage.rottingDays ? 'rotting' : 'fresh';
}

/** Sum of amounts and of amount × probability, per currency: amounts in different currencies are never added up. */
export type StageTotals = Record<string, { amount: number; weighted: number }>;

export type BoardColumn = { stage: PipelineStage; deals: Deal[]; count: number; totals: StageTotals };

const byCloseDate = (a: Deal, b: Deal) =>
  (a.expectedCloseDate ?? Number.POSITIVE_INFINITY) - (b.expectedCloseDate ?? Number.POSITIVE_INFINITY) || a.stageEnteredAt - b.stageEnteredAt;

/**
 * The board: one column per open, unarchived stage, in pipeline order, with its open deals (closing
 * soonest first), count and totals. One pass over the deals, so 10,000 cost what 100 do, times 100.
 * `keep` filters deals (owner, month, search…) before they are counted.
 */
export function boardColumns(deals: readonly Deal[], pipeline: Pipeline, keep: (deal: Deal) => boolean = () => true): BoardColumn[] {
  const columns = new Map<string, BoardColumn>();
  for (const stage of pipeline.stages) if (stage.outcome === 'open' && !stage.archived) columns.set(stage.id, { stage, deals: [], count: 0, totals: {} });
  for (const deal of deals) {
    if (deal.deletedAt !== null || deal.status !== 'open' || deal.pipelineId !== pipeline.id) continue;
    const column = columns.get(deal.stageId);
    if (!column || !keep(deal)) continue;
    column.deals.push(deal);
    column.count++;
    const totals = (column.totals[deal.currency] ??= { amount: 0, weighted: 0 });
    totals.amount += deal.amount ?? 0;
    totals.weighted += (deal.amount ?? 0) * dealProbability(deal, column.stage);
  }
  for (const column of columns.values()) column.deals.sort(byCloseDate);
  return [...columns.values()];
}

function recount(stage: PipelineStage, deals: Deal[]): BoardColumn {
  const totals: StageTotals = {};
  for (const deal of deals) {
    const t = (totals[deal.currency] ??= { amount: 0, weighted: 0 });
    t.amount += deal.amount ?? 0;
    t.weighted += (deal.amount ?? 0) * dealProbability(deal, stage);
  }
  return { stage, deals, count: deals.length, totals };
}

/**
 * The columns after some deals moved (or closed): only the columns they left or entered are rebuilt,
 * the others are the same objects — so a drop on a board of 10,000 deals redoes two columns, not ten
 * thousand cards, and unchanged columns need not re-render.
 */
export function withMovedDeals(columns: readonly BoardColumn[], moved: readonly Deal[], keep: (deal: Deal) => boolean = () => true): BoardColumn[] {
  if (moved.length === 0) return [...columns];
  const byId = new Map(moved.map((d) => [d.id, d]));
  const touched = new Set(moved.map((d) => d.stageId));
  for (const column of columns) if (column.deals.some((d) => byId.has(d.id))) touched.add(column.stage.id);
  return columns.map((column) => {
    if (!touched.has(column.stage.id)) return column;
    const deals = column.deals.filter((d) => !byId.has(d.id));
    for (const d of moved) if (d.stageId === column.stage.id && d.status === 'open' && d.deletedAt === null && keep(d)) deals.push(d);
    return recount(column.stage, deals.sort(byCloseDate));
  });
}

/** Mean time a column's deals entered their stage: the smaller, the longer they have waited. */
const meanEntry = (c: BoardColumn) => c.deals.reduce((sum, d) => sum + d.stageEnteredAt, 0) / c.count;

/**
 * The stage where deals pile up: most open deals; between stages holding as many, the one whose
 * deals have waited longer (earlier mean stage entry). A tie on both is no bottleneck (null) rather
 * than the left column by accident — nor is an empty board. Callers pass the whole pipeline's
 * columns: a filter narrows what is shown, not where the pipeline is stuck.
 */
export function boardBottleneck(columns: readonly BoardColumn[]): BoardColumn | null {
  let best: BoardColumn | null = null;
  let tied = false;
  for (const c of columns) {
    if (c.count === 0) continue;
    if (!best || c.count > best.count || (c.count === best.count && meanEntry(c) < meanEntry(best))) {
      best = c;
      tied = false;
    } else if (c.count === best.count && meanEntry(c) === meanEntry(best)) tied = true;
  }
  return tied ? null : best;
}
