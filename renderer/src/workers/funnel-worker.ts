import * as Comlink from 'comlink';
import { createFunnelEngine } from './funnel-engine';

const api = createFunnelEngine();
export type FunnelWorkerApi = typeof api;
Comlink.expose(api);
