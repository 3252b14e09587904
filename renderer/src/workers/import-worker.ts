import * as Comlink from 'comlink';
import { createImportEngine } from './import-engine';

const api = createImportEngine();
export type ImportWorkerApi = typeof api;
Comlink.expose(api);
