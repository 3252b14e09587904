import {
  applyDesignPlan,
  decodeDesignFile,
  designErrors,
  designOf,
  designVersionSchema,
  diffDesigns,
  encodeDesignFile,
  validateDesign,
  type ApplyProblem,
  type DesignChange,
  type DesignFileError,
  type DesignProblem,
  type DesignSource,
  type DesignTarget,
  type DesignVersion,
  type DesignWritePlan,
  type FunnelDesign,
} from '@shared/design';
import { newId, type WorkspaceData } from '@shared/model';
import type { RoleTargets } from '@shared/design';
import { runWrite } from '../write-path';
import type { WorkspaceDb } from '../workspace-db';
import { reevaluateHandOffs, type ReevaluationProgress } from './design-change-repository';
import { rescoreHandedOff } from './scoring-model-repository';
import { writeWorkspaceData } from './workspace-data-repository';

/** A new workspace's records and its role targets (shared's createWorkspaceFromDesign), in one transaction. */
export async function writeNewWorkspace(db: WorkspaceDb, created: { data: WorkspaceData; roleTargets: RoleTargets[] }): Promise<void> {
  await runWrite(db, async () => {
    await writeWorkspaceData(db, created.data);
    if (created.roleTargets.length) await db.roleTargets.bulkAdd(created.roleTargets);
  });
}

/** The workspace's design records, soft-deleted ones included (designOf keeps the live ones). */
export async function loadDesignSource(db: WorkspaceDb): Promise<DesignSource> {
  const [meta, lifecycles, scoringModels, routingRules, pipelines, teamMembers, roleTargets] = await Promise.all([
    db.meta.toArray(),
    db.lifecycles.toArray(),
    db.scoringModels.toArray(),
    db.routingRules.toArray(),
    db.pipelines.toArray(),
    db.teamMembers.toArray(),
    db.roleTargets.toArray(),
  ]);
  return { meta, lifecycles, scoringModels, routingRules, pipelines, teamMembers, roleTargets };
}

/** The live design of the workspace (what the designer edits), null without a lifecycle or model. */
export const getLiveDesign = async (db: WorkspaceDb): Promise<FunnelDesign | null> => designOf(await loadDesignSource(db));

async function loadDesignTarget(db: WorkspaceDb): Promise<DesignTarget> {
  const contactsByStage: Record<string, number> = {};
  const stages = (await db.contacts.orderBy('lifecycleStage').uniqueKeys()) as string[];
  for (const stage of stages)
    contactsByStage[stage] = await db.contacts
      .where('lifecycleStage')
      .equals(stage)
      .filter((c) => c.deletedAt === null)
      .count();
  const dealsByPipelineStage: Record<string, Record<string, number>> = {};
  await db.deals.each((deal) => {
    if (deal.deletedAt !== null) return;
    const byStage = (dealsByPipelineStage[deal.pipelineId] ??= {});
    byStage[deal.stageId] = (byStage[deal.stageId] ?? 0) + 1;
  });
  return { ...(await loadDesignSource(db)), contactsByStage, dealsByPipelineStage };
}

export type DesignWriteRefusal =
  | { ok: false; reason: 'invalid_design'; problems: DesignProblem[] }
  | { ok: false; reason: 'refused'; problems: ApplyProblem[] }
  | { ok: false; reason: 'malformed_file'; errors: DesignFileError[] }
  | { ok: false; reason: 'not_found' };

export type DesignWritten = { changes: DesignChange[]; keptPipelines: DesignWritePlan['keptPipelines']; addedMembers: number };
/** What applying a design has done: its changes, the leads before the hand-off re-evaluated, and the contacts past it rescored. */
export type DesignApplied = DesignWritten & { reevaluated: ReevaluationProgress; rescored: number };

/**
 * Progress of applying a design: the write (one transaction), the leads before the hand-off
 * re-evaluated through the automation, then the contacts past it rescored. `done`/`total` count the
 * phase's contacts; `handedOff` the leads the design moved so far.
 */
export type DesignApplyProgress = ReevaluationProgress & { phase: 'writing' | 'reevaluating' | 'rescoring' };

/**
 * Writes a design over the workspace in one write-path transaction: checked first by the engines
 * (an error-level problem refuses it), planned by shared's applyDesignPlan (refused while a stage
 * it drops still holds contacts or deals), then every planned record put.
 */
export async function writeDesign(db: WorkspaceDb, design: FunnelDesign, now: number): Promise<{ ok: true; value: DesignWritten } | DesignWriteRefusal> {
  const errors = designErrors(validateDesign(design));
  if (errors.length > 0) return { ok: false, reason: 'invalid_design', problems: errors };
  return runWrite(db, async () => {
    const target = await loadDesignTarget(db);
    const before = designOf(target);
    const applied = applyDesignPlan(target, design, now);
    if (!applied.ok) return { ok: false as const, reason: 'refused' as const, problems: applied.problems };
    const { plan } = applied;
    await db.meta.put(plan.meta);
    await db.lifecycles.put(plan.lifecycle);
    await db.scoringModels.put(plan.scoringModel);
    if (plan.routingRules.length) await db.routingRules.bulkPut(plan.routingRules);
    if (plan.pipelines.length) await db.pipelines.bulkPut(plan.pipelines);
    if (plan.newMembers.length) await db.teamMembers.bulkPut(plan.newMembers);
    if (plan.roleTargets.length) await db.roleTargets.bulkPut(plan.roleTargets);
    const changes = before ? diffDesigns(before, design) : [];
    return { ok: true as const, value: { changes, keptPipelines: plan.keptPipelines, addedMembers: plan.newMembers.length } };
  });
}

