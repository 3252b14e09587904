import { planThresholdActions, type ThresholdPlan } from '../automation/plan-threshold-actions';
import { rescoreChange } from '../automation/rescore-change';
import { defaultCalendar } from '../defaults/default-calendar';
import type { Activity } from '../model/activity';
import type { Company } from '../model/company';
import type { Contact } from '../model/contact';
import type { Deal } from '../model/deal';
import type { Icp } from '../model/icp';
import type { LifecycleDefinition } from '../model/lifecycle';
import { emptyRoutingState, type RoutingRule, type RoutingState } from '../model/routing-rule';
import type { ScoringModel } from '../model/scoring-model';
import type { StageTransition } from '../model/stage-transition';
import type { Task } from '../model/task';
import type { TeamMember } from '../model/team-member';
import type { Notification } from '../model/notification';
import type { Assignment } from '../model/assignment';
import { routingFacts } from '../routing/routing-facts';
import { slaTasksStoppedBy } from '../sla/stage-sla';

/**
 * One contact and everything around it, in memory, changed the way the app's write path changes
 * it (rescore, cache, automation re-check, plan, save). Domain tests use it to test whole paths
 * — a refused MQL that must not be routed — without a database.
 */
export type ContactWorld = {
  design: { lifecycle: LifecycleDefinition; model: ScoringModel; icp: Icp | null };
  company: Company | null;
  team: TeamMember[];
  rules: RoutingRule[];
  contact: Contact;
  activities: Activity[];
  deals: Deal[];
  log: StageTransition[];
  tasks: Task[];
  notifications: Notification[];
  assignments: Assignment[];
  routingState: RoutingState;
};

export function contactWorld(
  init: Omit<ContactWorld, 'activities' | 'deals' | 'log' | 'tasks' | 'notifications' | 'assignments' | 'routingState'> & Partial<ContactWorld>,
): ContactWorld {
  return { activities: [], deals: [], log: [], tasks: [], notifications: [], assignments: [], routingState: emptyRoutingState(), ...init };
}

/** Saves a changed contact as saveContactChange does; returns the automation's plan when it ran. */
export function saveChange(world: ContactWorld, changed: Contact, now: number): ThresholdPlan | null {
  const { design } = world;
  const {
    contact: rescored,
    context,
    trigger,
  } = rescoreChange({
    before: world.contact,
    changed,
    activities: world.activities,
    deals: world.deals,
    company: world.company,
    design,
    now,
  });
  if (trigger === null) {
    world.contact = rescored;
    return null;
  }
  const load = new Map(world.team.map((m) => [m.id, 0]));
  const plan = planThresholdActions({
    trigger,
    contact: rescored,
    context,
    design,
    routing: {
      rules: world.rules,
      team: world.team,
      load,
      state: world.routingState,
      company: world.company,
      facts: routingFacts(context.scores, world.deals, []),
    },
    calendar: defaultCalendar('en'),
    locale: 'en',
    now,
  });
  world.contact = plan.contact;
  if (plan.transition) {
    world.log.push(plan.transition);
    world.tasks = world.tasks.map((t) => slaTasksStoppedBy(rescored, [t], plan.transition!.at)[0] ?? t);
  }
  if (plan.assignment) world.assignments.push(plan.assignment);
  world.tasks.push(...plan.tasks);
  world.notifications.push(...plan.notifications);
  if (plan.routingState) world.routingState = plan.routingState;
  return plan;
}

/** Logs an activity and saves the contact through the write path. */
export function logActivity(world: ContactWorld, activity: Activity, now: number): ThresholdPlan | null {
  world.activities.push(activity);
  return saveChange(world, world.contact, now);
}
