import { routingFallback } from '../automation/plan-threshold-actions';
import { funnelIds } from '../lifecycle/evaluate-transition';
import type { Assignment } from '../model/assignment';
import type { Company } from '../model/company';
import type { Contact } from '../model/contact';
import type { Deal } from '../model/deal';
import type { LifecycleDefinition } from '../model/lifecycle';
import type { Timestamp } from '../model/record';
import type { RoutingRule, RoutingState } from '../model/routing-rule';
import type { Task } from '../model/task';
import type { TeamMember } from '../model/team-member';
import { assignContact } from '../routing/assign-contact';
import { routeContact, type RoutingContext, type RoutingFallback } from '../routing/route-contact';

/** Why an open record of a deactivated member found no new owner. */
export type UnassignableReason =
  /** Routing (rules, then the fallback) found every candidate inactive or at capacity. */
  | 'no_one_available'
  /** Nobody else active has the member's role. */
  | 'no_same_role_member'
  /** Everyone else with the role is at capacity. */
  | 'all_at_capacity';

/** How a new owner was chosen: a routing rule, the lifecycle's hand-off fallback, the least loaded of the role, or the contact's new owner. */
export type ReassignmentVia = 'rule' | 'fallback' | 'same_role' | 'contact_owner' | 'deal_owner';

export type PlannedMove =
  | { id: string; toOwnerId: string; via: ReassignmentVia; ruleId: string | null; reason: null }
  | { id: string; toOwnerId: null; via: null; ruleId: null; reason: UnassignableReason };

export type ReassignmentPlan = {
  memberId: string;
  leads: PlannedMove[];
  deals: PlannedMove[];
  tasks: PlannedMove[];
  /** Round-robin state after routing the leads: saved with the plan so the next hand-off continues from it. */
  routingState: RoutingState;
  /** Per new owner, what they receive (unassignable records are not counted). */
  perOwner: { memberId: string; leads: number; deals: number; tasks: number }[];
};

export type ReassignmentInput = {
  memberId: string;
  team: readonly TeamMember[];
  lifecycle: LifecycleDefinition;
  rules: readonly RoutingRule[];
  routingState: RoutingState;
  /** Contacts, deals and tasks the member owns; the planner keeps the open ones. */
  contacts: readonly Contact[];
  deals: readonly Deal[];
  tasks: readonly Task[];
  companies?: ReadonlyMap<string, Company>;
  /** Routing facts per contact id (scores, largest open deal) for rule conditions. */
  facts?: ReadonlyMap<string, RoutingContext['facts']>;
  /** Open leads, open deals and open tasks every member holds now (capacity is checked against leads). */
  load: { leads: ReadonlyMap<string, number>; deals: ReadonlyMap<string, number>; tasks: ReadonlyMap<string, number> };
  now: Timestamp;
};

/** Stages a contact is no longer a lead in: the last funnel stage (Customer) and the disqualified states. */
export function closedLeadStages(lifecycle: LifecycleDefinition): Set<string> {
  const closed = new Set(lifecycle.stages.filter((s) => s.kind === 'disqualified').map((s) => s.id));
  const customer = funnelIds(lifecycle).at(-1);
  if (customer) closed.add(customer);
  return closed;
}

/** A member's open leads: contacts they own that are not yet customers or disqualified. */
export const isOpenLead = (contact: Contact, memberId: string, closed: ReadonlySet<string>) =>
  contact.deletedAt === null && contact.ownerId === memberId && !closed.has(contact.lifecycleStage);
export const isOpenDeal = (deal: Deal, memberId: string) => deal.deletedAt === null && deal.ownerId === memberId && deal.status === 'open';
export const isOpenTask = (task: Task, memberId: string) => task.deletedAt === null && task.ownerId === memberId && task.doneAt === null;

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The least loaded of `ids` (first in id order on a tie), ignoring capacity: deals and tasks are not leads. */
function leastLoadedOf(ids: readonly string[], load: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  for (const id of [...ids].sort()) if (best === null || (load.get(id) ?? 0) < (load.get(best) ?? 0)) best = id;
  return best;
}

const bump = (load: Map<string, number>, id: string) => load.set(id, (load.get(id) ?? 0) + 1);

/**
 * Who takes over a member who is being deactivated (DOMAIN.md §4): each open lead goes through the
 * routing engine as if the member were already inactive — a lead in the hand-off stage by the rules
 * and the lifecycle's fallback, any other lead to the least loaded active member of the same role —
 * so inactive and over-capacity people are skipped and load carries from one lead to the next.
 * Each open deal goes to its contact's new owner, else the least loaded of the role; each open task
 * to its contact's or deal's new owner, else the least loaded of the role. What nobody can take is
 * listed with the reason, never silently kept. Deterministic: same input, same plan.
 */
