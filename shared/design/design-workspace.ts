import { createEmptyWorkspaceData } from '../defaults/empty-workspace';
import type { Timestamp } from '../model/record';
import type { WorkspaceData } from '../model/workspace';
import { applyDesignPlan, type DesignWritePlan } from './apply-design';
import type { FunnelDesign, RoleTargets } from './funnel-design';

/** A plan's records merged over in-memory tables by id (what the write path does in the database). */
export function mergePlan(data: WorkspaceData, plan: DesignWritePlan): WorkspaceData {
  const put = <T extends { id: string }>(records: readonly T[], writes: readonly T[]): T[] => {
    const byId = new Map(records.map((r) => [r.id, r]));
    for (const w of writes) byId.set(w.id, w);
    return [...byId.values()];
  };
  return {
    ...data,
    meta: put(data.meta, [plan.meta]),
    lifecycles: put(data.lifecycles, [plan.lifecycle]),
    scoringModels: put(data.scoringModels, [plan.scoringModel]),
    routingRules: put(data.routingRules, plan.routingRules),
    pipelines: put(data.pipelines, plan.pipelines),
    teamMembers: put(data.teamMembers, plan.newMembers),
  };
}

/**
 * A new, empty workspace that starts with `design` (a template's, in the workspace's language):
 * the empty workspace's records, with the design written over them as applyDesignPlan says.
 */
export function createWorkspaceFromDesign(input: { name: string; locale: 'ko' | 'en'; now: Timestamp; design: FunnelDesign }): {
  data: WorkspaceData;
  roleTargets: RoleTargets[];
} {
  const empty = createEmptyWorkspaceData(input);
  const applied = applyDesignPlan({ ...empty, roleTargets: [], contactsByStage: {}, dealsByPipelineStage: {} }, input.design, input.now);
  // An empty workspace holds no contacts or deals, so nothing can refuse the plan.
  if (!applied.ok) throw new Error(`A new workspace refused its design: ${JSON.stringify(applied.problems)}`);
  const data = mergePlan(empty, applied.plan);
  // Pipelines the design replaces were never used: a new workspace does not need to keep them soft-deleted.
  return { data: { ...data, pipelines: data.pipelines.filter((p) => p.deletedAt === null) }, roleTargets: applied.plan.roleTargets };
}
