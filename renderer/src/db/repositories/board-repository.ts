import { TZDate } from '@date-fns/tz';
import { contactDisplayName } from '@shared/index';
import type { Activity, Deal, DealMove, Pipeline, Task } from '@shared/model';
import type { WorkspaceDb } from '../workspace-db';
import { getWorkspaceMeta } from './meta-repository';

export type NextTask = Pick<Task, 'title' | 'dueAt'>;

export type BoardData = {
  pipelines: Pipeline[];
  pipeline: Pipeline | null;
  /** Open deals of the pipeline. */
  deals: Deal[];
  companyNames: Record<string, string>;
  /** The earliest open task of each deal that has one. */
  nextTasks: Record<string, NextTask>;
  currency: string;
  timeZone: string;
  /** Won amount this quarter (workspace currency) per owner: the forecast strip's quota attainment. */
  wonThisQuarter: Record<string, number>;
};

/** The live companies' names of some deals, by company id. */
async function companyNamesOf(db: WorkspaceDb, deals: readonly Deal[]): Promise<Record<string, string>> {
  const companies = await db.companies.bulkGet([...new Set(deals.flatMap((d) => (d.companyId ? [d.companyId] : [])))]);
  return Object.fromEntries(companies.flatMap((c) => (c && c.deletedAt === null ? [[c.id, c.name]] : [])));
}

/** The first instant of the quarter `now` falls in, in the workspace's zone. */
function quarterStart(now: number, timeZone: string): number {
  const local = new TZDate(now, timeZone);
  return new TZDate(local.getFullYear(), Math.floor(local.getMonth() / 3) * 3, 1, timeZone).getTime();
}

/**
 * What the board shows for one pipeline — named by id or by kind ("sales", as the address names a
 * pipeline that is the only one of its kind); the sales pipeline when none or a deleted one is
 * asked for: its open deals through the [pipelineId+status] index, their companies' names and next open tasks.
 */
export async function loadBoard(db: WorkspaceDb, pipelineRef: string | null, now: number): Promise<BoardData> {
  const [pipelines, meta] = await Promise.all([db.pipelines.filter((p) => p.deletedAt === null).toArray(), getWorkspaceMeta(db)]);
  const pipeline =
    pipelines.find((p) => p.id === pipelineRef) ??
    pipelines.find((p) => p.kind === pipelineRef) ??
    pipelines.find((p) => p.kind === 'sales') ??
    pipelines[0] ??
    null;
  const currency = meta?.currency ?? 'USD';
  const timeZone = meta?.calendar.timeZone ?? 'UTC';
  const empty = { pipelines, pipeline, deals: [], companyNames: {}, nextTasks: {}, currency, timeZone, wonThisQuarter: {} };
  if (!pipeline) return empty;
  const deals = (await db.deals.where('[pipelineId+status]').equals([pipeline.id, 'open']).toArray()).filter((d) => d.deletedAt === null);
  const since = quarterStart(now, timeZone);
  const [companyNames, tasks, won] = await Promise.all([
    companyNamesOf(db, deals),
    db.tasks
      .where('dealId')
      .anyOf(deals.map((d) => d.id))
      .filter((t) => t.deletedAt === null && t.doneAt === null)
      .toArray(),
    // A quota is a person's, whatever pipeline the deal was won in.
    db.deals
      .where('[pipelineId+status]')
      .anyOf(pipelines.map((p) => [p.id, 'won']))
      .filter((d) => d.deletedAt === null && (d.closedAt ?? 0) >= since && d.currency === currency)
      .toArray(),
  ]);
  const wonThisQuarter: Record<string, number> = {};
  for (const d of won) if (d.ownerId) wonThisQuarter[d.ownerId] = (wonThisQuarter[d.ownerId] ?? 0) + (d.amount ?? 0);
  const nextTasks: Record<string, NextTask> = {};
  for (const t of tasks) {
    const current = nextTasks[t.dealId!];
    if (!current || (t.dueAt ?? Infinity) < (current.dueAt ?? Infinity)) nextTasks[t.dealId!] = { title: t.title, dueAt: t.dueAt };
  }
  return { ...empty, deals, companyNames, nextTasks, wonThisQuarter };
}

export type DealSetData = {
  deals: Deal[];
  /** Every live pipeline's stages by id: a set may hold deals of several pipelines. */
  stageNames: Record<string, string>;
  companyNames: Record<string, string>;
  timeZone: string;
};

/** The deals behind a report figure (open or closed, any pipeline), in the order asked. */
export async function loadDealSet(db: WorkspaceDb, ids: readonly string[]): Promise<DealSetData> {
  const [found, pipelines, meta] = await Promise.all([db.deals.bulkGet([...ids]), db.pipelines.toArray(), getWorkspaceMeta(db)]);
  const deals = found.filter((d): d is Deal => d !== undefined && d.deletedAt === null);
  const companyNames = await companyNamesOf(db, deals);
  return {
    deals,
    stageNames: Object.fromEntries(pipelines.flatMap((p) => p.stages.map((s) => [s.id, s.name]))),
    companyNames,
    timeZone: meta?.calendar.timeZone ?? 'UTC',
  };
}

export type DealRecordData = {
  deal: Deal;
  pipeline: Pipeline | null;
  moves: DealMove[];
  contacts: { id: string; name: string; stage: string }[];
  tasks: Task[];
  /** What was logged on the deal (calls, e-mails, meetings, notes), newest first. */
  activities: Activity[];
  companyName: string | null;
};

/** One deal with its stage history, contacts and open tasks, for the deal drawer. */
export async function loadDealRecord(db: WorkspaceDb, dealId: string): Promise<DealRecordData | null> {
  const deal = await db.deals.get(dealId);
  if (!deal || deal.deletedAt !== null) return null;
  const [pipeline, moves, contacts, tasks, company, activities] = await Promise.all([
    db.pipelines.get(deal.pipelineId),
    db.dealMoves.where('[dealId+at]').between([dealId, -Infinity], [dealId, Infinity]).toArray(),
    db.contacts.bulkGet(deal.contactIds),
    db.tasks.where('dealId').equals(dealId).toArray(),
    deal.companyId ? db.companies.get(deal.companyId) : undefined,
    // Activities are found by contact; the deal's are those of its contacts logged on it.
    Promise.all(
      deal.contactIds.map((c) =>
        db.activities
          .where('[contactId+at]')
          .between([c, -Infinity], [c, Infinity])
          .filter((a) => a.dealId === dealId && a.deletedAt === null)
          .toArray(),
      ),
    ),
  ]);
  return {
    companyName: company && company.deletedAt === null ? company.name : null,
    activities: activities.flat().sort((a, b) => b.at - a.at),
    deal,
    pipeline: pipeline ?? null,
    moves: moves.filter((m) => m.deletedAt === null),
    contacts: contacts.flatMap((c) => (c && c.deletedAt === null ? [{ id: c.id, name: contactDisplayName(c), stage: c.lifecycleStage }] : [])),
    tasks: tasks.filter((t) => t.deletedAt === null && t.doneAt === null),
  };
}
