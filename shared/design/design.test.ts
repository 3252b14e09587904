import { describe, expect, it } from 'vitest';
import { createEmptyWorkspaceData } from '../defaults/empty-workspace';
import { applyDesignPlan } from './apply-design';
import { designOf, type DesignSource } from './design-of';
import { createWorkspaceFromDesign, mergePlan } from './design-workspace';
import { diffDesigns, sameDesign } from './diff-designs';
import type { FunnelDesign } from './funnel-design';
import { buildTemplate } from './templates';
import { validateDesign } from './validate-design';

const T = 1_700_000_000_000;
const source = (data: ReturnType<typeof createEmptyWorkspaceData>, roleTargets: DesignSource['roleTargets'] = []): DesignSource => ({ ...data, roleTargets });
const target = (
  data: ReturnType<typeof createEmptyWorkspaceData>,
  extra: { contactsByStage?: Record<string, number>; deals?: Record<string, Record<string, number>> } = {},
) => ({
  ...source(data),
  contactsByStage: extra.contactsByStage ?? {},
  dealsByPipelineStage: extra.deals ?? {},
});

describe('designOf', () => {
  it('reads the active lifecycle and scoring model, live rules in order and no record stamps', () => {
    const data = createEmptyWorkspaceData({ name: 'w', locale: 'en', now: T });
    const design = designOf(source(data))!;
    expect(design.lifecycle.name).toBe('SaaS lifecycle');
    expect('id' in design.lifecycle).toBe(false);
    expect(design.pipelines.map((p) => p.kind)).toEqual(['sales', 'opportunity']);
    expect(design.team).toEqual([]);
    expect(designOf({ ...source(data), lifecycles: [] })).toBeNull();
  });
});

describe('applyDesignPlan', () => {
  it('a template written into an empty workspace reads back as the same design', () => {
    const design = buildTemplate('the_model', 'en');
    const { data, roleTargets } = createWorkspaceFromDesign({ name: 'w', locale: 'en', now: T, design });
    expect(sameDesign(designOf(source(data, roleTargets))!, design)).toBe(true);
    expect(data.teamMembers.map((m) => m.email)).toEqual(design.team.map(() => null));
  });

  it("keeps the active records' ids, soft-deletes rules and pipelines the design no longer has", () => {
    const model = createWorkspaceFromDesign({ name: 'w', locale: 'en', now: T, design: buildTemplate('the_model', 'en') });
    const simple = buildTemplate('simple_lead_process', 'en');
    const applied = applyDesignPlan({ ...target(model.data), roleTargets: model.roleTargets }, simple, T + 1);
    if (!applied.ok) throw new Error('refused');
    const { plan } = applied;
    expect(plan.lifecycle.id).toBe(model.data.lifecycles[0]!.id);
    expect(plan.lifecycle.createdAt).toBe(T);
    expect(
      plan.routingRules
        .filter((r) => r.deletedAt !== null)
        .map((r) => r.name)
        .sort(),
    ).toEqual(model.data.routingRules.map((r) => r.name).sort());
    expect(plan.pipelines.filter((p) => p.deletedAt === T + 1)).toHaveLength(2);
    // People are never removed by a design; the simple design's seats are added.
    expect(plan.newMembers).toHaveLength(3);
    expect(
      plan.roleTargets
        .filter((t) => t.deletedAt !== null)
        .map((t) => t.role)
        .sort(),
    ).toEqual(['csm', 'ebr']);
    const after = mergePlan(model.data, plan);
    const read = designOf({ ...after, roleTargets: plan.roleTargets })!;
    expect(diffDesigns(read, simple).every((c) => c.kind === 'member' && c.change === 'removed')).toBe(true);
  });

  it('refuses, naming each, stages the design drops that still hold contacts or deals', () => {
    const data = createEmptyWorkspaceData({ name: 'w', locale: 'en', now: T });
    const simple = buildTemplate('simple_lead_process', 'en');
    simple.pipelines = [{ ...data.pipelines[0]!, stages: data.pipelines[0]!.stages.filter((s) => s.id !== 'contacted') }];
    const refused = applyDesignPlan(
      target(data, { contactsByStage: { prospect: 4, lead: 2, subscriber: 0 }, deals: { [data.pipelines[0]!.id]: { contacted: 3 } } }),
      simple,
      T,
    );
    expect(refused).toEqual({
      ok: false,
      problems: [
        { kind: 'stage_in_use', stageId: 'prospect', contacts: 4 },
        { kind: 'pipeline_stage_in_use', pipelineId: data.pipelines[0]!.id, pipelineName: data.pipelines[0]!.name, stageId: 'contacted', deals: 3 },
      ],
    });
  });

  it('keeps a pipeline the design does not have while it holds deals', () => {
    const data = createEmptyWorkspaceData({ name: 'w', locale: 'en', now: T });
    const opp = data.pipelines.find((p) => p.kind === 'opportunity')!;
    const applied = applyDesignPlan(target(data, { deals: { [opp.id]: { discovery: 2 } } }), buildTemplate('simple_lead_process', 'en'), T);
    expect(applied.ok && applied.plan.keptPipelines).toEqual([{ id: opp.id, name: opp.name, deals: 2 }]);
    expect(applied.ok && applied.plan.pipelines.some((p) => p.id === opp.id)).toBe(false);
  });
});

