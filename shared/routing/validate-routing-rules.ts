import { conditionProblems, problem, type DesignProblem } from '../conditions/condition-problems';
import type { RoutingRule, RoutingTarget } from '../model/routing-rule';
import type { TeamMember } from '../model/team-member';
import type { HandOffFallback } from '../model/lifecycle';

function targetMembers(target: RoutingTarget): string[] {
  switch (target.kind) {
    case 'person':
      return [target.memberId];
    case 'weighted_round_robin':
      return target.weights.map((w) => w.memberId);
    default:
      return target.memberIds;
  }
}

function targetProblems(target: RoutingTarget, at: string, known: ReadonlySet<string>): DesignProblem[] {
  const found: DesignProblem[] = [];
  const ids = targetMembers(target);
  if (ids.length === 0 || ids.every((id) => id === '')) return [problem(`${at}.members`, 'required')];
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (id === '') found.push(problem(`${at}.members.${i}`, 'required'));
    else if (!known.has(id)) found.push(problem(`${at}.members.${i}`, 'unknown_member', { member: id }));
    else if (seen.has(id)) found.push(problem(`${at}.members.${i}`, 'duplicate_member'));
    seen.add(id);
  });
  if (target.kind === 'weighted_round_robin')
    target.weights.forEach((w, i) => {
      if (!Number.isFinite(w.weight)) found.push(problem(`${at}.weights.${i}`, 'not_a_number'));
      else if (w.weight <= 0) found.push(problem(`${at}.weights.${i}`, 'not_positive'));
    });
  return found;
}

/**
 * Everything wrong with edited routing rules (and the fallback), each at the path of its input:
 * `rules.1.name`, `rules.0.conditions.2.values`, `rules.3.target.members.0`, `fallback`. People are
 * checked against the team (a deleted member is unknown). Empty means the rules can be saved.
 */
export function validateRoutingRules(rules: readonly RoutingRule[], team: readonly TeamMember[], fallback: HandOffFallback | null = null): DesignProblem[] {
  const known = new Set(team.filter((m) => m.deletedAt === null).map((m) => m.id));
  const found: DesignProblem[] = [];
  const ids = new Set<string>();
  rules.forEach((rule, i) => {
    const at = `rules.${i}`;
    if (ids.has(rule.id)) found.push(problem(`${at}.id`, 'duplicate_id'));
    ids.add(rule.id);
    if (rule.name.trim() === '') found.push(problem(`${at}.name`, 'required'));
    rule.conditions.forEach((c, k) => found.push(...conditionProblems(c, `${at}.conditions.${k}`)));
    found.push(...targetProblems(rule.target, `${at}.target`, known));
  });
  if (fallback?.kind === 'member' && !known.has(fallback.memberId))
    found.push(problem('fallback', fallback.memberId === '' ? 'required' : 'unknown_member', { member: fallback.memberId }));
  return found;
}

/** The rules in the order the editor shows them, numbered 0, 1, 2… as saved (first match wins). */
export const renumberRules = (rules: readonly RoutingRule[]): RoutingRule[] => rules.map((rule, order) => (rule.order === order ? rule : { ...rule, order }));
