import type { Assignment } from '../model/assignment';
import type { Company } from '../model/company';
import type { Contact } from '../model/contact';
import type { LifecycleDefinition } from '../model/lifecycle';
import type { Notification } from '../model/notification';
import { stampNew, type Timestamp } from '../model/record';
import type { RoutingRule, RoutingState } from '../model/routing-rule';
import type { ScoringModel, ThresholdAction } from '../model/scoring-model';
import type { StageTransition } from '../model/stage-transition';
import type { Task } from '../model/task';
import type { TeamMember } from '../model/team-member';
import type { WorkingCalendar } from '../model/workspace-meta';
import { applyTransition } from '../lifecycle/apply-transition';
import { beforeHandOff } from '../lifecycle/almost-qualified';
import type { TransitionContext } from '../lifecycle/criteria';
import { beforeStage, findStage } from '../lifecycle/evaluate-transition';
import { assignContact } from '../routing/assign-contact';
import { routeContact, type RoutingFallback } from '../routing/route-contact';
import { handOffSlaHours } from '../sla/stage-sla';
import { addWorkingHours } from '../sla/working-time';

/** What the automation did, as the UI reports it ("moved to MQL, routed to Sam"). */
export type AppliedAction =
  | { kind: 'change_stage'; to: string; moved: boolean; unmet: string[] }
  | { kind: 'route'; assignee: string | null; ruleId: string | null; reason: string }
  | { kind: 'create_task'; taskId: string }
  | { kind: 'add_to_list'; list: string }
  | { kind: 'notify'; role: string };

/**
 * Why the automation runs: the hand-off measure crossed the threshold with this change, or it
 * was already over and this change may have removed what blocked the move (consent recorded,
 * persona assigned, form submitted, ICP or model changed).
 */
export type AutomationTrigger = 'crossing' | 'recheck';

const gateOf = (model: ScoringModel) => model.thresholdActions.find((a): a is Extract<ThresholdAction, { kind: 'change_stage' }> => a.kind === 'change_stage');

/**
 * Should the threshold actions run after a change? Re-checked on every change, not only on a
 * crossing: a lead over the threshold whose missing criterion is fixed later must still move.
 * With a stage-change action the automation waits for the contact to be before that stage; a
 * model without one acts on crossings only (acting on every edit would repeat its actions).
 * Recycled contacts re-qualify on a crossing only.
 */
export function automationTrigger(
  design: { lifecycle: LifecycleDefinition; model: ScoringModel },
  contact: Pick<Contact, 'lifecycleStage'>,
  measureBefore: number,
  measureAfter: number,
  /** A person completed this lead for hand-off (the almost-qualified fix): a recycled lead counts too. */
  completedForHandOff = false,
): AutomationTrigger | null {
  const threshold = design.model.handOffThreshold;
  if (measureAfter < threshold) return null;
  const crossing = measureBefore < threshold;
  const gate = gateOf(design.model);
  if (!gate) return crossing && beforeHandOff(design.lifecycle, contact.lifecycleStage) ? 'crossing' : null;
  if (!beforeStage(design.lifecycle, contact.lifecycleStage, gate.stageId)) return null;
  if (crossing) return 'crossing';
  // A recycled lead was sent back by a person (often a rejected hand-off): it re-qualifies on a new
  // crossing, not on the next e-mail open while its old score still stands.
  return findStage(design.lifecycle, contact.lifecycleStage)?.kind === 'recycled' && !completedForHandOff ? null : 'recheck';
}

export type RoutingInputs = {
  rules: readonly RoutingRule[];
  team: readonly TeamMember[];
  /** Open hand-offs per member (least-loaded, capacity). */
  load: ReadonlyMap<string, number>;
  state: RoutingState;
  company: Company | null;
  facts: Readonly<Record<string, number | string | null>>;
};

/** What the hand-off actions need once a contact has arrived in the hand-off stage. */
export type ArrivalInput = {
  /** The contact as it now stands (in the hand-off stage), cached scores written. */
  contact: Contact;
  design: { lifecycle: LifecycleDefinition; model: ScoringModel };
  routing: RoutingInputs;
  calendar: WorkingCalendar;
  locale: 'ko' | 'en';
  now: Timestamp;
};

