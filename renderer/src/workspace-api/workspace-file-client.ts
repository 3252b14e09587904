import * as Comlink from 'comlink';
import type { FileVerdict, MergeResult, WorkspaceFileProgress } from '../db/repositories/workspace-file-repository';
import type { WorkspaceFileOps } from '../workers/workspace-file-ops';
import type { WorkspaceFileWorkerApi } from '../workers/workspace-file-worker';

/** Runs one workspace-file operation in its own Web Worker, which ends with it. */
async function inWorker<T>(run: (api: Comlink.Remote<WorkspaceFileWorkerApi>) => Promise<T>): Promise<T> {
  const worker = new Worker(new URL('../workers/workspace-file-worker.ts', import.meta.url), { type: 'module' });
  try {
    return await run(Comlink.wrap<WorkspaceFileWorkerApi>(worker));
  } finally {
    worker.terminate();
  }
}

const progress = (onProgress?: (p: WorkspaceFileProgress) => void) => (onProgress ? Comlink.proxy(onProgress) : undefined);

/** The workspace-file operations as the app runs them: each in a worker. */
export const workspaceFilesInWorker: WorkspaceFileOps = {
  exportWorkspace: (dbName, options, onProgress) => inWorker((api) => api.exportWorkspace(dbName, options, progress(onProgress))),
  exportWorkspaceCounted: (dbName, options, onProgress) => inWorker((api) => api.exportWorkspaceCounted(dbName, options, progress(onProgress))),
  // The file's bytes move to the worker instead of being copied (Comlink's Remote splits the result union: cast back).
  importAsNew: (bytes, dbName, onProgress) =>
    inWorker((api) => api.importAsNew(Comlink.transfer(bytes, [bytes.buffer]), dbName, progress(onProgress)) as Promise<FileVerdict>),
  mergeFile: (bytes, dbName, scratchName, onProgress) =>
    inWorker((api) => api.mergeFile(Comlink.transfer(bytes, [bytes.buffer]), dbName, scratchName, progress(onProgress)) as Promise<MergeResult>),
  duplicateWorkspace: (source, target, onProgress) => inWorker((api) => api.duplicateWorkspace(source, target, progress(onProgress))),
};
