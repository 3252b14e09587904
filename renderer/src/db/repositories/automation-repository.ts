import {
  planHandOffArrival,
  planThresholdActions,
  rescoreChange,
  routingFacts,
  slaTasksStoppedBy,
  workspaceCalendar,
  type AppliedAction,
  type ArrivalInput,
  type AutomationTrigger,
  type ContactScore,
  type RoutingInputs,
  type ThresholdPlan,
  type TransitionContext,
} from '@shared/index';
import type { Contact, StageTransition, WorkspaceMeta } from '@shared/model';
import type { WorkspaceDb } from '../workspace-db';
import { getWorkspaceMeta } from './meta-repository';
import { loadContactFacts, loadTransitionContext, type ActiveDesign, type ContactFacts } from './scoring-context-repository';

export type { AppliedAction };

async function loadRoutingInputs(
  db: WorkspaceDb,
  meta: WorkspaceMeta | undefined,
  design: ActiveDesign,
  scores: TransitionContext['scores'],
  facts: ContactFacts,
): Promise<RoutingInputs> {
  const [rules, team, pipelines] = await Promise.all([db.routingRules.toArray(), db.teamMembers.toArray(), db.pipelines.toArray()]);
  const handOff = design.lifecycle.handOffStageId;
  const load = new Map<string, number>();
  await Promise.all(team.map(async (m) => load.set(m.id, await db.contacts.where('[ownerId+lifecycleStage]').equals([m.id, handOff]).count())));
  return {
    rules,
    team,
    load,
    state: meta?.routingState ?? { roundRobin: {}, weighted: {} },
    company: facts.company,
    facts: routingFacts(scores, facts.deals, pipelines),
  };
}

/** What planning a hand-off needs besides the contact: routing state and team, the workspace's calendar and language. */
async function arrivalInputs(
  db: WorkspaceDb,
  contact: Contact,
  design: ActiveDesign,
  scores: TransitionContext['scores'],
  facts: ContactFacts,
  now: number,
): Promise<ArrivalInput> {
  const meta = await getWorkspaceMeta(db);
  return {
    contact,
    design,
    routing: await loadRoutingInputs(db, meta, design, scores, facts),
    calendar: workspaceCalendar(meta),
    locale: meta?.locale ?? 'en',
    now,
  };
}

/** Writes what the automation planned; decides nothing. Runs inside the caller's transaction. */
async function applyPlan(db: WorkspaceDb, before: Contact, plan: ThresholdPlan, now: number): Promise<void> {
  if (plan.transition) await saveTransitionLine(db, before, plan.transition);
  if (plan.assignment) await db.assignments.add(plan.assignment);
  if (plan.tasks.length) await db.tasks.bulkAdd(plan.tasks);
  if (plan.notifications.length) await db.notifications.bulkAdd(plan.notifications);
  if (plan.routingState) {
    const meta = await getWorkspaceMeta(db);
    if (meta) await db.meta.put({ ...meta, routingState: plan.routingState, updatedAt: now });
  }
}

/** Adds the log line and stops the SLA of the stage the contact left (its running SLA tasks are closed). */
async function saveTransitionLine(db: WorkspaceDb, before: Contact, transition: StageTransition): Promise<void> {
  await db.transitions.add(transition);
  const tasks = await db.tasks.where('contactId').equals(before.id).toArray();
  const stopped = slaTasksStoppedBy(before, tasks, transition.at);
  if (stopped.length) await db.tasks.bulkPut(stopped);
}

/**
 * Saves a stage change the lifecycle engine allowed: the contact, its log line, the end of the old
 * stage's SLA — and, when the contact arrives in the hand-off stage by any path (a person's move, an
 * override, a re-qualified recycle), the same routing, SLA task and notifications as the automation.
 */
export async function saveStageChange(
  db: WorkspaceDb,
  before: Contact,
  after: Contact,
  transition: StageTransition,
  design: ActiveDesign,
  now: number,
): Promise<AppliedAction[]> {
  await db.contacts.put(after);
  await saveTransitionLine(db, before, transition);
  if (after.lifecycleStage !== design.lifecycle.handOffStageId) return [];
  const { context, facts } = await loadTransitionContext(db, after, design, now);
  const plan = planHandOffArrival(await arrivalInputs(db, after, design, context.scores, facts, now));
  await db.contacts.put(plan.contact);
  await applyPlan(db, after, plan, now);
  return plan.applied;
}

export type ContactChange = { contact: Contact; score: ContactScore; trigger: AutomationTrigger | null; applied: AppliedAction[] };

/**
 * The one write path of a changed contact (activity, field edit, consent, BANT, persona, design
 * change): rescores it from live facts, caches the scores, re-checks the automation (shared's
 * automationTrigger and planThresholdActions) and saves the contact with everything planned.
 * Runs inside the caller's write (runWrite).
 */
export async function saveContactChange(
  db: WorkspaceDb,
  before: Contact,
  changed: Contact,
  design: ActiveDesign,
  now: number,
  options: { completedForHandOff?: boolean; facts?: ContactFacts } = {},
): Promise<ContactChange> {
  // A batch passes the facts it read for all its contacts at once (loadFactsOf).
  const facts = options.facts ?? (await loadContactFacts(db, changed));
  const {
    contact: rescored,
    context,
    score,
    trigger,
  } = rescoreChange({ before, changed, ...facts, design, now, completedForHandOff: options.completedForHandOff });
  if (trigger === null) {
    await db.contacts.put(rescored);
    return { contact: rescored, score, trigger, applied: [] };
  }
  const plan = planThresholdActions({ ...(await arrivalInputs(db, rescored, design, context.scores, facts, now)), trigger, context });
  await db.contacts.put(plan.contact);
  await applyPlan(db, rescored, plan, now);
  return { contact: plan.contact, score, trigger, applied: plan.applied };
}
