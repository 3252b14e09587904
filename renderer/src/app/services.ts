import { detectPlatform } from '../platform';
import { createBackupService, registry, useWorkspace, workspaceManager } from '../workspace-api';

/** The app's single instances, made once at start-up. */
export const platform = detectPlatform();
export { registry, useWorkspace };

/** Backups of the workspaces on this machine, kept by the platform. */
export const backupService = createBackupService({
  registry,
  store: useWorkspace,
  manager: workspaceManager,
  storage: platform.backups,
  now: () => Date.now(),
});

/** Takes a backup of the open workspace before something overwrites it (e.g. applying a design version). */
export const backupBeforeChange = (reason: 'before_design_apply') => backupService.backupOpen(reason);
