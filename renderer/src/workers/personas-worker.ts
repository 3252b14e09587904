import * as Comlink from 'comlink';
import { createPersonasEngine } from './personas-engine';

const api = createPersonasEngine();
export type PersonasWorkerApi = typeof api;
Comlink.expose(api);
