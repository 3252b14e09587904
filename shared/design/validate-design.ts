import { validateLifecycle, type LifecycleProblem } from '../lifecycle/validate-lifecycle';
import { knownConditionFields } from '../conditions/condition-fields';
import type { Role } from '../model/identifiers';
import type { RoutingRule, RoutingTarget } from '../model/routing-rule';
import { analyseRules, type RangeGap, type RuleOverlap } from '../routing/analyse-rules';
import type { FunnelDesign } from './funnel-design';

/**
 * A named problem of a design. Errors make it unusable as it stands (the lifecycle engine's own
 * findings, rules naming people or stages that do not exist); warnings are the routing analysis
 * (overlaps, gaps, shadowed rules) and hand-off roles no routing rule serves.
 */
export type DesignProblem = { severity: 'error' | 'warning' } & (
  | { kind: 'lifecycle'; problem: LifecycleProblem }
  | { kind: 'routing_overlap'; overlap: RuleOverlap }
  | { kind: 'routing_gap'; gap: RangeGap }
  | { kind: 'routing_shadowed'; ruleId: string; by: string }
  | { kind: 'unknown_member'; ruleId: string | null; memberId: string }
  | { kind: 'unknown_stage'; where: 'threshold_action' | 'volume_sla'; stageId: string }
  | { kind: 'hand_off_role_unrouted'; role: Role }
);

/** Fields a lifecycle criterion may name: the ones field conditions read (custom fields are open-ended). */
export const designKnownFields: ReadonlySet<string> = knownConditionFields();

export const targetMembers = (target: RoutingTarget): string[] =>
  target.kind === 'person' ? [target.memberId] : target.kind === 'weighted_round_robin' ? target.weights.map((w) => w.memberId) : target.memberIds;

/** Checks a design with the engines that run it: validateLifecycle, analyseRules, and the references between its parts. */
export function validateDesign(design: FunnelDesign): DesignProblem[] {
  const problems: DesignProblem[] = [];
  const lifecycle = { ...design.lifecycle, id: 'design', createdAt: 0, updatedAt: 0, deletedAt: null };
  for (const problem of validateLifecycle(lifecycle, designKnownFields)) problems.push({ severity: 'error', kind: 'lifecycle', problem });

  const rules: RoutingRule[] = design.routingRules.map((r) => ({ ...r, createdAt: 0, updatedAt: 0, deletedAt: null }));
  const findings = analyseRules(rules.filter((r) => r.active));
  for (const overlap of findings.overlaps) problems.push({ severity: 'warning', kind: 'routing_overlap', overlap });
  for (const gap of findings.gaps) problems.push({ severity: 'warning', kind: 'routing_gap', gap });
  for (const s of findings.shadowed) problems.push({ severity: 'warning', kind: 'routing_shadowed', ruleId: s.ruleId, by: s.by });

  const members = new Map(design.team.map((m) => [m.id, m]));
  for (const rule of design.routingRules)
    for (const memberId of targetMembers(rule.target))
      if (!members.has(memberId)) problems.push({ severity: 'error', kind: 'unknown_member', ruleId: rule.id, memberId });
  const fallback = design.lifecycle.handOffFallback;
  if (fallback.kind === 'member' && !members.has(fallback.memberId))
    problems.push({ severity: 'error', kind: 'unknown_member', ruleId: null, memberId: fallback.memberId });

  const stageIds = new Set(design.lifecycle.stages.map((s) => s.id));
  for (const action of design.scoringModel.thresholdActions)
    if (action.kind === 'change_stage' && !stageIds.has(action.stageId))
      problems.push({ severity: 'error', kind: 'unknown_stage', where: 'threshold_action', stageId: action.stageId });
  for (const sla of design.lifecycle.volumeSlas)
    if (!stageIds.has(sla.stageId)) problems.push({ severity: 'error', kind: 'unknown_stage', where: 'volume_sla', stageId: sla.stageId });

  // "Routing covers every hand-off role": some active rule sends leads to an active member of the role.
  const routedRoles = new Set<Role>();
  for (const rule of design.routingRules)
    if (rule.active)
      for (const id of targetMembers(rule.target)) {
        const m = members.get(id);
        if (m?.active) routedRoles.add(m.role);
      }
  for (const role of design.lifecycle.handOffRoles) if (!routedRoles.has(role)) problems.push({ severity: 'warning', kind: 'hand_off_role_unrouted', role });
  return problems;
}

export const designErrors = (problems: readonly DesignProblem[]) => problems.filter((p) => p.severity === 'error');
