import type { TFunction } from 'i18next';
import { designFileFormatVersion, type ApplyProblem, type DesignChange, type DesignFileError, type DesignProblem, type FunnelDesign } from '@shared/design';
import { lifecycleStageIds, roles, type LifecycleStageId, type Role } from '@shared/model';

/** Words for a design's parts in the user's language: stage, rule and member names as the design says them. */
export type DesignNames = { stage(id: string): string; rule(id: string): string; role(role: Role): string };

export function designNames(t: TFunction, ...designs: (FunnelDesign | null | undefined)[]): DesignNames {
  const stages = new Map<string, string>();
  const rules = new Map<string, string>();
  for (const d of designs) {
    for (const s of d?.lifecycle.stages ?? []) stages.set(s.id, s.name ?? (isCanonical(s.id) ? t(`stage.${s.id}`) : s.id));
    for (const r of d?.routingRules ?? []) rules.set(r.id, r.name);
  }
  return {
    stage: (id) => stages.get(id) ?? (isCanonical(id) ? t(`stage.${id}`) : id),
    rule: (id) => rules.get(id) ?? id,
    role: (role) => t(`role.${role}`),
  };
}

const isCanonical = (id: string): id is LifecycleStageId => (lifecycleStageIds as readonly string[]).includes(id);
const isRole = (value: unknown): value is Role => typeof value === 'string' && (roles as readonly string[]).includes(value);

/** One problem of the engines, in words. */
export function problemText(t: TFunction, p: DesignProblem, names: DesignNames): string {
  switch (p.kind) {
    case 'lifecycle': {
      const q = p.problem;
      const stage = 'stageId' in q ? names.stage(q.stageId) : '';
      if (q.kind === 'unknown_next') return t('designs.problem.unknown_next', { stage, next: q.nextId });
      if (q.kind === 'unknown_field') return t('designs.problem.unknown_field', { stage, field: q.field });
      if (q.kind === 'unknown_hand_off_stage') return t('designs.problem.unknown_hand_off_stage', { stage: q.stageId });
      if (q.kind === 'duplicate_stage') return t('designs.problem.duplicate_stage', { stage: q.stageId });
      if (q.kind === 'unreachable' || q.kind === 'dead_end' || q.kind === 'no_owner' || q.kind === 'no_recycled_stage' || q.kind === 'invalid_number')
        return t(`designs.problem.${q.kind}`, { stage });
      // The lifecycle engine names more kinds as it learns them; each still reads as its stage and its kind.
      return t('designs.problem.lifecycle_other', { stage, kind: (q as { kind: string }).kind });
    }
    case 'routing_overlap':
      return t('designs.problem.routing_overlap', { a: names.rule(p.overlap.ruleIds[0]), b: names.rule(p.overlap.ruleIds[1]) });
    case 'routing_gap':
      return t('designs.problem.routing_gap', { field: p.gap.field, from: p.gap.from ?? '−∞', to: p.gap.to ?? '∞' });
    case 'routing_shadowed':
      return t('designs.problem.routing_shadowed', { rule: names.rule(p.ruleId), by: names.rule(p.by) });
    case 'unknown_member':
      return p.ruleId ? t('designs.problem.unknown_member', { rule: names.rule(p.ruleId) }) : t('designs.problem.unknown_member_fallback');
    case 'unknown_stage':
      return t(p.where === 'threshold_action' ? 'designs.problem.unknown_stage_threshold_action' : 'designs.problem.unknown_stage_volume_sla', {
        stage: p.stageId,
      });
    case 'hand_off_role_unrouted':
      return t('designs.problem.hand_off_role_unrouted', { role: names.role(p.role) });
  }
}

/** Why a design could not be written over this workspace, in words. */
export function applyProblemText(t: TFunction, p: ApplyProblem, names: DesignNames): string {
  if (p.kind === 'stage_in_use') return t('designs.problem.stage_in_use', { count: p.contacts, stage: names.stage(p.stageId) });
  if (p.kind === 'pipeline_stage_in_use') return t('designs.problem.pipeline_stage_in_use', { count: p.deals, stage: p.stageId, pipeline: p.pipelineName });
  return t('designs.problem.no_meta');
}

/** A design file's refusal in words, with the JSON path of what is wrong. */
export function fileErrorText(t: TFunction, e: DesignFileError): string {
  if (e.code === 'newer_format') return t('designs.fileError.newer_format', { version: e.formatVersion, supported: designFileFormatVersion });
  return t(`designs.fileError.${e.code}`, { path: e.path, detail: e.detail ?? '' });
}

/** The title of one difference: what it is about and whether it was added, removed or changed. */
export function changeTitle(t: TFunction, c: DesignChange, names: DesignNames): string {
  switch (c.kind) {
    case 'lifecycle':
    case 'scoring':
      return t(`designs.change.${c.kind}`);
    case 'stage':
      return t('designs.change.stage', { name: c.name ?? names.stage(c.stageId) });
    case 'engagement_rule':
    case 'fit_rule':
      return t(`designs.change.${c.kind}`, { name: c.label });
    case 'routing_rule':
    case 'pipeline':
    case 'member':
      return t(`designs.change.${c.kind}`, { name: c.name });
    case 'pipeline_stage':
      return t('designs.change.pipeline_stage', { pipeline: c.pipelineName, name: c.name });
    case 'role_targets':
      return t('designs.change.role_targets', { name: names.role(c.role) });
  }
}

/** A changed value, readable: roles and stages by name, hours and days with units, lists by count. */
export function valueText(t: TFunction, field: string, value: unknown, names: DesignNames, locale: string): string {
  if (value === null || value === undefined) return t('designs.value.none');
  if (typeof value === 'boolean') return t(value ? 'designs.value.yes' : 'designs.value.no');
  if (field === 'ownerRole' && isRole(value)) return names.role(value);
  if ((field === 'handOffStageId' || field === 'acceptedStageId') && typeof value === 'string') return names.stage(value);
  if (field === 'slaHours' && typeof value === 'number') return t('designs.value.hours', { n: value.toLocaleString(locale) });
  if ((field === 'rottingDays' || field === 'halfLifeDays') && typeof value === 'number') return t('designs.value.days', { n: value.toLocaleString(locale) });
  if (field === 'probability' && typeof value === 'number') return `${Math.round(value * 100)} %`;
  if (typeof value === 'number') return value.toLocaleString(locale);
  if (typeof value === 'string') return value === '' ? '“”' : `“${value}”`;
  if (Array.isArray(value)) {
    if (field === 'allowedNext') return value.map((s) => names.stage(String(s))).join(', ') || t('designs.value.none');
    if ((field === 'handOffRoles' || field === 'overrideRoles') && value.every(isRole)) return value.map(names.role).join(', ') || t('designs.value.none');
    return t('designs.value.items', { count: value.length });
  }
  if (field === 'bantWeights') return t('designs.value.bant', value as Record<string, number>);
  return t('designs.change.changed');
}
