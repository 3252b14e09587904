import { compileIcp, icpDependentStages, icpSchema, unmetIcpCriteria, validateIcp, type IcpProblem, type PreviewCompany } from '@shared/index';
import type { Icp } from '@shared/model';
import { runWrite } from '../write-path';
import type { WorkspaceDb } from '../workspace-db';
import { reevaluateHandOffs } from './design-change-repository';
import { getWorkspaceMeta } from './meta-repository';
import { getActiveDesign } from './scoring-context-repository';
import { rescoreHandedOff } from './scoring-model-repository';

/** What the ICP preview reads once: live companies (their ICP fields) and each live contact's company. */
export type IcpPreviewSource = { companies: PreviewCompany[]; contactCompanyIds: (string | null)[] };

export async function loadIcpPreviewSource(db: WorkspaceDb): Promise<IcpPreviewSource> {
  const companies: PreviewCompany[] = [];
  await db.companies.each((c) => {
    if (c.deletedAt !== null) return;
    const { id, name, industry, employeeCount, annualRevenue, country, region, technologies, customFields } = c;
    companies.push({ id, name, industry, employeeCount, annualRevenue, country, region, technologies, customFields });
  });
  const contactCompanyIds: (string | null)[] = [];
  await db.contacts.each((c) => {
    if (c.deletedAt === null) contactCompanyIds.push(c.companyId);
  });
  return { companies, contactCompanyIds };
}

export type IcpApplyProgress = { phase: 'saving' | 'reevaluating' | 'rescoring' | 'checking'; done: number; total: number; handedOff: number };

export type IcpApplied = {
  icp: Icp;
  /** Contacts rescored with the new ICP. */
  rescored: number;
  /** Leads the new ICP made ready, handed off through the lifecycle engine (each with its transition line). */
  handedOff: number;
  /** Contacts in a stage whose entry asks for ICP fit that the new ICP no longer meets: they keep their stage. */
  noLongerFit: number;
  /** Of those, how many per stage. */
  noLongerFitByStage: Record<string, number>;
};

export type IcpApplyResult =
  | { ok: true; value: IcpApplied }
  | { ok: false; reason: 'invalid'; problems: IcpProblem[] }
  | { ok: false; reason: 'changed_since'; savedAt: number }
  | { ok: false; reason: 'no_design' }
  | { ok: false; reason: 'cancelled' };

/** Thrown between batches when the user cancels: the one transaction aborts and nothing is written. */
export class IcpApplyCancelled extends Error {
  constructor() {
    super('Applying the ICP was cancelled; nothing was written.');
    this.name = 'IcpApplyCancelled';
  }
}

/**
 * Applies an edited ICP as the workspace's active one, in one write-path transaction: validated
 * first (nothing is written when shared names a problem), refused when another window applied an ICP
 * after the edit began (`baseUpdatedAt`, null for a workspace that had none), then every contact is
 * rescored — those before the hand-off through reevaluateHandOffs, so a lead the new ICP makes ready
 * is handed off now with its transition line — and the ICP criteria of every contact's stage are
 * re-checked by the lifecycle engine. A cancel between batches rolls all of it back.
 */
export async function applyIcp(
  db: WorkspaceDb,
  draft: Icp,
  baseUpdatedAt: number | null,
  now: number,
  hooks: { onProgress?: (p: IcpApplyProgress) => void; cancelled?: () => boolean } = {},
): Promise<IcpApplyResult> {
  const problems = validateIcp(draft);
  if (problems.length > 0) return { ok: false, reason: 'invalid', problems };
  const checkCancel = () => {
    if (hooks.cancelled?.()) throw new IcpApplyCancelled();
  };
  try {
    return await runWrite(db, async (): Promise<IcpApplyResult> => {
      const design = await getActiveDesign(db);
      const meta = await getWorkspaceMeta(db);
      if (!design || !meta) return { ok: false, reason: 'no_design' };
      const current = design.icp;
      if ((current?.updatedAt ?? null) !== baseUpdatedAt) return { ok: false, reason: 'changed_since', savedAt: current?.updatedAt ?? 0 };
      hooks.onProgress?.({ phase: 'saving', done: 0, total: 0, handedOff: 0 });
      // The draft edits the active ICP (its id and creation stay), or becomes the first one.
      const icp = icpSchema.parse({
        ...draft,
        name: draft.name.trim(),
        id: current?.id ?? draft.id,
        createdAt: current?.createdAt ?? now,
        updatedAt: now,
        deletedAt: null,
        criteria: draft.criteria.map((c) => (c.kind === 'range' ? c : { ...c, values: c.values.map((v) => v.trim()).filter(Boolean) })),
      });
      await db.icps.put(icp);
      if (meta.activeIcpId !== icp.id) await db.meta.put({ ...meta, activeIcpId: icp.id, updatedAt: now });
      let handedOff = 0;
      const reevaluated = await reevaluateHandOffs(db, now, (p) => {
        checkCancel();
        handedOff = p.handedOff;
        hooks.onProgress?.({ phase: 'reevaluating', done: p.done, total: p.total, handedOff: p.handedOff });
      });
      const rescored = await rescoreHandedOff(db, now, (p) => {
        checkCancel();
        hooks.onProgress?.({ phase: 'rescoring', done: p.done, total: p.total, handedOff });
      });
      checkCancel();
      const check = await countNoLongerFit(db, icp, (done, total) => hooks.onProgress?.({ phase: 'checking', done, total, handedOff }));
      // Leads handed off by the first pass are past the hand-off by the second: counted once.
      return { ok: true, value: { icp, rescored: reevaluated.total + rescored - reevaluated.handedOff, handedOff: reevaluated.handedOff, ...check } };
    });
  } catch (error) {
    if (error instanceof IcpApplyCancelled) return { ok: false, reason: 'cancelled' };
    throw error;
  }
}

/** Contacts of ICP-dependent stages whose stage's ICP criterion the new ICP fails (the lifecycle engine decides). */
async function countNoLongerFit(db: WorkspaceDb, icp: Icp, onProgress: (done: number, total: number) => void) {
  const design = await getActiveDesign(db);
  const byStage: Record<string, number> = {};
  if (!design) return { noLongerFit: 0, noLongerFitByStage: byStage };
  const stages = icpDependentStages(design.lifecycle);
  const contacts = (await db.contacts.where('lifecycleStage').anyOf(stages).toArray()).filter((c) => c.deletedAt === null);
  const companyIds = [...new Set(contacts.map((c) => c.companyId).filter((id): id is string => id !== null))];
  const companies = new Map((await db.companies.bulkGet(companyIds)).filter((c) => c !== undefined && c.deletedAt === null).map((c) => [c!.id, c!]));
  const compiled = compileIcp(icp);
  let noLongerFit = 0;
  contacts.forEach((contact, i) => {
    const company = contact.companyId ? companies.get(contact.companyId) : undefined;
    const fit = compiled.fitOf(compiled.matches(company));
    if (unmetIcpCriteria(design.lifecycle, contact, fit, icp).length > 0) {
      noLongerFit++;
      byStage[contact.lifecycleStage] = (byStage[contact.lifecycleStage] ?? 0) + 1;
    }
    if (i % 5000 === 4999) onProgress(i + 1, contacts.length);
  });
  onProgress(contacts.length, contacts.length);
  return { noLongerFit, noLongerFitByStage: byStage };
}