describe('diffDesigns', () => {
  const base = () => buildTemplate('saas_lifecycle', 'en', ids());
  function ids() {
    let n = 0;
    return () => `id-${++n}`;
  }
  it('is empty for the same design and lists each change otherwise', () => {
    const a = base();
    expect(diffDesigns(a, base())).toEqual([]);
    const b: FunnelDesign = structuredClone(a);
    b.lifecycle.stages = b.lifecycle.stages.filter((s) => s.id !== 'subscriber');
    const mql = b.lifecycle.stages.find((s) => s.id === 'mql')!;
    mql.slaHours = 8;
    mql.ownerRole = 'ebr';
    mql.entryCriteria = [{ kind: 'hand_off_ready' }];
    b.lifecycle.stages.push({ ...mql, id: 'onboarding', name: 'Onboarding', allowedNext: [] });
    b.scoringModel.handOffThreshold = 60;
    b.scoringModel.bantWeights = { budget: 40, authority: 20, need: 20, timeframe: 20 };
    b.scoringModel.engagementRules = b.scoringModel.engagementRules.filter((r) => r.id !== 'blog_read');
    b.routingRules[0]!.name = 'Hot';
    b.pipelines[0]!.stages[0]!.probability = 0.15;
    b.pipelines.pop();
    const changes = diffDesigns(a, b);
    expect(changes).toContainEqual({
      kind: 'stage',
      stageId: 'mql',
      name: null,
      change: 'changed',
      fields: [
        { field: 'entryCriteria', before: a.lifecycle.stages.find((s) => s.id === 'mql')!.entryCriteria, after: [{ kind: 'hand_off_ready' }] },
        { field: 'ownerRole', before: 'sdr', after: 'ebr' },
        { field: 'slaHours', before: 24, after: 8 },
      ],
    });
    expect(changes).toContainEqual({ kind: 'stage', stageId: 'subscriber', name: null, change: 'removed' });
    expect(changes).toContainEqual({ kind: 'stage', stageId: 'onboarding', name: 'Onboarding', change: 'added' });
    expect(changes).toContainEqual({
      kind: 'scoring',
      fields: [
        { field: 'bantWeights', before: { budget: 25, authority: 25, need: 25, timeframe: 25 }, after: { budget: 40, authority: 20, need: 20, timeframe: 20 } },
        { field: 'handOffThreshold', before: 75, after: 60 },
      ],
    });
    expect(changes).toContainEqual({ kind: 'engagement_rule', ruleId: 'blog_read', label: 'Blog post read', change: 'removed' });
    expect(changes).toContainEqual(expect.objectContaining({ kind: 'routing_rule', name: 'Hot', change: 'changed' }));
    expect(changes).toContainEqual(expect.objectContaining({ kind: 'pipeline_stage', stageId: 'to_contact', change: 'changed' }));
    expect(changes).toContainEqual(expect.objectContaining({ kind: 'pipeline', name: a.pipelines[1]!.name, change: 'removed' }));
  });
  it('ignores key order', () => {
    const a = base();
    const reordered = JSON.parse(JSON.stringify(a, Object.keys(a).reverse())) as FunnelDesign;
    expect(sameDesign(a, { ...reordered, ...a })).toBe(true);
  });
});

describe('validateDesign', () => {
  it('names the lifecycle engine findings, unknown people and stages, routing gaps and unrouted hand-off roles', () => {
    const d = buildTemplate('saas_lifecycle', 'en');
    d.lifecycle.stages.find((s) => s.id === 'lead')!.ownerRole = null;
    d.lifecycle.stages.find((s) => s.id === 'prospect')!.allowedNext = ['disqualified'];
    d.routingRules = [d.routingRules[0]!, { ...d.routingRules[1]!, target: { kind: 'person', memberId: 'nobody' } }];
    d.routingRules[1]!.conditions = [{ op: 'range', field: 'score.handOff', min: null, max: 80 }];
    d.scoringModel.thresholdActions = [{ kind: 'change_stage', stageId: 'hot' }];
    const problems = validateDesign(d);
    expect(problems).toContainEqual({ severity: 'error', kind: 'lifecycle', problem: { kind: 'no_owner', stageId: 'lead' } });
    expect(problems).toContainEqual({ severity: 'error', kind: 'lifecycle', problem: { kind: 'unreachable', stageId: 'mql' } });
    expect(problems).toContainEqual({ severity: 'error', kind: 'unknown_member', ruleId: d.routingRules[1]!.id, memberId: 'nobody' });
    expect(problems).toContainEqual({ severity: 'error', kind: 'unknown_stage', where: 'threshold_action', stageId: 'hot' });
    expect(problems).toContainEqual({ severity: 'warning', kind: 'routing_gap', gap: { field: 'score.handOff', from: 81, to: 89 } });
    expect(problems).toContainEqual({ severity: 'warning', kind: 'hand_off_role_unrouted', role: 'sdr' });
  });
});
