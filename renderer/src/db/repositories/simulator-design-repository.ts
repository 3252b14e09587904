import type { DemoDesign } from '@shared/demo/demo-design';
import type { RoleKpiGoal } from '@shared/index';
import type { WorkspaceDb } from '../workspace-db';
import { getWorkspaceMeta } from './meta-repository';
import { getActiveDesign } from './scoring-context-repository';

/** The open workspace's design as the simulator and the demo generator take it, with the roles' targets and the currency. */
export type SimulatorDesign = { design: DemoDesign & { currency: string }; roleGoals: RoleKpiGoal[] };

const isGoal = (k: unknown): k is RoleKpiGoal =>
  typeof k === 'object' &&
  k !== null &&
  typeof (k as RoleKpiGoal).metric === 'string' &&
  typeof (k as RoleKpiGoal).target === 'number' &&
  ((k as RoleKpiGoal).period === 'month' || (k as RoleKpiGoal).period === 'quarter');

/**
 * The roles' KPI targets, where the workspace keeps them (schema 9's `roleTargets`, one record per
 * role). Read by name so a workspace that has no such table yet simply has no targets.
 */
async function roleGoals(db: WorkspaceDb): Promise<RoleKpiGoal[]> {
  if (!db.tables.some((t) => t.name === 'roleTargets')) return [];
  const records = (await db.table('roleTargets').toArray()) as { deletedAt?: unknown; kpis?: unknown }[];
  return records.filter((r) => r.deletedAt === null && Array.isArray(r.kpis)).flatMap((r) => (r.kpis as unknown[]).filter(isGoal));
}

/** The active lifecycle, scoring model and ICP with the live team, pipelines and routing rules; null without a lifecycle. */
export async function getSimulatorDesign(db: WorkspaceDb): Promise<SimulatorDesign | null> {
  const [active, meta, teamMembers, pipelines, routingRules, goals] = await Promise.all([
    getActiveDesign(db),
    getWorkspaceMeta(db),
    db.teamMembers.filter((m) => m.deletedAt === null).toArray(),
    db.pipelines.filter((p) => p.deletedAt === null).toArray(),
    db.routingRules.filter((r) => r.deletedAt === null).toArray(),
    roleGoals(db),
  ]);
  if (!active) return null;
  return {
    design: {
      lifecycle: active.lifecycle,
      scoringModel: active.model,
      icp: active.icp,
      teamMembers,
      pipelines,
      routingRules: routingRules.sort((a, b) => a.order - b.order),
      currency: meta?.currency ?? 'USD',
    },
    roleGoals: goals,
  };
}