/**
 * Writes a design, then rescores every contact: those before the hand-off through the automation
 * (a lead the design makes ready is handed off, each move logged by the lifecycle engine), those
 * past it only have their cached scores refreshed — nobody sales holds changes stage because of a design.
 */
async function writeAndReevaluate(
  db: WorkspaceDb,
  design: FunnelDesign,
  now: number,
  onProgress?: (p: DesignApplyProgress) => void,
): Promise<{ ok: true; value: DesignApplied } | DesignWriteRefusal> {
  onProgress?.({ phase: 'writing', done: 0, total: 0, handedOff: 0 });
  const written = await writeDesign(db, design, now);
  if (!written.ok) return written;
  const reevaluated = await reevaluateHandOffs(db, now, (p) => onProgress?.({ phase: 'reevaluating', ...p }));
  const rescored = await rescoreHandedOff(db, now, (p) => onProgress?.({ ...p, handedOff: reevaluated.handedOff }));
  return { ok: true, value: { ...written.value, reevaluated, rescored } };
}

/** Versions newest first, soft-deleted ones left out. */
export async function listDesignVersions(db: WorkspaceDb): Promise<DesignVersion[]> {
  return (await db.designVersions.orderBy('createdAt').reverse().toArray()).filter((v) => v.deletedAt === null);
}

/** Saves the live design as a new version with its note. */
export async function saveDesignVersion(
  db: WorkspaceDb,
  input: { name?: string; note: string; createdBy: string | null },
  now: number,
): Promise<{ ok: true; value: DesignVersion } | { ok: false; reason: 'invalid_name' | 'no_design' }> {
  return runWrite(db, async () => {
    const design = await getLiveDesign(db);
    if (!design) return { ok: false as const, reason: 'no_design' as const };
    // Unnamed versions are numbered in the order they were saved: v1, v2, … (words in no language).
    const name = input.name?.trim() || `v${(await db.designVersions.count()) + 1}`;
    const parsed = designVersionSchema.safeParse({
      id: newId(),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      name,
      note: input.note.trim(),
      design,
      createdBy: input.createdBy,
    });
    if (!parsed.success) return { ok: false as const, reason: 'invalid_name' as const };
    await db.designVersions.add(parsed.data);
    return { ok: true as const, value: parsed.data };
  });
}

/** Writes a saved version over the live design, then rescores and re-evaluates every contact (writeAndReevaluate). */
export async function applyDesignVersion(db: WorkspaceDb, versionId: string, now: number, onProgress?: (p: DesignApplyProgress) => void) {
  const version = await db.designVersions.get(versionId);
  if (!version || version.deletedAt !== null) return { ok: false as const, reason: 'not_found' as const };
  return writeAndReevaluate(db, version.design, now, onProgress);
}

/** A design to compare: a saved version, or the live design. */
export type DesignRef = { versionId: string } | 'live';

async function resolve(db: WorkspaceDb, ref: DesignRef): Promise<FunnelDesign | null> {
  if (ref === 'live') return getLiveDesign(db);
  const version = await db.designVersions.get(ref.versionId);
  return version && version.deletedAt === null ? version.design : null;
}

/** What changes from `a` to `b`; null when either is not there. */
export async function designDiff(db: WorkspaceDb, a: DesignRef, b: DesignRef): Promise<DesignChange[] | null> {
  const [from, to] = await Promise.all([resolve(db, a), resolve(db, b)]);
  return from && to ? diffDesigns(from, to) : null;
}

/** The live design as a `.baton-design.json` file's bytes. */
export async function exportDesign(db: WorkspaceDb, input: { name: string; appVersion: string }, now: number): Promise<Uint8Array | null> {
  const design = await getLiveDesign(db);
  return design ? encodeDesignFile({ design, name: input.name, appVersion: input.appVersion, createdAt: now }) : null;
}

/** Reads a design file and writes its design over the workspace; a malformed or invalid file changes nothing. */
export async function importDesign(db: WorkspaceDb, bytes: Uint8Array, now: number, onProgress?: (p: DesignApplyProgress) => void) {
  const decoded = decodeDesignFile(bytes);
  if (!decoded.ok) return { ok: false as const, reason: 'malformed_file' as const, errors: decoded.errors };
  const result = await writeAndReevaluate(db, decoded.file.design, now, onProgress);
  return result.ok ? { ok: true as const, value: { ...result.value, name: decoded.file.name } } : result;
}
