import * as Comlink from 'comlink';
import type { DemoOptions } from '@shared/demo/generate-workspace';
import type { DemoProgress, DemoWorkerApi } from '../workers/demo-worker';

/** Runs the demo generator in a Web Worker; the worker ends when the load does. */
export async function loadDemoInWorker(dbName: string, options: DemoOptions, onProgress: (p: DemoProgress) => void): Promise<number> {
  const worker = new Worker(new URL('../workers/demo-worker.ts', import.meta.url), { type: 'module' });
  try {
    const api = Comlink.wrap<DemoWorkerApi>(worker);
    return await api.loadDemo(dbName, options, Comlink.proxy(onProgress));
  } finally {
    worker.terminate();
  }
}
