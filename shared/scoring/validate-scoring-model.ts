import { conditionProblems, problem, type DesignProblem } from '../conditions/condition-problems';
import type { LifecycleDefinition } from '../model/lifecycle';
import type { BantWeights, ScoringModel } from '../model/scoring-model';
import { bantParts, type BantPart } from './bant';

const finite = (n: number) => typeof n === 'number' && Number.isFinite(n);

/** Each BANT part's share of the weights (0–1) and their total, as the editor shows them. */
export function bantShares(weights: BantWeights): { total: number; shares: Record<BantPart, number> } {
  const total = bantParts.reduce((sum, part) => sum + (finite(weights[part]) ? weights[part] : 0), 0);
  const shares = Object.fromEntries(bantParts.map((part) => [part, total > 0 && finite(weights[part]) ? weights[part] / total : 0])) as Record<
    BantPart,
    number
  >;
  return { total, shares };
}

function bantProblems(weights: BantWeights): DesignProblem[] {
  const found: DesignProblem[] = [];
  for (const part of bantParts) {
    const w = weights[part];
    if (!finite(w)) found.push(problem(`bantWeights.${part}`, 'not_a_number'));
    else if (w < 0 || w > 100) found.push(problem(`bantWeights.${part}`, 'out_of_range', { min: 0, max: 100 }));
  }
  const { total } = bantShares(weights);
  // Rounded to a hundredth so 33.33 + 33.33 + 33.34 + 0 is the 100 it means.
  if (found.length === 0 && Math.abs(total - 100) > 0.005) found.push(problem('bantWeights', 'bant_total', { total: Math.round(total * 100) / 100 }));
  return found;
}

/**
 * Everything wrong with an edited scoring model, each problem at the path of the input it concerns
 * (`engagementRules.2.points`, `bantWeights`, `thresholdActions.0.stageId`), so the editor shows
 * it next to that input. An empty list means the model can be saved. `lifecycle` names the stages
 * a threshold action may move to.
 */
export function validateScoringModel(model: ScoringModel, lifecycle: LifecycleDefinition | null = null): DesignProblem[] {
  const found: DesignProblem[] = [];
  if (model.name.trim() === '') found.push(problem('name', 'required'));
  const ids = new Set<string>();
  model.engagementRules.forEach((rule, i) => {
    const at = `engagementRules.${i}`;
    if (ids.has(rule.id)) found.push(problem(`${at}.id`, 'duplicate_id'));
    ids.add(rule.id);
    if (rule.label.trim() === '') found.push(problem(`${at}.label`, 'required'));
    if (!finite(rule.points)) found.push(problem(`${at}.points`, 'not_a_number'));
    if (rule.cap !== null && (!finite(rule.cap) || rule.cap < 0)) found.push(problem(`${at}.cap`, finite(rule.cap) ? 'negative' : 'not_a_number'));
    if (rule.halfLifeDays !== null && !(finite(rule.halfLifeDays) && rule.halfLifeDays > 0)) found.push(problem(`${at}.halfLifeDays`, 'not_positive'));
    if (rule.minSeconds !== null && !(finite(rule.minSeconds) && rule.minSeconds >= 0)) found.push(problem(`${at}.minSeconds`, 'negative'));
    if (rule.urlContains !== null && rule.urlContains.trim() === '') found.push(problem(`${at}.urlContains`, 'required'));
    if (rule.formId !== null && rule.formId.trim() === '') found.push(problem(`${at}.formId`, 'required'));
    if (rule.activeFrom !== null && rule.activeTo !== null && rule.activeFrom > rule.activeTo) found.push(problem(`${at}.activeTo`, 'active_reversed'));
  });
  model.fitRules.forEach((rule, i) => {
    const at = `fitRules.${i}`;
    if (ids.has(rule.id)) found.push(problem(`${at}.id`, 'duplicate_id'));
    ids.add(rule.id);
    if (rule.label.trim() === '') found.push(problem(`${at}.label`, 'required'));
    if (!finite(rule.points)) found.push(problem(`${at}.points`, 'not_a_number'));
    found.push(...conditionProblems(rule.condition, `${at}.condition`));
  });
  if (!finite(model.icpWeight) || model.icpWeight < 0 || model.icpWeight > 1) found.push(problem('icpWeight', 'out_of_range', { min: 0, max: 100 }));
  if (model.engagementFloor !== null && !finite(model.engagementFloor)) found.push(problem('engagementFloor', 'not_a_number'));
  found.push(...bantProblems(model.bantWeights));
  if (!finite(model.handOffThreshold) || model.handOffThreshold < 0 || model.handOffThreshold > 100)
    found.push(problem('handOffThreshold', 'out_of_range', { min: 0, max: 100 }));
  const measure = model.handOffMeasure;
  for (const part of ['engagement', 'fit', 'bant'] as const)
    if (!finite(measure[part]) || measure[part] < 0) found.push(problem(`handOffMeasure.${part}`, finite(measure[part]) ? 'negative' : 'not_a_number'));
  if (measure.engagement + measure.fit + measure.bant <= 0) found.push(problem('handOffMeasure', 'measure_empty'));
  const stages = lifecycle ? new Set(lifecycle.stages.map((s) => s.id)) : null;
  model.thresholdActions.forEach((action, i) => {
    const at = `thresholdActions.${i}`;
    switch (action.kind) {
      case 'change_stage':
        if (stages && !stages.has(action.stageId)) found.push(problem(`${at}.stageId`, 'unknown_stage', { stage: action.stageId }));
        break;
      case 'create_task':
        if (action.title.trim() === '') found.push(problem(`${at}.title`, 'required'));
        if (!(finite(action.dueInHours) && action.dueInHours > 0)) found.push(problem(`${at}.dueInHours`, 'not_positive'));
        break;
      case 'add_to_list':
        if (action.list.trim() === '') found.push(problem(`${at}.list`, 'required'));
        break;
      case 'notify':
        if (action.role.trim() === '') found.push(problem(`${at}.role`, 'required'));
        break;
      case 'route':
        break;
    }
  });
  return found;
}
