import { applyDesignVersion, importDesign, saveDesignVersion } from '../../db/repositories/design-versions-repository';
import type { ReevaluationProgress } from '../../db/repositories/design-change-repository';
import type { ApiContext } from '../context';

/** Saves the live design as a version with a note (and optionally a name; unnamed versions are numbered). */
export const saveDesignVersionAction = (ctx: ApiContext, input: { note: string; name?: string; createdBy?: string | null }) =>
  saveDesignVersion(ctx.db, { note: input.note, name: input.name, createdBy: input.createdBy ?? null }, ctx.now());

/** Writes a saved version over the live design in one transaction, then re-evaluates the leads before the hand-off. */
export const applyDesignVersionAction = (ctx: ApiContext, input: { versionId: string; onProgress?: (p: ReevaluationProgress) => void }) =>
  applyDesignVersion(ctx.db, input.versionId, ctx.now(), input.onProgress);

/** Reads a `.baton-design.json` file and applies its design; a malformed file is refused with named errors and changes nothing. */
export const importDesignAction = (ctx: ApiContext, input: { bytes: Uint8Array; onProgress?: (p: ReevaluationProgress) => void }) =>
  importDesign(ctx.db, input.bytes, ctx.now(), input.onProgress);
