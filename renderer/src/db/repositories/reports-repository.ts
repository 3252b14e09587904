import type {
  Activity,
  Contact,
  Deal,
  DealMove,
  LifecycleDefinition,
  Pipeline,
  ScoringModel,
  StageTransition,
  Task,
  TeamMember,
  WorkingCalendar,
} from '@shared/model';
import { followUpTouches } from '@shared/sla/sla-status';
import type { WorkspaceDb } from '../workspace-db';
import { newestUpdate } from './newest-update';
import { getActiveDesign } from './scoring-context-repository';
import { getWorkspaceMeta } from './meta-repository';

/** Everything the reports read, in one read transaction so the tables agree with each other. */
export type ReportsSource = {
  lifecycle: LifecycleDefinition | null;
  model: ScoringModel | null;
  contacts: Contact[];
  transitions: StageTransition[];
  deals: Deal[];
  dealMoves: DealMove[];
  tasks: Task[];
  /** Meetings booked, calls and e-mails logged: what the reports count (meetings) and follow up with (touches), not the million page views. */
  activities: Activity[];
  team: TeamMember[];
  pipelines: Pipeline[];
  calendar: WorkingCalendar | null;
  currency: string;
};

/** The large tables, read again only from their newest `updatedAt` on. */
export const growingReportTables = ['contacts', 'transitions', 'deals', 'dealMoves', 'tasks', 'activities'] as const;
export type GrowingReportTable = (typeof growingReportTables)[number];
export type ReportsWatermarks = Record<GrowingReportTable, number>;

/**
 * What the reports read, or what changed of it: the large tables' records written at or after the
 * watermarks (deleted ones too, so a reader can drop them), the small ones whole.
 */
export type ReportsRead = ReportsSource & { watermarks: ReportsWatermarks };

const live = <T extends { deletedAt: number | null }>(rows: T[]) => rows.filter((r) => r.deletedAt === null);

/**
 * Reads the workspace for the reports page in one read transaction, so the tables agree with each
 * other: everything (since omitted: live records only), or what changed since the watermarks
 * (at the watermark too: another write may share its millisecond; deleted records included).
 */
export async function loadReportsSource(db: WorkspaceDb, since?: ReportsWatermarks): Promise<ReportsRead> {
  const from: ReportsWatermarks = since ?? {
    contacts: -Infinity,
    transitions: -Infinity,
    deals: -Infinity,
    dealMoves: -Infinity,
    tasks: -Infinity,
    activities: -Infinity,
  };
  return db.transaction(
    'r',
    [
      db.contacts,
      db.transitions,
      db.deals,
      db.dealMoves,
      db.tasks,
      db.activities,
      db.teamMembers,
      db.pipelines,
      db.meta,
      db.lifecycles,
      db.scoringModels,
      db.icps,
    ],
    async () => {
      const changed = <T extends { updatedAt: number }>(
        table: { where(index: 'updatedAt'): { aboveOrEqual(at: number): { toArray(): Promise<T[]> } }; toArray(): Promise<T[]> },
        at: number,
      ) => (at === -Infinity ? table.toArray() : table.where('updatedAt').aboveOrEqual(at).toArray());
      const touches = (a: Activity) => followUpTouches.includes(a.type);
      const [contacts, transitions, deals, dealMoves, tasks, activities, team, pipelines, meta, design] = await Promise.all([
        changed<Contact>(db.contacts, from.contacts),
        changed<StageTransition>(db.transitions, from.transitions),
        changed<Deal>(db.deals, from.deals),
        changed<DealMove>(db.dealMoves, from.dealMoves),
        changed<Task>(db.tasks, from.tasks),
        // The whole table once (a filter, no index on type); after that only what was written since.
        from.activities === -Infinity
          ? db.activities.filter(touches).toArray()
          : db.activities.where('updatedAt').aboveOrEqual(from.activities).and(touches).toArray(),
        db.teamMembers.toArray(),
        db.pipelines.toArray(),
        getWorkspaceMeta(db),
        getActiveDesign(db),
      ]);
      const kept = <T extends { deletedAt: number | null }>(rows: T[]) => (since ? rows : live(rows));
      return {
        lifecycle: design?.lifecycle ?? null,
        model: design?.model ?? null,
        contacts: kept(contacts),
        transitions: kept(transitions),
        deals: kept(deals),
        dealMoves: kept(dealMoves),
        tasks: kept(tasks),
        activities: kept(activities),
        team: live(team),
        pipelines: live(pipelines),
        calendar: meta?.calendar ?? null,
        currency: meta?.currency ?? 'USD',
        watermarks: {
          contacts: newestUpdate(contacts, from.contacts),
          transitions: newestUpdate(transitions, from.transitions),
          deals: newestUpdate(deals, from.deals),
          dealMoves: newestUpdate(dealMoves, from.dealMoves),
          tasks: newestUpdate(tasks, from.tasks),
          activities: newestUpdate(activities, from.activities),
        },
      };
    },
  );
}
