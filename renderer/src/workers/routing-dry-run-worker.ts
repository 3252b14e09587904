import * as Comlink from 'comlink';
import { createRoutingDryRunEngine } from './routing-dry-run-engine';

const api = createRoutingDryRunEngine();
export type RoutingDryRunWorkerApi = typeof api;
Comlink.expose(api);
