import { roles } from '../model/identifiers';
import type { WorkspaceData } from '../model/workspace';
import type { BaseRecord } from '../model/record';
import type { DesignMember, FunnelDesign, RoleTargets } from './funnel-design';

/** The tables a design is read from: a workspace's design records, nothing about contacts. */
export type DesignSource = Pick<WorkspaceData, 'meta' | 'lifecycles' | 'scoringModels' | 'routingRules' | 'pipelines' | 'teamMembers'> & {
  roleTargets: readonly RoleTargets[];
};

const live = <T extends { deletedAt: number | null }>(records: readonly T[]): T[] => records.filter((r) => r.deletedAt === null);
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
function withoutStamps<T extends BaseRecord>(record: T): Omit<T, 'createdAt' | 'updatedAt' | 'deletedAt'> {
  const { createdAt: _c, updatedAt: _u, deletedAt: _d, ...rest } = record;
  return rest;
}

/** The active record: the one meta names, else the oldest live one. */
function active<T extends BaseRecord>(records: readonly T[], id: string | null | undefined): T | undefined {
  const alive = live(records).sort(byId);
  return alive.find((r) => r.id === id) ?? alive[0];
}

/**
 * Reads the active design out of a workspace: its active lifecycle and scoring model, its live
 * routing rules (in order), pipelines, team seats and role targets, in a stable order so two reads
 * of the same workspace are equal. Null when the workspace has no lifecycle or scoring model.
 */
export function designOf(source: DesignSource): FunnelDesign | null {
  const meta = live(source.meta)[0];
  const lifecycle = active(source.lifecycles, meta?.activeLifecycleId);
  const model = active(source.scoringModels, meta?.activeScoringModelId);
  if (!lifecycle || !model) return null;
  const { id: _l, ...lifecycleBody } = withoutStamps(lifecycle);
  const { id: _m, ...modelBody } = withoutStamps(model);
  const team: DesignMember[] = live(source.teamMembers)
    .sort(byId)
    .map((m) => ({ id: m.id, name: m.name, role: m.role, territory: m.territory, capacity: m.capacity, active: m.active, quota: m.quota, admin: m.admin }));
  const targets = live(source.roleTargets);
  return {
    lifecycle: lifecycleBody,
    scoringModel: modelBody,
    routingRules: live(source.routingRules)
      .sort((a, b) => a.order - b.order || byId(a, b))
      .map(withoutStamps),
    pipelines: live(source.pipelines).sort(byId).map(withoutStamps),
    team,
    roles: roles.flatMap((role) => {
      const found = targets.filter((t) => t.role === role).sort(byId)[0];
      return found ? [{ role, kpis: found.kpis }] : [];
    }),
  };
}
