import type { Activity } from '../model/activity';
import type { ActivityType } from '../model/identifiers';
import type { Timestamp } from '../model/record';
import type { WorkingCalendar } from '../model/workspace-meta';
import { addWorkingHours, workingMsBetween } from './working-time';

export type SlaState = 'on_track' | 'due_soon' | 'breached' | 'met' | 'met_late';

export type SlaStatus = {
  state: SlaState;
  deadline: Timestamp;
  /** Working time left before the deadline (0 once it has passed). */
  remainingMs: number;
  /** Working time past the deadline (0 while on time). */
  overdueMs: number;
};

export type SlaItem = { startedAt: Timestamp; slaHours: number; completedAt: Timestamp | null };

/**
 * Where an SLA stands at `now`, measured in working time: on track, due soon (less than
 * `dueSoonFraction` of the allowance left, default 20%), breached, or met (on time or late).
 */
export function slaStatus(item: SlaItem, now: Timestamp, calendar: WorkingCalendar, dueSoonFraction = 0.2): SlaStatus {
  return slaStatusByDeadline(
    { startedAt: item.startedAt, deadline: addWorkingHours(item.startedAt, item.slaHours, calendar), completedAt: item.completedAt },
    now,
    calendar,
    dueSoonFraction,
  );
}

/** The same judgement for an item that carries its deadline (a hand-off task made with its SLA deadline). */
export function slaStatusByDeadline(
  item: { startedAt: Timestamp; deadline: Timestamp; completedAt: Timestamp | null },
  now: Timestamp,
  calendar: WorkingCalendar,
  dueSoonFraction = 0.2,
): SlaStatus {
  const { deadline } = item;
  const end = item.completedAt ?? now;
  const overdueMs = end > deadline ? workingMsBetween(deadline, end, calendar) : 0;
  if (item.completedAt !== null) return { state: end > deadline ? 'met_late' : 'met', deadline, remainingMs: 0, overdueMs };
  if (now > deadline) return { state: 'breached', deadline, remainingMs: 0, overdueMs };
  const remainingMs = workingMsBetween(now, deadline, calendar);
  const allowance = workingMsBetween(item.startedAt, deadline, calendar);
  return { state: remainingMs <= allowance * dueSoonFraction ? 'due_soon' : 'on_track', deadline, remainingMs, overdueMs: 0 };
}

/** What counts as following up a hand-off: a logged call, e-mail or meeting. */
export const followUpTouches: readonly ActivityType[] = ['call_logged', 'email_logged', 'meeting_booked'];

/** Time from hand-off to the first logged touch, in working time; null while nobody has followed up. */
export function followUpTime(
  handOffAt: Timestamp,
  activities: readonly Pick<Activity, 'type' | 'at' | 'deletedAt'>[],
  calendar: WorkingCalendar,
): { firstTouchAt: Timestamp; workingMs: number } | null {
  let first: number | null = null;
  for (const a of activities)
    if (a.deletedAt === null && a.at >= handOffAt && followUpTouches.includes(a.type) && (first === null || a.at < first)) first = a.at;
  return first === null ? null : { firstTouchAt: first, workingMs: workingMsBetween(handOffAt, first, calendar) };
}
