import type { Notification } from '../model/notification';
import type { Task } from '../model/task';

/** One line of a person's inbox: a stored notification for them, or an SLA breach on a follow-up they own. */
export type InboxItem = {
  id: string;
  kind: Notification['kind'] | 'sla_breach';
  contactId: string | null;
  detail: string | null;
  at: number;
  read: boolean;
};

export type InboxPerson = { id: string; role: string };

/**
 * A person's inbox, newest first: notifications addressed to them or their role, and their open
 * follow-up tasks past the SLA deadline (a breach stays until the task is done). A breach counts as
 * read once its id is in `seenBreaches` (breaches are derived, so "read" is remembered beside them).
 */
export function inboxFor(
  me: InboxPerson,
  notifications: readonly Notification[],
  tasks: readonly Task[],
  now: number,
  seenBreaches: ReadonlySet<string> = new Set(),
): InboxItem[] {
  const mine = notifications
    .filter((n) => n.deletedAt === null && (n.memberId === me.id || (n.memberId === null && n.role === me.role)))
    .map((n): InboxItem => ({ id: n.id, kind: n.kind, contactId: n.contactId, detail: n.detail, at: n.createdAt, read: n.readAt !== null }));
  const breaches = tasks
    .filter((t) => t.deletedAt === null && t.doneAt === null && t.ownerId === me.id && t.slaDeadline !== null && t.slaDeadline <= now)
    .map((t): InboxItem => ({
      id: `sla:${t.id}`,
      kind: 'sla_breach',
      contactId: t.contactId,
      detail: null,
      at: t.slaDeadline!,
      read: seenBreaches.has(`sla:${t.id}`),
    }));
  return [...mine, ...breaches].sort((a, b) => b.at - a.at || a.id.localeCompare(b.id));
}

/** What the system notification shows: one item by itself, or a summary of several. */
export type AlertPlan = { show: 'none' } | { show: 'one'; item: InboxItem } | { show: 'summary'; count: number; items: InboxItem[] };

/** Alerts worth a system notification: hand-offs to me and SLA breaches (the rest wait in the inbox). */
const alerting: ReadonlySet<InboxItem['kind']> = new Set(['hand_off', 'routing_fallback', 'sla_breach']);

/**
 * Throttled system notifications: of the unread items not alerted yet, at most one notification per
 * `gapMs` — one item by itself, several as one summary — so a bulk hand-off or an import never
 * floods the desktop. Returns the plan and the time the gate reopens.
 */
export function planAlerts(fresh: readonly InboxItem[], lastAlertAt: number | null, now: number, gapMs = 60_000): { plan: AlertPlan; alerted: InboxItem[] } {
  const due = fresh.filter((i) => !i.read && alerting.has(i.kind));
  if (due.length === 0 || (lastAlertAt !== null && now - lastAlertAt < gapMs)) return { plan: { show: 'none' }, alerted: [] };
  if (due.length === 1) return { plan: { show: 'one', item: due[0]! }, alerted: due };
  return { plan: { show: 'summary', count: due.length, items: due }, alerted: due };
}
