import { checkCriterion, type TransitionContext, type UnmetCriterion } from '../lifecycle/criteria';
import type { Contact } from '../model/contact';
import type { Icp } from '../model/icp';
import type { LifecycleDefinition } from '../model/lifecycle';

/** The stages whose entry criteria ask for ICP fit: an ICP change can make their contacts fall short of them. */
export function icpDependentStages(lifecycle: Pick<LifecycleDefinition, 'stages'>): string[] {
  return lifecycle.stages.filter((s) => s.entryCriteria.some((c) => c.kind === 'icp_fit_at_least')).map((s) => s.id);
}

/**
 * The ICP criteria of the contact's own stage it no longer meets under `icp`, judged by the lifecycle
 * engine's checkCriterion (so "in ICP" and "meets the ICP criterion" agree, and no ICP means not checked).
 * Used after an ICP is applied: a contact that falls short keeps its stage — a stage changes only by a
 * move the transition log explains — and is counted so marketing can review it.
 */
export function unmetIcpCriteria(
  lifecycle: Pick<LifecycleDefinition, 'stages'>,
  contact: Contact,
  icpFitValue: number | null,
  icp: Icp | null,
): UnmetCriterion[] {
  const stage = lifecycle.stages.find((s) => s.id === contact.lifecycleStage);
  if (!stage) return [];
  const context: TransitionContext = {
    activityTypes: new Set(),
    deals: [],
    scores: { engagement: 0, fit: 0, bant: 0, handOffMeasure: 0, icpFit: icpFitValue },
    handOffThreshold: 0,
    icpThreshold: icp && icp.deletedAt === null && icp.criteria.length > 0 ? icp.threshold : null,
  };
  return stage.entryCriteria.flatMap((c) => (c.kind === 'icp_fit_at_least' ? (checkCriterion(c, contact, context, stage.id) ?? []) : []));
}