export function planReassignment(input: ReassignmentInput): ReassignmentPlan {
  const { memberId, lifecycle, now } = input;
  const leaving = input.team.find((m) => m.id === memberId);
  // Routing sees the member as already gone: no rule, pool or fallback can pick them.
  const team = input.team.map((m) => (m.id === memberId ? { ...m, active: false } : m));
  const sameRole = team.filter((m) => m.deletedAt === null && m.active && m.role === leaving?.role).map((m) => m.id);
  const closed = closedLeadStages(lifecycle);
  const leadLoad = new Map(input.load.leads);
  const dealLoad = new Map(input.load.deals);
  const taskLoad = new Map(input.load.tasks);
  let state = input.routingState;

  const rolePool: RoutingFallback = { kind: 'pool', memberIds: sameRole };
  const handOffFallback = routingFallback(lifecycle, team);
  const leads: PlannedMove[] = [];
  for (const contact of input.contacts.filter((c) => isOpenLead(c, memberId, closed)).sort(byId)) {
    const atHandOff = contact.lifecycleStage === lifecycle.handOffStageId;
    const decision = routeContact(contact, atHandOff ? input.rules : [], team, state, now, {
      company: contact.companyId ? (input.companies?.get(contact.companyId) ?? null) : null,
      facts: input.facts?.get(contact.id),
      load: leadLoad,
      fallback: atHandOff ? handOffFallback : rolePool,
    });
    state = decision.newState;
    if (decision.assignee) {
      bump(leadLoad, decision.assignee);
      const via: ReassignmentVia = decision.reason === 'rule' ? 'rule' : atHandOff ? 'fallback' : 'same_role';
      leads.push({ id: contact.id, toOwnerId: decision.assignee, via, ruleId: decision.ruleId, reason: null });
    } else {
      const reason: UnassignableReason = atHandOff ? 'no_one_available' : sameRole.length === 0 ? 'no_same_role_member' : 'all_at_capacity';
      leads.push({ id: contact.id, toOwnerId: null, via: null, ruleId: null, reason });
    }
  }
  const newContactOwner = new Map(leads.filter((l) => l.toOwnerId !== null).map((l) => [l.id, l.toOwnerId!]));

  const deals: PlannedMove[] = [];
  for (const deal of input.deals.filter((d) => isOpenDeal(d, memberId)).sort(byId)) {
    const contactId = [deal.primaryContactId, ...deal.contactIds].find((id) => id !== null && newContactOwner.has(id));
    const follows = contactId ? newContactOwner.get(contactId)! : null;
    const to = follows ?? leastLoadedOf(sameRole, dealLoad);
    if (to === null) deals.push({ id: deal.id, toOwnerId: null, via: null, ruleId: null, reason: 'no_same_role_member' });
    else {
      bump(dealLoad, to);
      deals.push({ id: deal.id, toOwnerId: to, via: follows ? 'contact_owner' : 'same_role', ruleId: null, reason: null });
    }
  }
  const newDealOwner = new Map(deals.filter((d) => d.toOwnerId !== null).map((d) => [d.id, d.toOwnerId!]));

  const tasks: PlannedMove[] = [];
  for (const task of input.tasks.filter((t) => isOpenTask(t, memberId)).sort(byId)) {
    const viaContact = task.contactId ? newContactOwner.get(task.contactId) : undefined;
    const viaDeal = task.dealId ? newDealOwner.get(task.dealId) : undefined;
    const to = viaContact ?? viaDeal ?? leastLoadedOf(sameRole, taskLoad);
    if (to === null) tasks.push({ id: task.id, toOwnerId: null, via: null, ruleId: null, reason: 'no_same_role_member' });
    else {
      bump(taskLoad, to);
      tasks.push({ id: task.id, toOwnerId: to, via: viaContact ? 'contact_owner' : viaDeal ? 'deal_owner' : 'same_role', ruleId: null, reason: null });
    }
  }

  const perOwner = new Map<string, { memberId: string; leads: number; deals: number; tasks: number }>();
  const count = (moves: PlannedMove[], key: 'leads' | 'deals' | 'tasks') => {
    for (const move of moves) {
      if (move.toOwnerId === null) continue;
      const row = perOwner.get(move.toOwnerId) ?? { memberId: move.toOwnerId, leads: 0, deals: 0, tasks: 0 };
      row[key]++;
      perOwner.set(move.toOwnerId, row);
    }
  };
  count(leads, 'leads');
  count(deals, 'deals');
  count(tasks, 'tasks');
  return {
    memberId,
    leads,
    deals,
    tasks,
    routingState: state,
    perOwner: [...perOwner.values()].sort((a, b) => b.leads - a.leads || byId({ id: a.memberId }, { id: b.memberId })),
  };
}

export type ReassignmentWrites = { contacts: Contact[]; assignments: Assignment[]; deals: Deal[]; tasks: Task[] };

/**
 * The records a plan changes: contacts with their new owner and an assignment line each (shared's
 * assignContact: a rule's id when a rule decided, else the person who deactivated), deals and tasks
 * with theirs. Unassignable records are left as they are.
 */
export function reassignmentWrites(
  plan: ReassignmentPlan,
  records: { contacts: readonly Contact[]; deals: readonly Deal[]; tasks: readonly Task[] },
  byMemberId: string | null,
  now: Timestamp,
): ReassignmentWrites {
  const target = (moves: PlannedMove[]) => new Map(moves.filter((m) => m.toOwnerId !== null).map((m) => [m.id, m]));
  const leads = target(plan.leads);
  const dealMoves = target(plan.deals);
  const taskMoves = target(plan.tasks);
  const writes: ReassignmentWrites = { contacts: [], assignments: [], deals: [], tasks: [] };
  for (const contact of records.contacts) {
    const move = leads.get(contact.id);
    if (!move) continue;
    const reason = move.via === 'rule' ? 'rule' : move.via === 'fallback' ? 'fallback' : 'manual';
    const { contact: assigned, assignment } = assignContact(contact, move.toOwnerId, { ruleId: move.ruleId, reason, byMemberId }, now);
    writes.contacts.push(assigned);
    writes.assignments.push(assignment);
  }
  for (const deal of records.deals) {
    const move = dealMoves.get(deal.id);
    if (move) writes.deals.push({ ...deal, ownerId: move.toOwnerId, updatedAt: now });
  }
  for (const task of records.tasks) {
    const move = taskMoves.get(task.id);
    if (move) writes.tasks.push({ ...task, ownerId: move.toOwnerId, updatedAt: now });
  }
  return writes;
}
