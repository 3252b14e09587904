import { useLiveQuery } from 'dexie-react-hooks';
import { openRegistryDb, type WorkspaceEntry } from '../db/registry-db';
import { listAllWorkspaces, listWorkspaces } from '../db/repositories/registry-repository';
import { loadDemoInWorker } from './demo-loader';
import { designWorkInWorker } from './design-work-client';
import { createWorkspaceStore } from './workspace-store';
import { createWorkspaceManager } from './workspace-manager';
import { workspaceFilesInWorker } from './workspace-file-client';
import { reportError } from '../ui';

/** The list of workspaces on this machine (one small database). */
export const registry = openRegistryDb();

/** Which workspace is open, and opening, creating and demo-loading them. */
export const useWorkspace = createWorkspaceStore({
  registry,
  now: () => Date.now(),
  loadDemo: loadDemoInWorker,
  onActionError: reportError,
  designWork: designWorkInWorker,
});

/** Workspace files, rename, duplicate and delete, with their long work in a worker. */
export const workspaceManager = createWorkspaceManager({
  registry,
  store: useWorkspace,
  files: workspaceFilesInWorker,
  appVersion: __APP_VERSION__,
  now: () => Date.now(),
});

/** The workspaces on this machine, most recently opened first; live. */
export function useWorkspaceList(): WorkspaceEntry[] {
  return useLiveQuery(() => listWorkspaces(registry), []) ?? [];
}

/** Every workspace listed on this machine, deleted and replaced ones included (their backups are kept); live. */
export function useAllWorkspaces(): WorkspaceEntry[] {
  // One empty list while loading: a fresh [] each render would re-run every effect that depends on it.
  return useLiveQuery(() => listAllWorkspaces(registry), []) ?? noWorkspaces;
}
const noWorkspaces: WorkspaceEntry[] = [];

export type { WorkspaceEntry };
