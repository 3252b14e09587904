import { saveDesignVersion } from '../../db/repositories/design-versions-repository';
import type { ApiContext } from '../context';
import { designWorkInline, type DesignApplyProgress } from '../design-work';

/** Saves the live design as a version with a note (and optionally a name; unnamed versions are numbered). */
export const saveDesignVersionAction = (ctx: ApiContext, input: { note: string; name?: string; createdBy?: string | null }) =>
  saveDesignVersion(ctx.db, { note: input.note, name: input.name, createdBy: input.createdBy ?? null }, ctx.now());

/**
 * Writes a saved version over the live design in one transaction, then rescores every contact and
 * re-evaluates the leads before the hand-off — in the workspace's design worker, with progress.
 */
export const applyDesignVersionAction = (ctx: ApiContext, input: { versionId: string; onProgress?: (p: DesignApplyProgress) => void }) =>
  (ctx.designWork ?? designWorkInline).applyVersion(ctx.db, input.versionId, ctx.now(), input.onProgress);

/** Reads a `.baton-design.json` file and applies its design (as a version is applied); a malformed file is refused with named errors and changes nothing. */
export const importDesignAction = (ctx: ApiContext, input: { bytes: Uint8Array; onProgress?: (p: DesignApplyProgress) => void }) =>
  (ctx.designWork ?? designWorkInline).importFile(ctx.db, input.bytes, ctx.now(), input.onProgress);
