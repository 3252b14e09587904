import * as Comlink from 'comlink';
import { createReportsEngine } from './reports-engine';

const api = createReportsEngine();
export type ReportsWorkerApi = typeof api;
Comlink.expose(api);