export type ThresholdInput = ArrivalInput & {
  trigger: AutomationTrigger;
  /** Built by buildTransitionContext for `contact`. */
  context: TransitionContext;
};

/** Everything the automation writes, as data: the repository saves it in the change's transaction and decides nothing. */
export type ThresholdPlan = {
  contact: Contact;
  transition: StageTransition | null;
  assignment: Assignment | null;
  tasks: Task[];
  notifications: Notification[];
  routingState: RoutingState | null;
  applied: AppliedAction[];
};

/** The title of the follow-up task a hand-off creates, in the workspace's language. */
export const handOffTaskTitle = (locale: 'ko' | 'en'): string => (locale === 'ko' ? '핸드오프 후속 연락' : 'Follow up hand-off');

/** Where unrouted leads go: the named member, or the active members who own the hand-off stage. */
export function routingFallback(lifecycle: LifecycleDefinition, team: readonly TeamMember[]): RoutingFallback {
  if (lifecycle.handOffFallback.kind === 'member') return { kind: 'member', memberId: lifecycle.handOffFallback.memberId };
  const ownerRole = findStage(lifecycle, lifecycle.handOffStageId)?.ownerRole ?? null;
  return { kind: 'pool', memberIds: team.filter((m) => m.deletedAt === null && m.role === ownerRole).map((m) => m.id) };
}

function notification(now: Timestamp, fields: Pick<Notification, 'kind' | 'memberId' | 'role' | 'contactId' | 'detail'>): Notification {
  return stampNew({ readAt: null, ...fields }, now);
}

const emptyPlan = (contact: Contact): ThresholdPlan => ({
  contact,
  transition: null,
  assignment: null,
  tasks: [],
  notifications: [],
  routingState: null,
  applied: [],
});

/**
 * What the scoring model's threshold actions do for this contact now. The stage change goes
 * through the lifecycle engine; routing, the SLA follow-up task and notifications follow a
 * *successful* move only (a lead the SDR cannot accept is never routed to one). Adding to a list
 * needs no move: it happens on the crossing. Without a stage-change action the crossing is the gate.
 */
export function planThresholdActions(input: ThresholdInput): ThresholdPlan {
  const { design, now } = input;
  const plan = emptyPlan(input.contact);
  const gate = gateOf(design.model);
  let moved = gate === undefined;
  if (gate) {
    const result = applyTransition(
      input.contact,
      { to: gate.stageId, at: now, by: null, kind: 'automatic', reason: 'threshold' },
      design.lifecycle,
      input.context,
    );
    moved = result.ok;
    if (result.ok) {
      plan.contact = result.contact;
      plan.transition = result.transition;
    }
    const unmet = !result.ok && result.error === 'refused' && result.evaluation.reason === 'criteria' ? result.evaluation.unmet.map((u) => u.item) : [];
    plan.applied.push({ kind: 'change_stage', to: gate.stageId, moved: result.ok, unmet });
  }
  if (!moved) {
    // Refused: only a crossing's list membership stands; no routing, task or hand-off notification.
    if (input.trigger === 'crossing') for (const action of design.model.thresholdActions) if (action.kind === 'add_to_list') addToList(plan, action.list, now);
    return plan;
  }
  applyArrivalActions(plan, input);
  return plan;
}

/**
 * What follows a contact's arrival in the hand-off stage, whoever moved it there (the automation,
 * a person, an override, a re-qualified recycle): the model's routing with its SLA follow-up task,
 * its task, list and notification actions (DOMAIN.md §1: "when a lead becomes MQL it is routed").
 */
export function planHandOffArrival(input: ArrivalInput): ThresholdPlan {
  const plan = emptyPlan(input.contact);
  if (input.contact.lifecycleStage === input.design.lifecycle.handOffStageId) applyArrivalActions(plan, input);
  return plan;
}

