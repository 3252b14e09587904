import * as Comlink from 'comlink';
import type { DesignWorkerApi } from '../workers/design-worker';
import type { DesignApplyProgress, DesignWork } from './design-work';

/** Runs one design write in its own Web Worker, which ends with it. */
async function inWorker<T>(run: (api: Comlink.Remote<DesignWorkerApi>) => Promise<T>): Promise<T> {
  const worker = new Worker(new URL('../workers/design-worker.ts', import.meta.url), { type: 'module' });
  try {
    return await run(Comlink.wrap<DesignWorkerApi>(worker));
  } finally {
    worker.terminate();
  }
}

const progress = (onProgress?: (p: DesignApplyProgress) => void) => (onProgress ? Comlink.proxy(onProgress) : undefined);

/**
 * Design writes as the app runs them: in a worker on the workspace's database (by name: the worker
 * opens its own connection; the page's live queries see its writes). Comlink's Remote splits the
 * result unions, so they are cast back to what the repository returns.
 */
export const designWorkInWorker: DesignWork = {
  applyVersion: (db, versionId, now, onProgress) =>
    inWorker((api) => api.applyVersion(db.name, versionId, now, progress(onProgress)) as ReturnType<DesignWork['applyVersion']>),
  // The file's bytes move to the worker instead of being copied.
  importFile: (db, bytes, now, onProgress) =>
    inWorker((api) => api.importFile(db.name, Comlink.transfer(bytes, [bytes.buffer]), now, progress(onProgress)) as ReturnType<DesignWork['importFile']>),
};
