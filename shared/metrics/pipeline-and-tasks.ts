import type { Deal } from '../model/deal';
import type { Pipeline } from '../model/pipeline';
import type { Timestamp } from '../model/record';
import type { Task } from '../model/task';
import { counted, inRange, type Counted, type DateRange } from './scope';

/** Sales performance by pipeline stage: how many deals and how much amount sit in each. */
export function salesByStage(deals: readonly Deal[], pipeline: Pipeline, ownerIds?: readonly string[]): { stageId: string; deals: Counted; amount: number }[] {
  const owners = ownerIds ? new Set(ownerIds) : null;
  const live = deals.filter((d) => d.deletedAt === null && d.pipelineId === pipeline.id && (!owners || (d.ownerId !== null && owners.has(d.ownerId))));
  return pipeline.stages.map((s) => {
    const here = live.filter((d) => d.stageId === s.id);
    return { stageId: s.id, deals: counted(here.map((d) => d.id)), amount: here.reduce((sum, d) => sum + (d.amount ?? 0), 0) };
  });
}

export type TaskFilter = { ownerIds?: readonly string[]; pipelineId?: string; created?: DateRange };
export type TaskCounts = { ownerId: string | null; open: Counted; done: Counted; overdue: Counted };

/** The task filter as a test (live tasks only): owner, pipeline (via the deal) and creation date; shared by every task report. */
export function taskFilterTest(deals: readonly Deal[], filter: TaskFilter = {}): (t: Task) => boolean {
  const pipelineOf = filter.pipelineId ? new Map(deals.map((d) => [d.id, d.pipelineId])) : null;
  const owners = filter.ownerIds ? new Set(filter.ownerIds) : null;
  return (t) =>
    t.deletedAt === null &&
    !(owners && (t.ownerId === null || !owners.has(t.ownerId))) &&
    !(pipelineOf && (t.dealId === null || pipelineOf.get(t.dealId) !== filter.pipelineId)) &&
    !(filter.created && !inRange(t.createdAt, filter.created));
}

/** Tasks per owner: open, done, and overdue (open past due), filtered by owner, pipeline (via the deal) and creation date. */
export function taskMetrics(tasks: readonly Task[], deals: readonly Deal[], now: Timestamp, filter: TaskFilter = {}): TaskCounts[] {
  const keep = taskFilterTest(deals, filter);
  const byOwner = new Map<string | null, { open: string[]; done: string[]; overdue: string[] }>();
  for (const t of tasks) {
    if (!keep(t)) continue;
    const entry = byOwner.get(t.ownerId) ?? { open: [], done: [], overdue: [] };
    if (t.doneAt !== null) entry.done.push(t.id);
    else {
      entry.open.push(t.id);
      if (t.dueAt !== null && t.dueAt < now) entry.overdue.push(t.id);
    }
    byOwner.set(t.ownerId, entry);
  }
  return [...byOwner].map(([ownerId, e]) => ({ ownerId, open: counted(e.open), done: counted(e.done), overdue: counted(e.overdue) }));
}
