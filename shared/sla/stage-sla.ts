import { defaultCalendar } from '../defaults/default-calendar';
import type { Contact } from '../model/contact';
import type { LifecycleDefinition } from '../model/lifecycle';
import type { Timestamp } from '../model/record';
import type { Task } from '../model/task';
import type { WorkingCalendar, WorkspaceMeta } from '../model/workspace-meta';
import { slaStatusByDeadline, type SlaStatus } from './sla-status';

/** The hand-off SLA when the hand-off stage sets none (DOMAIN.md §5: an SDR follows up an MQL within 24 working hours). */
export const DEFAULT_HAND_OFF_SLA_HOURS = 24;

export const handOffSlaHours = (lifecycle: LifecycleDefinition): number =>
  lifecycle.stages.find((s) => s.id === lifecycle.handOffStageId)?.slaHours ?? DEFAULT_HAND_OFF_SLA_HOURS;

/** The workspace's working calendar, or the default one of its language (Mon–Fri 9–18). */
export const workspaceCalendar = (meta: Pick<WorkspaceMeta, 'calendar' | 'locale'> | null | undefined): WorkingCalendar =>
  meta?.calendar ?? defaultCalendar(meta?.locale ?? 'en');

type SlaContact = Pick<Contact, 'id' | 'stageEnteredAt'>;

/**
 * Open SLA tasks that belong to the contact's current stay in its stage (made when or after it
 * entered). An SLA belongs to a stage: once the contact leaves (accepted, rejected, recycled),
 * the clock stops, whatever became of the task.
 */
export function runningSlaTasks(contact: SlaContact, tasks: readonly Task[]): Task[] {
  return tasks.filter(
    (t) => t.contactId === contact.id && t.deletedAt === null && t.doneAt === null && t.slaDeadline !== null && t.createdAt >= contact.stageEnteredAt,
  );
}

/** The most urgent running SLA of the contact's current stage, or null when none runs. */
export function stageSlaStatus(contact: SlaContact, tasks: readonly Task[], calendar: WorkingCalendar, now: Timestamp): SlaStatus | null {
  const running = runningSlaTasks(contact, tasks).sort((a, b) => a.slaDeadline! - b.slaDeadline!)[0];
  return running ? slaStatusByDeadline({ startedAt: running.createdAt, deadline: running.slaDeadline!, completedAt: null }, now, calendar) : null;
}

/** The SLA tasks a stage change closes (done at the moment the contact left), to be saved with the change. */
export function slaTasksStoppedBy(contactBefore: SlaContact, tasks: readonly Task[], at: Timestamp): Task[] {
  return runningSlaTasks(contactBefore, tasks).map((t) => ({ ...t, doneAt: at, updatedAt: at }));
}
