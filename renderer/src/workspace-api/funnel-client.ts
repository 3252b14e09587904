import * as Comlink from 'comlink';
import type { FunnelQuery, FunnelReport, FunnelSelector } from '@shared/index';
import type { FunnelLoadProgress, FunnelShape } from '../workers/funnel-engine';
import type { FunnelWorkerApi } from '../workers/funnel-worker';

export type { FunnelLoadProgress, FunnelShape };

/** The funnel report of one workspace, computed in a worker that holds the whole log in typed columns. */
export type FunnelClient = {
  /** Reads the workspace and builds the index; the shape tells the stages and counts. */
  ready: Promise<FunnelShape>;
  refresh(): Promise<FunnelShape>;
  report(query: FunnelQuery): Promise<FunnelReport>;
  members(query: FunnelQuery, selector: FunnelSelector): Promise<string[]>;
  /** Ends the worker (the page that opened it leaves). */
  dispose(): void;
};

/** Starts a funnel worker on a workspace database (by name: the worker opens its own connection). */
export function openFunnelWorker(dbName: string, onProgress?: (p: FunnelLoadProgress) => void): FunnelClient {
  const worker = new Worker(new URL('../workers/funnel-worker.ts', import.meta.url), { type: 'module' });
  const api = Comlink.wrap<FunnelWorkerApi>(worker);
  return {
    ready: api.open(dbName, onProgress ? Comlink.proxy(onProgress) : undefined),
    refresh: () => api.refresh(),
    report: (query) => api.report(query),
    members: (query, selector) => api.members(query, selector),
    dispose: () => {
      void api.close().finally(() => worker.terminate());
    },
  };
}
