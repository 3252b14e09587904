import { openRegistryDb } from '../db/registry-db';
import { loadDemoInWorker } from '../features/workspaces/demo-loader';
import { createWorkspaceStore } from '../features/workspaces/workspace-store';
import { detectPlatform } from '../platform';

/** The app's single instances, made once at start-up. */
export const platform = detectPlatform();
export const registry = openRegistryDb();
export const useWorkspace = createWorkspaceStore({ registry, now: () => Date.now(), loadDemo: loadDemoInWorker });
