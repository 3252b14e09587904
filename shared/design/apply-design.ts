import type { LifecycleDefinition } from '../model/lifecycle';
import type { Pipeline } from '../model/pipeline';
import { newId, type BaseRecord, type Timestamp } from '../model/record';
import type { RoutingRule } from '../model/routing-rule';
import type { ScoringModel } from '../model/scoring-model';
import type { TeamMember } from '../model/team-member';
import type { WorkspaceMeta } from '../model/workspace-meta';
import type { DesignSource } from './design-of';
import type { FunnelDesign, RoleTargets } from './funnel-design';

/** What the workspace holds in the design's stages: the plan refuses to pull a stage from under a record. */
export type DesignTarget = DesignSource & {
  /** Live contacts per lifecycle stage id. */
  contactsByStage: Readonly<Record<string, number>>;
  /** Live deals per pipeline id, then per pipeline stage id. */
  dealsByPipelineStage: Readonly<Record<string, Readonly<Record<string, number>>>>;
};

/** Why a design cannot be written over this workspace as it stands. */
export type ApplyProblem =
  | { kind: 'stage_in_use'; stageId: string; contacts: number }
  | { kind: 'pipeline_stage_in_use'; pipelineId: string; pipelineName: string; stageId: string; deals: number }
  | { kind: 'no_meta' };

/** The records to write, each whole (put), soft-deleted ones included; nothing about contacts. */
export type DesignWritePlan = {
  meta: WorkspaceMeta;
  lifecycle: LifecycleDefinition;
  scoringModel: ScoringModel;
  routingRules: RoutingRule[];
  pipelines: Pipeline[];
  /** Seats of the design the workspace does not have yet; existing people are the team screen's, never changed here. */
  newMembers: TeamMember[];
  roleTargets: RoleTargets[];
  /** Pipelines the design does not have but that still hold deals: kept as they are. */
  keptPipelines: { id: string; name: string; deals: number }[];
};

export type ApplyDesignResult = { ok: true; plan: DesignWritePlan } | { ok: false; problems: ApplyProblem[] };

const live = <T extends { deletedAt: number | null }>(records: readonly T[]) => records.filter((r) => r.deletedAt === null);

/** Keeps an existing record's id and creation time; stamps the update (or a creation). */
function restamp<T extends object>(body: T, existing: BaseRecord | undefined, id: string, now: Timestamp): T & BaseRecord {
  return { ...body, id, createdAt: existing?.createdAt ?? now, updatedAt: now, deletedAt: null };
}

/**
 * What writing `design` over a workspace means, record by record: the active lifecycle and scoring
 * model take the design's content (their ids stay; new ids when the workspace has none), routing
 * rules, pipelines and role targets are matched by id (and role) — the design's are put, the others
 * soft-deleted — and the design's seats missing from the team are added. A pipeline still holding
 * deals is kept rather than deleted. Refused, with every reason, when a lifecycle stage the design
 * drops still holds contacts or a pipeline stage it drops still holds deals: no record is moved
 * without a transition saying why, so those must be moved first.
 */
export function applyDesignPlan(workspace: DesignTarget, design: FunnelDesign, now: Timestamp, makeId: () => string = newId): ApplyDesignResult {
  const meta = live(workspace.meta)[0];
  if (!meta) return { ok: false, problems: [{ kind: 'no_meta' }] };
  const problems: ApplyProblem[] = [];
  const designStages = new Set(design.lifecycle.stages.map((s) => s.id));
  for (const [stageId, contacts] of Object.entries(workspace.contactsByStage))
    if (contacts > 0 && !designStages.has(stageId)) problems.push({ kind: 'stage_in_use', stageId, contacts });

  const livePipelines = live(workspace.pipelines);
  const keptPipelines: DesignWritePlan['keptPipelines'] = [];
  const pipelines: Pipeline[] = [];
  const dealsIn = (pipelineId: string) => Object.values(workspace.dealsByPipelineStage[pipelineId] ?? {}).reduce((a, b) => a + b, 0);
  for (const p of design.pipelines) {
    const existing = workspace.pipelines.find((w) => w.id === p.id);
    const stageIds = new Set(p.stages.map((s) => s.id));
    for (const [stageId, deals] of Object.entries(workspace.dealsByPipelineStage[p.id] ?? {}))
      if (deals > 0 && !stageIds.has(stageId)) problems.push({ kind: 'pipeline_stage_in_use', pipelineId: p.id, pipelineName: p.name, stageId, deals });
    const { id: _id, ...body } = p;
    pipelines.push(restamp(body, existing, p.id, now));
  }
  for (const w of livePipelines)
    if (!design.pipelines.some((p) => p.id === w.id)) {
      const deals = dealsIn(w.id);
      if (deals > 0) keptPipelines.push({ id: w.id, name: w.name, deals });
      else pipelines.push({ ...w, updatedAt: now, deletedAt: now });
    }
  if (problems.length > 0) return { ok: false, problems };

  const lifecycleBefore = live(workspace.lifecycles).find((l) => l.id === meta.activeLifecycleId) ?? live(workspace.lifecycles)[0];
  const modelBefore = live(workspace.scoringModels).find((m) => m.id === meta.activeScoringModelId) ?? live(workspace.scoringModels)[0];
  const lifecycle = restamp(design.lifecycle, lifecycleBefore, lifecycleBefore?.id ?? makeId(), now);
  const scoringModel = restamp(design.scoringModel, modelBefore, modelBefore?.id ?? makeId(), now);

  const routingRules: RoutingRule[] = [];
  for (const r of design.routingRules) {
    const existing = workspace.routingRules.find((w) => w.id === r.id);
    const { id: _id, ...body } = r;
    routingRules.push(restamp(body, existing, r.id, now));
  }
  for (const w of live(workspace.routingRules))
    if (!design.routingRules.some((r) => r.id === w.id)) routingRules.push({ ...w, updatedAt: now, deletedAt: now });

  const liveMembers = new Set(live(workspace.teamMembers).map((m) => m.id));
  const newMembers: TeamMember[] = design.team
    .filter((m) => !liveMembers.has(m.id))
    .map((m) => ({ ...m, email: null, createdAt: now, updatedAt: now, deletedAt: null }));

  const roleTargets: RoleTargets[] = [];
  const liveTargets = live(workspace.roleTargets);
  for (const plan of design.roles) {
    const existing = liveTargets.find((t) => t.role === plan.role);
    roleTargets.push(restamp(plan, existing, existing?.id ?? makeId(), now));
  }
  for (const t of liveTargets) if (!design.roles.some((p) => p.role === t.role)) roleTargets.push({ ...t, updatedAt: now, deletedAt: now });

  return {
    ok: true,
    plan: {
      meta: { ...meta, activeLifecycleId: lifecycle.id, activeScoringModelId: scoringModel.id, updatedAt: now },
      lifecycle,
      scoringModel,
      routingRules,
      pipelines,
      newMembers,
      roleTargets,
      keptPipelines,
    },
  };
}
