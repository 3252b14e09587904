import * as Comlink from 'comlink';
import type { RoutingDryRunInput, RoutingDryRunResult } from '../workers/routing-dry-run-engine';
import type { RoutingDryRunWorkerApi } from '../workers/routing-dry-run-worker';

export type { RoutingDryRunInput, RoutingDryRunResult };

/** Dry runs of draft routing rules over the workspace's contacts, in a worker that read them once. */
export type RoutingDryRunClient = {
  ready: Promise<{ contacts: number }>;
  refresh(): Promise<{ contacts: number }>;
  run(input: RoutingDryRunInput): Promise<RoutingDryRunResult>;
  dispose(): void;
};

/** Starts a routing dry-run worker on a workspace database (by name: the worker opens its own connection). */
export function openRoutingDryRunWorker(dbName: string): RoutingDryRunClient {
  const worker = new Worker(new URL('../workers/routing-dry-run-worker.ts', import.meta.url), { type: 'module' });
  const api = Comlink.wrap<RoutingDryRunWorkerApi>(worker);
  return {
    ready: api.open(dbName),
    refresh: () => api.refresh(),
    run: (input) => api.run(input),
    dispose: () => {
      void api.close().finally(() => worker.terminate());
    },
  };
}
