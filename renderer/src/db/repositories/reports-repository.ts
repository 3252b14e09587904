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
import type { WorkspaceDb } from '../workspace-db';
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
  /** Meetings booked only: the one activity type a report counts (SDR and EBR meetings), not the million page views. */
  activities: Activity[];
  team: TeamMember[];
  pipelines: Pipeline[];
  calendar: WorkingCalendar | null;
  currency: string;
};

/** Reads the workspace for the reports page (live records only). */
export async function loadReportsSource(db: WorkspaceDb): Promise<ReportsSource> {
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
      const live = <T extends { deletedAt: number | null }>(rows: T[]) => rows.filter((r) => r.deletedAt === null);
      const [contacts, transitions, deals, dealMoves, tasks, activities, team, pipelines, meta, design] = await Promise.all([
        db.contacts.toArray(),
        db.transitions.toArray(),
        db.deals.toArray(),
        db.dealMoves.toArray(),
        db.tasks.toArray(),
        db.activities.filter((a) => a.type === 'meeting_booked').toArray(),
        db.teamMembers.toArray(),
        db.pipelines.toArray(),
        getWorkspaceMeta(db),
        getActiveDesign(db),
      ]);
      return {
        lifecycle: design?.lifecycle ?? null,
        model: design?.model ?? null,
        contacts: live(contacts),
        transitions: live(transitions),
        deals: live(deals),
        dealMoves: live(dealMoves),
        tasks: live(tasks),
        activities: live(activities),
        team: live(team),
        pipelines: live(pipelines),
        calendar: meta?.calendar ?? null,
        currency: meta?.currency ?? 'USD',
      };
    },
  );
}
