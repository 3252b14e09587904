import { addWorkingHours, applyTransition, routeContact, type RoutingState } from '@shared/index';
import { newId, type Contact, type Notification, type Task, type ThresholdAction } from '@shared/model';
import type { WorkspaceDb } from '../workspace-db';
import { recordAssignment } from './assignments-repository';
import { loadTransitionContext, type ActiveDesign } from './scoring-context-repository';

export type AppliedAction =
  | { kind: 'change_stage'; to: string; moved: boolean; unmet: string[] }
  | { kind: 'route'; assignee: string | null; ruleId: string | null; reason: string }
  | { kind: 'create_task'; taskId: string }
  | { kind: 'add_to_list'; list: string }
  | { kind: 'notify'; role: string };

/** Tables a transaction must include to apply threshold actions. */
export const automationTables = (db: WorkspaceDb) => [
  db.contacts,
  db.transitions,
  db.activities,
  db.deals,
  db.companies,
  db.tasks,
  db.teamMembers,
  db.routingRules,
  db.assignments,
  db.notifications,
  db.meta,
];

const notification = (now: number, fields: Pick<Notification, 'kind' | 'memberId' | 'role' | 'contactId' | 'detail'>): Notification => ({
  id: newId(),
  createdAt: now,
  updatedAt: now,
  deletedAt: null,
  readAt: null,
  ...fields,
});

/**
 * Performs what the scoring model asks when a contact crosses the hand-off threshold: the stage
 * change goes through the lifecycle engine (and is skipped if criteria are unmet), routing through
 * the routing engine with the workspace's round-robin state, then tasks, lists and notifications.
 * Runs inside the caller's transaction; returns the updated contact and what was done.
 */
export async function applyThresholdActions(
  db: WorkspaceDb,
  start: Contact,
  actions: readonly ThresholdAction[],
  design: ActiveDesign,
  now: number,
): Promise<{ contact: Contact; applied: AppliedAction[] }> {
  let contact = start;
  const applied: AppliedAction[] = [];
  const meta = await db.meta.toCollection().first();
  const calendar = meta?.calendar ?? { timeZone: 'UTC', workingDays: [1, 2, 3, 4, 5], startHour: 9, endHour: 18, holidays: [] };
  const funnel = design.lifecycle.stages.filter((s) => s.kind === 'funnel').map((s) => s.id);
  let followUpCreated = false;
  for (const action of actions) {
    switch (action.kind) {
      case 'change_stage': {
        const here = funnel.indexOf(contact.lifecycleStage);
        const target = funnel.indexOf(action.stageId);
        // Forward along the funnel, or back from Recycled (recycled leads re-qualify); never out of Disqualified.
        const recycled = design.lifecycle.stages.find((s) => s.id === contact.lifecycleStage)?.kind === 'recycled';
        if (target < 0 || (!recycled && (here < 0 || target <= here))) break;
        const result = applyTransition(
          contact,
          { to: action.stageId, at: now, by: null, kind: 'automatic', reason: 'threshold' },
          design.lifecycle,
          await loadTransitionContext(db, contact, design),
        );
        if (result.ok) {
          contact = result.contact;
          await db.transitions.add(result.transition);
        }
        const unmet = !result.ok && result.error === 'refused' && result.evaluation.reason === 'criteria' ? result.evaluation.unmet.map((u) => u.item) : [];
        applied.push({ kind: 'change_stage', to: action.stageId, moved: result.ok, unmet });
        break;
      }
      case 'route': {
        const [rules, team] = await Promise.all([db.routingRules.toArray(), db.teamMembers.toArray()]);
        const handOff = design.lifecycle.handOffStageId;
        const load = new Map<string, number>();
        await Promise.all(team.map(async (m) => load.set(m.id, await db.contacts.where('[ownerId+lifecycleStage]').equals([m.id, handOff]).count())));
        const slaHours = design.lifecycle.stages.find((s) => s.id === handOff)?.slaHours ?? 24;
        const company = contact.companyId ? ((await db.companies.get(contact.companyId)) ?? null) : null;
        const state: RoutingState = meta?.routingState ?? { roundRobin: {}, weighted: {} };
        const decision = routeContact(contact, rules, team, state, now, {
          company,
          load,
          fallbackOwnerId: null,
          followUp: { calendar, slaHours, title: meta?.locale === 'ko' ? '핸드오프 후속 연락' : 'Follow up hand-off' },
        });
        applied.push({ kind: 'route', assignee: decision.assignee, ruleId: decision.ruleId, reason: decision.reason });
        if (meta) await db.meta.put({ ...meta, routingState: decision.newState, updatedAt: now });
        if (!decision.assignee) break;
        contact = await recordAssignment(
          db,
          contact,
          decision.assignee,
          { ruleId: decision.ruleId, reason: decision.reason === 'fallback' ? 'fallback' : 'rule', byMemberId: null },
          now,
        );
        if (decision.task) {
          const task: Task = { id: newId(), createdAt: now, updatedAt: now, deletedAt: null, kind: 'follow_up', dealId: null, doneAt: null, ...decision.task };
          await db.tasks.add(task);
          followUpCreated = true;
        }
        await db.notifications.add(notification(now, { kind: 'hand_off', memberId: decision.assignee, role: null, contactId: contact.id, detail: null }));
        break;
      }
      case 'create_task': {
        if (followUpCreated) break; // routing already made the follow-up task with its SLA deadline
        const due = addWorkingHours(now, action.dueInHours, calendar);
        const id = newId();
        await db.tasks.add({
          id,
          createdAt: now,
          updatedAt: now,
          deletedAt: null,
          title: action.title,
          kind: 'follow_up',
          contactId: contact.id,
          dealId: null,
          ownerId: contact.ownerId,
          dueAt: due,
          slaDeadline: due,
          doneAt: null,
        });
        applied.push({ kind: 'create_task', taskId: id });
        break;
      }
      case 'add_to_list':
        if (!contact.tags.includes(action.list)) contact = { ...contact, tags: [...contact.tags, action.list], updatedAt: now };
        await db.notifications.add(notification(now, { kind: 'added_to_list', memberId: null, role: null, contactId: contact.id, detail: action.list }));
        applied.push({ kind: 'add_to_list', list: action.list });
        break;
      case 'notify':
        await db.notifications.add(notification(now, { kind: 'threshold', memberId: null, role: action.role, contactId: contact.id, detail: null }));
        applied.push({ kind: 'notify', role: action.role });
        break;
    }
  }
  return { contact, applied };
}
