import { lifecycleStageIds } from '../model/identifiers';
import type { LifecycleDefinition, StageCriterion } from '../model/lifecycle';
import { contradiction } from './contradictions';

export type LifecycleProblem =
  | { kind: 'duplicate_stage'; stageId: string }
  | { kind: 'unknown_next'; stageId: string; nextId: string }
  | { kind: 'unreachable'; stageId: string }
  | { kind: 'dead_end'; stageId: string }
  | { kind: 'no_owner'; stageId: string }
  | { kind: 'unknown_field'; stageId: string; field: string }
  | { kind: 'unknown_hand_off_stage'; stageId: string }
  | { kind: 'no_recycled_stage' }
  /** A stage of the team's own (no translated default name) without a name. */
  | { kind: 'unnamed_stage'; stageId: string }
  /** The stage's entry (or exit) criteria cannot all hold at once: no contact can ever meet them. */
  | { kind: 'contradictory_criteria'; stageId: string; list: 'entry' | 'exit'; subject: string }
  /** Leaving `stageId` for `nextId` asks the exit criteria of one and the entry criteria of the other at once, and they clash. */
  | { kind: 'contradictory_move'; stageId: string; nextId: string; subject: string }
  /** A number of the stage that cannot be: an SLA that is not a positive number of hours, a criterion's minimum outside its scale. */
  | { kind: 'invalid_number'; stageId: string; setting: 'sla' | 'criterion_min' | 'volume_target' };

/** A criterion's minimum the engines can compare with: any number for engagement, 0–100 for BANT and ICP fit (null: the ICP's own). */
function validMinimum(c: StageCriterion): boolean {
  if (c.kind === 'engagement_at_least') return Number.isFinite(c.min);
  if (c.kind === 'bant_at_least' || c.kind === 'icp_fit_at_least') return c.min === null || (Number.isFinite(c.min) && c.min >= 0 && c.min <= 100);
  return true;
}

const criterionFields = (c: StageCriterion): string[] => (c.kind === 'field' ? [c.condition.field] : []);

/** Custom fields are open-ended, so any `customFields.x` (on contact or company) is accepted. */
function isKnownField(field: string, knownFields: ReadonlySet<string>): boolean {
  return knownFields.has(field) || /^(company\.)?customFields\.[^.]+$/.test(field);
}

/**
 * Named problems in a lifecycle design, for the designer to show: unknown or duplicate stages,
 * stages no contact can reach from the first one, stages from which the funnel's last stage can
 * never be reached again (a cycle without exit), funnel stages without an owner, criteria on
 * unknown fields, hand-off stages that do not exist, stages without a name, and criteria that
 * contradict each other (within a list, or across a move: the exit of one stage with the entry of the next).
 */
export function validateLifecycle(definition: LifecycleDefinition, knownFields: ReadonlySet<string>): LifecycleProblem[] {
  const problems: LifecycleProblem[] = [];
  const ids = new Set<string>();
  for (const s of definition.stages) {
    if (ids.has(s.id)) problems.push({ kind: 'duplicate_stage', stageId: s.id });
    ids.add(s.id);
  }
  for (const id of [definition.handOffStageId, definition.acceptedStageId]) if (!ids.has(id)) problems.push({ kind: 'unknown_hand_off_stage', stageId: id });
  if (!definition.stages.some((s) => s.kind === 'recycled')) problems.push({ kind: 'no_recycled_stage' });
  const next = new Map<string, string[]>();
  for (const s of definition.stages) {
    next.set(
      s.id,
      s.allowedNext.filter((n) => ids.has(n)),
    );
    for (const n of s.allowedNext) if (!ids.has(n)) problems.push({ kind: 'unknown_next', stageId: s.id, nextId: n });
    if (s.kind === 'funnel' && s.ownerRole === null) problems.push({ kind: 'no_owner', stageId: s.id });
    if (s.slaHours !== null && !(Number.isFinite(s.slaHours) && s.slaHours > 0)) problems.push({ kind: 'invalid_number', stageId: s.id, setting: 'sla' });
    if (![...s.entryCriteria, ...s.exitCriteria].every(validMinimum)) problems.push({ kind: 'invalid_number', stageId: s.id, setting: 'criterion_min' });
    for (const field of [...s.entryCriteria, ...s.exitCriteria].flatMap(criterionFields))
      if (!isKnownField(field, knownFields)) problems.push({ kind: 'unknown_field', stageId: s.id, field });
    if (!s.name?.trim() && !(lifecycleStageIds as readonly string[]).includes(s.id)) problems.push({ kind: 'unnamed_stage', stageId: s.id });
    for (const list of ['entry', 'exit'] as const) {
      const subject = contradiction(list === 'entry' ? s.entryCriteria : s.exitCriteria);
      if (subject) problems.push({ kind: 'contradictory_criteria', stageId: s.id, list, subject });
    }
  }
  for (const v of definition.volumeSlas)
    if (!(Number.isInteger(v.count) && v.count > 0)) problems.push({ kind: 'invalid_number', stageId: v.stageId, setting: 'volume_target' });
  // Exit criteria apply to moves along the funnel only (evaluateTransition), so only those moves can clash.
  const byId = new Map(definition.stages.map((s) => [s.id, s]));
  for (const s of definition.stages)
    for (const n of s.allowedNext) {
      const target = byId.get(n);
      if (!target || target.kind !== 'funnel' || contradiction(s.exitCriteria) || contradiction(target.entryCriteria)) continue;
      const subject = contradiction([...s.exitCriteria, ...target.entryCriteria]);
      if (subject) problems.push({ kind: 'contradictory_move', stageId: s.id, nextId: n, subject });
    }
  const reach = (start: string, edges: Map<string, string[]>) => {
    const seen = new Set([start]);
    const queue = [start];
    while (queue.length)
      for (const n of edges.get(queue.shift()!) ?? [])
        if (!seen.has(n)) {
          seen.add(n);
          queue.push(n);
        }
    return seen;
  };
  const first = definition.stages[0]!.id;
  const reachable = reach(first, next);
  for (const s of definition.stages) if (!reachable.has(s.id)) problems.push({ kind: 'unreachable', stageId: s.id });
  // Dead ends: stages from which the last funnel stage can never be reached (walk the edges backwards).
  const funnel = definition.stages.filter((s) => s.kind === 'funnel');
  const last = funnel[funnel.length - 1];
  if (last) {
    const reverse = new Map<string, string[]>();
    for (const [from, tos] of next) for (const to of tos) reverse.set(to, [...(reverse.get(to) ?? []), from]);
    const canFinish = reach(last.id, reverse);
    for (const s of definition.stages) if (s.kind !== 'disqualified' && !canFinish.has(s.id)) problems.push({ kind: 'dead_end', stageId: s.id });
  }
  return problems;
}
