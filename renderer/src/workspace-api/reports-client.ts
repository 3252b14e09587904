import * as Comlink from 'comlink';
import type { ReportsQuery, ReportsResult } from '../workers/reports-engine';
import type { ReportsWorkerApi } from '../workers/reports-worker';

export type { ReportsQuery, ReportsResult };

/** The reports of one workspace, computed in a worker that holds a read of it. */
export type ReportsClient = {
  ready: Promise<void>;
  refresh(): Promise<void>;
  compute(query: ReportsQuery): Promise<ReportsResult>;
  dispose(): void;
};

/** Starts a reports worker on a workspace database (by name: the worker opens its own connection). */
export function openReportsWorker(dbName: string): ReportsClient {
  const worker = new Worker(new URL('../workers/reports-worker.ts', import.meta.url), { type: 'module' });
  const api = Comlink.wrap<ReportsWorkerApi>(worker);
  return {
    ready: api.open(dbName),
    refresh: () => api.refresh(),
    compute: (query) => api.compute(query),
    dispose: () => {
      void api.close().finally(() => worker.terminate());
    },
  };
}
