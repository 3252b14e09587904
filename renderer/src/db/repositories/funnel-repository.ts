import type { Assignment, Contact, Deal, LifecycleDefinition, StageTransition, Task, TeamMember } from '@shared/model';
import type { WorkspaceDb } from '../workspace-db';
import { newestUpdate } from './newest-update';
import { getActiveLifecycle } from './lifecycle-repository';
import { getWorkspaceMeta } from './meta-repository';

/** What the funnel report reads: the whole log and the records it is filtered by. */
export type FunnelSource = {
  lifecycle: LifecycleDefinition | null;
  /** The workspace's zone: periods (this month, this quarter) begin at local midnight there. */
  timeZone: string;
  transitions: StageTransition[];
  contacts: Contact[];
  team: TeamMember[];
  /** Hand-off tasks only (they carry an SLA deadline): the SLA wait facts. */
  tasks: Task[];
  deals: Pick<Deal, 'id' | 'contactIds' | 'pipelineId' | 'deletedAt'>[];
  /** Owner changes: the owner and role filters keep a contact for the owners it had. */
  assignments: Assignment[];
  /** The newest `updatedAt` read, per table: the next read starts after it. */
  watermarks: FunnelWatermarks;
};

export type FunnelWatermarks = { transitions: number; contacts: number; team: number; tasks: number; deals: number; assignments: number; lifecycle: number };

/**
 * Reads what changed since the watermarks (everything, from -Infinity) through each table's
 * updatedAt index, in one read transaction so the tables agree with each other.
 */
export async function loadFunnelSource(db: WorkspaceDb, since?: FunnelWatermarks): Promise<FunnelSource> {
  const from = since ?? {
    transitions: -Infinity,
    contacts: -Infinity,
    team: -Infinity,
    tasks: -Infinity,
    deals: -Infinity,
    assignments: -Infinity,
    lifecycle: -Infinity,
  };
  return db.transaction('r', [db.transitions, db.contacts, db.teamMembers, db.tasks, db.deals, db.assignments, db.lifecycles, db.meta], async () => {
    // At the watermark too: another write may share its millisecond. The index takes a record it already holds as an update.
    const [transitions, contacts, team, tasks, deals, assignments, lifecycle, meta] = await Promise.all([
      db.transitions.where('updatedAt').aboveOrEqual(from.transitions).toArray(),
      db.contacts.where('updatedAt').aboveOrEqual(from.contacts).toArray(),
      db.teamMembers.where('updatedAt').aboveOrEqual(from.team).toArray(),
      db.tasks.where('updatedAt').aboveOrEqual(from.tasks).toArray(),
      db.deals.where('updatedAt').aboveOrEqual(from.deals).toArray(),
      db.assignments.where('updatedAt').aboveOrEqual(from.assignments).toArray(),
      getActiveLifecycle(db),
      getWorkspaceMeta(db),
    ]);
    return {
      lifecycle: lifecycle ?? null,
      timeZone: meta?.calendar.timeZone ?? 'UTC',
      transitions,
      contacts,
      team,
      tasks: tasks.filter((t) => t.slaDeadline !== null || since !== undefined),
      deals: deals.map(({ id, contactIds, pipelineId, deletedAt }) => ({ id, contactIds, pipelineId, deletedAt })),
      assignments,
      watermarks: {
        transitions: newestUpdate(transitions, from.transitions),
        contacts: newestUpdate(contacts, from.contacts),
        team: newestUpdate(team, from.team),
        tasks: newestUpdate(tasks, from.tasks),
        deals: newestUpdate(deals, from.deals),
        assignments: newestUpdate(assignments, from.assignments),
        lifecycle: lifecycle?.updatedAt ?? from.lifecycle,
      },
    };
  });
}
