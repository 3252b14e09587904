import * as Comlink from 'comlink';
import { createSimulatorEngine } from './simulator-engine';

const api = createSimulatorEngine();
export type SimulatorWorkerApi = typeof api;
Comlink.expose(api);