function applyArrivalActions(plan: ThresholdPlan, input: ArrivalInput): void {
  const { design, now, calendar } = input;
  const taskAction = design.model.thresholdActions.find((a): a is Extract<ThresholdAction, { kind: 'create_task' }> => a.kind === 'create_task');
  let followUpCreated = false;
  for (const action of design.model.thresholdActions) {
    switch (action.kind) {
      case 'change_stage':
        break;
      case 'route':
        followUpCreated = route(plan, input, taskAction?.title ?? handOffTaskTitle(input.locale));
        break;
      case 'create_task': {
        if (followUpCreated) break; // routing already made the follow-up task with its SLA deadline
        const due = addWorkingHours(now, action.dueInHours, calendar);
        const task: Task = stampNew(
          {
            title: action.title,
            kind: 'follow_up',
            contactId: plan.contact.id,
            dealId: null,
            ownerId: plan.contact.ownerId,
            dueAt: due,
            slaDeadline: due,
            doneAt: null,
          },
          now,
        );
        plan.tasks.push(task);
        plan.applied.push({ kind: 'create_task', taskId: task.id });
        break;
      }
      case 'add_to_list':
        addToList(plan, action.list, now);
        break;
      case 'notify':
        plan.notifications.push(notification(now, { kind: 'threshold', memberId: null, role: action.role, contactId: plan.contact.id, detail: null }));
        plan.applied.push({ kind: 'notify', role: action.role });
        break;
    }
  }
}

function addToList(plan: ThresholdPlan, list: string, now: Timestamp): void {
  if (plan.contact.tags.includes(list)) return;
  plan.contact = { ...plan.contact, tags: [...plan.contact.tags, list], updatedAt: now };
  plan.notifications.push(notification(now, { kind: 'added_to_list', memberId: null, role: null, contactId: plan.contact.id, detail: list }));
  plan.applied.push({ kind: 'add_to_list', list });
}

/** Routes the lead; returns whether a follow-up task with the SLA deadline was made. */
function route(plan: ThresholdPlan, input: ArrivalInput, title: string): boolean {
  const { routing, design, now } = input;
  const decision = routeContact(plan.contact, routing.rules, routing.team, routing.state, now, {
    company: routing.company,
    facts: routing.facts,
    load: routing.load,
    fallback: routingFallback(design.lifecycle, routing.team),
    followUp: { calendar: input.calendar, slaHours: handOffSlaHours(design.lifecycle), title },
  });
  plan.routingState = decision.newState;
  plan.applied.push({ kind: 'route', assignee: decision.assignee, ruleId: decision.ruleId, reason: decision.reason });
  const contactId = plan.contact.id;
  if (decision.fallbackWhy !== null)
    plan.notifications.push(notification(now, { kind: 'routing_fallback', memberId: decision.assignee, role: null, contactId, detail: decision.fallbackWhy }));
  // Nobody could take it: the lead is left unassigned and said so, never silently kept by its marketing owner.
  const to = decision.assignee;
  const assigned = assignContact(
    plan.contact,
    to,
    { ruleId: decision.ruleId, reason: decision.reason === 'rule' ? 'rule' : 'fallback', byMemberId: null },
    now,
  );
  if (plan.contact.ownerId !== to) plan.assignment = assigned.assignment;
  plan.contact = assigned.contact;
  if (!to) return false;
  plan.notifications.push(notification(now, { kind: 'hand_off', memberId: to, role: null, contactId, detail: null }));
  if (!decision.task) return false;
  // The SLA is counted in the working hours of whoever must meet it: an assignee with an own calendar (another zone, other days) gets their deadline.
  const own = routing.team.find((m) => m.id === to)?.calendar;
  const deadline = own ? addWorkingHours(now, handOffSlaHours(design.lifecycle), own) : null;
  const task = deadline === null ? decision.task : { ...decision.task, dueAt: deadline, slaDeadline: deadline };
  plan.tasks.push(stampNew({ kind: 'follow_up' as const, dealId: null, doneAt: null, ...task }, now));
  return true;
}
