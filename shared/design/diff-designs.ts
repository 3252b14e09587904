import type { LifecycleStage } from '../model/lifecycle';
import type { PipelineStage } from '../model/pipeline';
import type { EngagementRule, FitRule } from '../model/scoring-model';
import { sameJson } from './canonical';
import type { DesignLifecycle, DesignMember, DesignPipeline, DesignRoutingRule, DesignScoringModel, FunnelDesign, RolePlan } from './funnel-design';

/** One field that differs, with both values (plain data: the UI words them). */
export type FieldChange<K extends string = string> = { field: K; before: unknown; after: unknown };

type Listed<Kind extends string, Extra> = Extra & ({ change: 'added' | 'removed' } | { change: 'changed'; fields: FieldChange[] }) & { kind: Kind };

/**
 * One difference between two designs, in the order a reader meets them: the lifecycle (its own
 * settings, then stage by stage), the scoring model, routing rules, pipelines, the team and targets.
 */
export type DesignChange =
  | { kind: 'lifecycle'; fields: FieldChange<Exclude<keyof DesignLifecycle, 'stages'>>[] }
  | Listed<'stage', { stageId: string; name: string | null }>
  | { kind: 'scoring'; fields: FieldChange<Exclude<keyof DesignScoringModel, 'engagementRules' | 'fitRules'>>[] }
  | Listed<'engagement_rule' | 'fit_rule', { ruleId: string; label: string }>
  | Listed<'routing_rule', { ruleId: string; name: string }>
  | Listed<'pipeline', { pipelineId: string; name: string }>
  | Listed<'pipeline_stage', { pipelineId: string; pipelineName: string; stageId: string; name: string }>
  | Listed<'member', { memberId: string; name: string }>
  | Listed<'role_targets', { role: RolePlan['role'] }>;

function fieldChanges<T extends object>(a: T, b: T, skip: readonly string[] = []): FieldChange[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !skip.includes(k));
  return keys.flatMap((field) => {
    const before = (a as Record<string, unknown>)[field];
    const after = (b as Record<string, unknown>)[field];
    return sameJson(before, after) ? [] : [{ field, before, after }];
  });
}

/** Added, removed and changed items of two lists matched by key (b's order, removed ones after). */
function listDiff<T extends object, R>(
  a: readonly T[],
  b: readonly T[],
  key: (item: T) => string,
  make: (item: T, change: { change: 'added' | 'removed' } | { change: 'changed'; fields: FieldChange[] }) => R[],
  skip: readonly string[] = [],
): R[] {
  const before = new Map(a.map((x) => [key(x), x]));
  const after = new Set(b.map(key));
  const out: R[] = [];
  for (const item of b) {
    const old = before.get(key(item));
    if (!old) out.push(...make(item, { change: 'added' }));
    else {
      const fields = fieldChanges(old, item, skip);
      if (fields.length > 0) out.push(...make(item, { change: 'changed', fields }));
    }
  }
  for (const item of a) if (!after.has(key(item))) out.push(...make(item, { change: 'removed' }));
  return out;
}

/**
 * What changes from design `a` to design `b`: stages added, removed or changed (name, definition,
 * criteria, owner, SLA, next stages), the lifecycle's hand-off settings and volume SLAs, scoring
 * rules and settings (threshold, BANT weights), routing rules, pipelines and their stages, the
 * team's seats and role targets. Empty when the designs are the same.
 */
export function diffDesigns(a: FunnelDesign, b: FunnelDesign): DesignChange[] {
  const changes: DesignChange[] = [];
  const lifecycleFields = fieldChanges(a.lifecycle, b.lifecycle, ['stages']) as FieldChange<Exclude<keyof DesignLifecycle, 'stages'>>[];
  if (lifecycleFields.length) changes.push({ kind: 'lifecycle', fields: lifecycleFields });
  changes.push(
    ...listDiff<LifecycleStage, DesignChange>(
      a.lifecycle.stages,
      b.lifecycle.stages,
      (s) => s.id,
      (s, c) => [{ kind: 'stage', stageId: s.id, name: s.name, ...c }],
    ),
  );
  const scoringFields = fieldChanges(a.scoringModel, b.scoringModel, ['engagementRules', 'fitRules']) as FieldChange<
    Exclude<keyof DesignScoringModel, 'engagementRules' | 'fitRules'>
  >[];
  if (scoringFields.length) changes.push({ kind: 'scoring', fields: scoringFields });
  changes.push(
    ...listDiff<EngagementRule, DesignChange>(
      a.scoringModel.engagementRules,
      b.scoringModel.engagementRules,
      (r) => r.id,
      (r, c) => [{ kind: 'engagement_rule', ruleId: r.id, label: r.label, ...c }],
    ),
    ...listDiff<FitRule, DesignChange>(
      a.scoringModel.fitRules,
      b.scoringModel.fitRules,
      (r) => r.id,
      (r, c) => [{ kind: 'fit_rule', ruleId: r.id, label: r.label, ...c }],
    ),
    ...listDiff<DesignRoutingRule, DesignChange>(
      a.routingRules,
      b.routingRules,
      (r) => r.id,
      (r, c) => [{ kind: 'routing_rule', ruleId: r.id, name: r.name, ...c }],
    ),
  );
  changes.push(
    ...listDiff<DesignPipeline, DesignChange>(
      a.pipelines,
      b.pipelines,
      (p) => p.id,
      (p, c) => {
        const old = a.pipelines.find((x) => x.id === p.id);
        const own: DesignChange[] =
          c.change === 'changed'
            ? c.fields.some((f) => f.field !== 'stages')
              ? [{ kind: 'pipeline', pipelineId: p.id, name: p.name, change: 'changed', fields: c.fields.filter((f) => f.field !== 'stages') }]
              : []
            : [{ kind: 'pipeline', pipelineId: p.id, name: p.name, ...c }];
        const stages =
          c.change === 'changed' && old
            ? listDiff<PipelineStage, DesignChange>(
                old.stages,
                p.stages,
                (s) => s.id,
                (s, sc) => [{ kind: 'pipeline_stage', pipelineId: p.id, pipelineName: p.name, stageId: s.id, name: s.name, ...sc }],
              )
            : [];
        return [...own, ...stages];
      },
    ),
    ...listDiff<DesignMember, DesignChange>(
      a.team,
      b.team,
      (m) => m.id,
      (m, c) => [{ kind: 'member', memberId: m.id, name: m.name, ...c }],
    ),
    ...listDiff<RolePlan, DesignChange>(
      a.roles,
      b.roles,
      (r) => r.role,
      (r, c) => [{ kind: 'role_targets', role: r.role, ...c }],
    ),
  );
  return changes;
}

/** Two designs are the same when nothing differs (key order and record stamps aside). */
export const sameDesign = (a: FunnelDesign, b: FunnelDesign): boolean => diffDesigns(a, b).length === 0;
