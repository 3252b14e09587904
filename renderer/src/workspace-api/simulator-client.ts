import * as Comlink from 'comlink';
import type { DateRange, MeasuredFunnel } from '@shared/index';
import { workspaceDbName } from '../db/workspace-db';
import type { SimulatorShape } from '../workers/simulator-engine';
import type { SimulatorWorkerApi } from '../workers/simulator-worker';

export type { SimulatorShape };

/** The simulator's calibration from one workspace's log, read and measured in a worker. */
export type SimulatorClient = {
  ready: Promise<SimulatorShape>;
  refresh(): Promise<SimulatorShape>;
  measure(range: DateRange): Promise<MeasuredFunnel>;
  dispose(): void;
};

/** Starts a simulator worker on a workspace (by id: the worker opens its own connection). */
export function openSimulatorWorker(workspaceId: string): SimulatorClient {
  const worker = new Worker(new URL('../workers/simulator-worker.ts', import.meta.url), { type: 'module' });
  const api = Comlink.wrap<SimulatorWorkerApi>(worker);
  return {
    ready: api.open(workspaceDbName(workspaceId)),
    refresh: () => api.refresh(),
    measure: (range) => api.measure(range),
    dispose: () => {
      void api.close().finally(() => worker.terminate());
    },
  };
}
