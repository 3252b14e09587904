import { compileCondition, type ConditionSubject } from '../conditions/field-condition';
import type { Company } from '../model/company';
import type { Contact } from '../model/contact';
import type { Timestamp } from '../model/record';
import type { RoutingRule, RoutingState, RoutingTarget } from '../model/routing-rule';
import type { TeamMember } from '../model/team-member';
import type { WorkingCalendar } from '../model/workspace-meta';
import { addWorkingHours } from '../sla/working-time';

export type { RoutingState };
export { emptyRoutingState } from '../model/routing-rule';

/** Where a lead goes when no rule places it: a named member, or the least loaded of a pool (the hand-off stage owners). */
export type RoutingFallback = { kind: 'member'; memberId: string } | { kind: 'pool'; memberIds: readonly string[] };

export type RoutingContext = {
  company?: Company | null;
  /** Derived facts rule conditions may use: `score.handOff`, `deal.amount`, `deal.probability`… (see routingFacts). */
  facts?: Readonly<Record<string, number | string | null>>;
  /** Open leads/tasks per member: least-loaded picks the smallest, capacity is checked against it. */
  load: ReadonlyMap<string, number>;
  fallback?: RoutingFallback | null;
  /** When set, the decision carries the follow-up task with its SLA deadline. */
  followUp?: { calendar: WorkingCalendar; slaHours: number; title: string };
};

export type FollowUpTaskDraft = { title: string; contactId: string; ownerId: string; dueAt: Timestamp; slaDeadline: Timestamp };

export type SkippedMember = { memberId: string; why: 'unknown' | 'inactive' | 'at_capacity' };

export type RoutingDecision = {
  assignee: string | null;
  ruleId: string | null;
  reason: 'rule' | 'fallback' | 'no_match' | 'no_one_available';
  /** Why the fallback was used (or why nobody was found): no rule matched, or the matching rules' people were unavailable. */
  fallbackWhy: 'no_match' | 'no_one_available' | null;
  /** People a matching rule would have chosen but could not (inactive, at capacity). */
  skipped: SkippedMember[];
  newState: RoutingState;
  task: FollowUpTaskDraft | null;
};

function eligibility(memberId: string, team: ReadonlyMap<string, TeamMember>, load: ReadonlyMap<string, number>): SkippedMember['why'] | null {
  const member = team.get(memberId);
  if (!member || member.deletedAt !== null) return 'unknown';
  if (!member.active) return 'inactive';
  if (member.capacity !== null && (load.get(memberId) ?? 0) >= member.capacity) return 'at_capacity';
  return null;
}

const leastLoaded = (ids: readonly string[], isEligible: (id: string) => boolean, load: ReadonlyMap<string, number>): string | null => {
  let best: string | null = null;
  for (const id of ids) if (isEligible(id) && (best === null || (load.get(id) ?? 0) < (load.get(best) ?? 0))) best = id;
  return best;
};

/** A member's territory ("KR", "KR, JP", "APAC") against the company's country and region, case-insensitive. */
function inTerritory(member: TeamMember | undefined, company: Company | null | undefined): boolean {
  if (!member?.territory || !company) return false;
  const places = [company.country, company.region].filter((p): p is string => !!p).map((p) => p.trim().toLowerCase());
  return member.territory
    .split(/[,;]/)
    .map((t) => t.trim().toLowerCase())
    .some((t) => t !== '' && places.includes(t));
}

/**
 * Next in a round robin: the person after the last one served. When that person has left the
 * list, the one now standing at their old position is next, so nobody is served twice in a row.
 */
function nextInRoundRobin(ids: readonly string[], cursor: RoutingState['roundRobin'][string] | undefined, isEligible: (id: string) => boolean) {
  const lastAt = cursor ? ids.indexOf(cursor.memberId) : -1;
  const start = cursor === undefined ? 0 : lastAt >= 0 ? lastAt + 1 : cursor.index;
  for (let step = 0; step < ids.length; step++) {
    const index = (start + step) % ids.length;
    if (isEligible(ids[index]!)) return { memberId: ids[index]!, index };
  }
  return null;
}

/** Picks from a target's people, or null when none is available; updates the rule's state. */
function pick(
  ruleId: string,
  target: RoutingTarget,
  isEligible: (id: string) => boolean,
  context: { load: ReadonlyMap<string, number>; members: ReadonlyMap<string, TeamMember>; company: Company | null | undefined },
  state: RoutingState,
): string | null {
  switch (target.kind) {
    case 'person':
      return isEligible(target.memberId) ? target.memberId : null;
    case 'round_robin': {
      const next = nextInRoundRobin(target.memberIds, state.roundRobin[ruleId], isEligible);
      if (next) state.roundRobin[ruleId] = next;
      return next?.memberId ?? null;
    }
    case 'least_loaded':
      return leastLoaded(target.memberIds, isEligible, context.load);
    case 'territory':
      return leastLoaded(
        target.memberIds.filter((id) => inTerritory(context.members.get(id), context.company)),
        isEligible,
        context.load,
      );
    case 'weighted_round_robin': {
      // Smooth weighted round robin: every eligible person earns its weight, the richest is picked and pays the total.
      const credits = { ...(state.weighted[ruleId] ?? {}) };
      const eligible = target.weights.filter((w) => isEligible(w.memberId));
      if (eligible.length === 0) return null;
      const total = eligible.reduce((sum, w) => sum + w.weight, 0);
      let best = eligible[0]!;
      for (const w of eligible) {
        credits[w.memberId] = (credits[w.memberId] ?? 0) + w.weight;
        if (credits[w.memberId]! > credits[best.memberId]!) best = w;
      }
      credits[best.memberId]! -= total;
      state.weighted[ruleId] = credits;
      return best.memberId;
    }
  }
}

