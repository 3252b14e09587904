import { defaultLifecyclePolicies, defaultLifecycleStages, type LifecycleLocale } from '../../defaults/default-lifecycle';
import { createDefaultPipelines } from '../../defaults/default-pipelines';
import { createDefaultScoringModel } from '../../defaults/default-scoring-model';
import type { FieldCondition } from '../../model/condition';
import type { Role } from '../../model/identifiers';
import type { RoutingTarget } from '../../model/routing-rule';
import type { DesignMember, DesignPipeline, DesignRoutingRule, DesignScoringModel, FunnelDesign } from '../funnel-design';

/** Both languages of a stored text: templates are data, written once in each. */
export type Words = { en: string; ko: string };
export type TemplateLocale = LifecycleLocale;

/** What a template builder gets: the language of the workspace and a source of new ids. */
export type TemplateKit = { locale: TemplateLocale; newId: () => string };

export const say = (kit: TemplateKit, words: Words) => words[kit.locale];

/** Seats of the team: placeholders the team renames on its team screen. */
export function seat(kit: TemplateKit, role: Role, name: Words, extra: Partial<DesignMember> = {}): DesignMember {
  return { id: kit.newId(), name: say(kit, name), role, territory: null, capacity: null, active: true, quota: null, admin: false, ...extra };
}

export function routingRule(kit: TemplateKit, order: number, name: Words, conditions: FieldCondition[], target: RoutingTarget): DesignRoutingRule {
  return { id: kit.newId(), name: say(kit, name), order, active: true, conditions, target };
}

export const membersOf = (team: DesignMember[], role: Role) => team.filter((m) => m.role === role).map((m) => m.id);

/** The default scoring model's rules and actions in the workspace's language, without its record stamps. */
export function scoringModel(kit: TemplateKit, overrides: Partial<DesignScoringModel> = {}): DesignScoringModel {
  const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...model } = createDefaultScoringModel(0, 'template', kit.locale);
  return { ...model, ...overrides };
}

export function pipelines(kit: TemplateKit, kinds: ('sales' | 'opportunity')[]): DesignPipeline[] {
  const all = createDefaultPipelines(0, { sales: kit.newId(), opportunity: kit.newId() }, kit.locale);
  return all.filter((p) => kinds.includes(p.kind)).map(({ createdAt: _c, updatedAt: _u, deletedAt: _d, ...p }) => p);
}

export const defaultStages = (kit: TemplateKit) => defaultLifecycleStages(kit.locale);
export const defaultPolicies = defaultLifecyclePolicies;

export type TemplateBuilder = (kit: TemplateKit) => FunnelDesign;
