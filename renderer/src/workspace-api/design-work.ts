import { applyDesignVersion, importDesign, type DesignApplyProgress } from '../db/repositories/design-versions-repository';
import type { WorkspaceDb } from '../db/workspace-db';

export type { DesignApplyProgress };

/**
 * The long work of writing a design over a workspace (applying a version, importing a design file):
 * the write, then every contact rescored and the leads before the hand-off re-evaluated. The app runs
 * it in a worker (`designWorkInWorker`); tests and the inline default run the same repository code here.
 */
export type DesignWork = {
  applyVersion(db: WorkspaceDb, versionId: string, now: number, onProgress?: (p: DesignApplyProgress) => void): ReturnType<typeof applyDesignVersion>;
  importFile(db: WorkspaceDb, bytes: Uint8Array, now: number, onProgress?: (p: DesignApplyProgress) => void): ReturnType<typeof importDesign>;
};

/** On the calling thread: for tests (no Worker in jsdom) and anything without a worker. */
export const designWorkInline: DesignWork = {
  applyVersion: applyDesignVersion,
  importFile: importDesign,
};