/** Active rules in their order (ties by id), conditions compiled once. */
export function orderedRules(rules: readonly RoutingRule[]) {
  return rules
    .filter((r) => r.active && r.deletedAt === null)
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1))
    .map((rule) => ({ rule, tests: rule.conditions.map(compileCondition) }));
}

/**
 * Who gets this lead? Ordered rules, first match wins; a matching rule whose people are all
 * inactive or at capacity passes the lead on to the next rule; nothing left → the fallback (a
 * named member, or the least loaded of the pool), and the decision says why.
 * Deterministic: same contact, rules, team, load and state → same decision.
 */
export function routeContact(
  contact: Contact,
  rules: readonly RoutingRule[],
  team: readonly TeamMember[],
  state: RoutingState,
  now: Timestamp,
  context: RoutingContext,
): RoutingDecision {
  return routeCompiled(contact, orderedRules(rules), new Map(team.map((m) => [m.id, m])), state, now, context);
}

/** routeContact over rules ordered and compiled once and the team by id: a dry run routes every contact with the same ones. */
function routeCompiled(
  contact: Contact,
  ordered: ReturnType<typeof orderedRules>,
  members: ReadonlyMap<string, TeamMember>,
  state: RoutingState,
  now: Timestamp,
  context: RoutingContext,
): RoutingDecision {
  const newState: RoutingState = { roundRobin: { ...state.roundRobin }, weighted: { ...state.weighted } };
  const subject: ConditionSubject = { contact, company: context.company ?? null, facts: context.facts ?? {} };
  const skipped: SkippedMember[] = [];
  const isEligible = (id: string) => {
    const why = eligibility(id, members, context.load);
    if (why && !skipped.some((s) => s.memberId === id)) skipped.push({ memberId: id, why });
    return why === null;
  };
  let matchedAny = false;
  for (const { rule, tests } of ordered) {
    if (!tests.every((test) => test(subject))) continue;
    matchedAny = true;
    const assignee = pick(rule.id, rule.target, isEligible, { load: context.load, members, company: context.company }, newState);
    if (assignee)
      return { assignee, ruleId: rule.id, reason: 'rule', fallbackWhy: null, skipped, newState, task: followUpTask(contact, assignee, now, context) };
  }
  const why = matchedAny ? 'no_one_available' : 'no_match';
  const fallback = context.fallback ?? null;
  const assignee =
    fallback === null
      ? null
      : fallback.kind === 'member'
        ? isEligible(fallback.memberId)
          ? fallback.memberId
          : null
        : leastLoaded(fallback.memberIds, isEligible, context.load);
  if (assignee) return { assignee, ruleId: null, reason: 'fallback', fallbackWhy: why, skipped, newState, task: followUpTask(contact, assignee, now, context) };
  return { assignee: null, ruleId: null, reason: why, fallbackWhy: why, skipped, newState, task: null };
}

function followUpTask(contact: Contact, ownerId: string, now: Timestamp, context: RoutingContext): FollowUpTaskDraft | null {
  if (!context.followUp) return null;
  const deadline = addWorkingHours(now, context.followUp.slaHours, context.followUp.calendar);
  return { title: context.followUp.title, contactId: contact.id, ownerId, dueAt: deadline, slaDeadline: deadline };
}

/**
 * Routes many contacts in order, carrying state and load forward: what an admin sees before saving
 * rules. With `applyCapacity: false` capacities are lifted (inactive people are still skipped): routing
 * a whole workspace at once would fill every capacity and hide how the rules split the leads.
 */
export function dryRun(
  rules: readonly RoutingRule[],
  contacts: readonly { contact: Contact; company?: Company | null; facts?: RoutingContext['facts'] }[],
  team: readonly TeamMember[],
  state: RoutingState,
  now: Timestamp,
  load: ReadonlyMap<string, number> = new Map(),
  fallback: RoutingFallback | null = null,
  options: { applyCapacity?: boolean } = {},
): { perMember: Map<string, number>; perRule: Map<string, number>; unassigned: string[]; finalState: RoutingState } {
  if (options.applyCapacity === false) team = team.map((m) => (m.capacity === null ? m : { ...m, capacity: null }));
  const running = new Map(load);
  const perMember = new Map<string, number>();
  const perRule = new Map<string, number>();
  const unassigned: string[] = [];
  let current = state;
  const ordered = orderedRules(rules);
  const members = new Map(team.map((m) => [m.id, m]));
  for (const { contact, company, facts } of contacts) {
    const decision = routeCompiled(contact, ordered, members, current, now, { company: company ?? null, facts, load: running, fallback });
    current = decision.newState;
    if (!decision.assignee) {
      unassigned.push(contact.id);
      continue;
    }
    perMember.set(decision.assignee, (perMember.get(decision.assignee) ?? 0) + 1);
    running.set(decision.assignee, (running.get(decision.assignee) ?? 0) + 1);
    const key = decision.ruleId ?? 'fallback';
    perRule.set(key, (perRule.get(key) ?? 0) + 1);
  }
  return { perMember, perRule, unassigned, finalState: current };
}
