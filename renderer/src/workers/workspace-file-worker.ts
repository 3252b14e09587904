import * as Comlink from 'comlink';
import { duplicateWorkspace, exportWorkspace, exportWorkspaceCounted, importAsNew, mergeFile } from './workspace-file-ops';

/** Workspace files off the UI thread: export, import as new, merge and duplicate, each with progress. */
const api = { exportWorkspace, exportWorkspaceCounted, importAsNew, mergeFile, duplicateWorkspace };
export type WorkspaceFileWorkerApi = typeof api;
Comlink.expose(api);
