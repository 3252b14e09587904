import { newId } from '@shared/model';
import type { RegistryDb, WorkspaceEntry } from '../registry-db';

/** Workspaces on this machine, most recently opened first. */
export async function listWorkspaces(registry: RegistryDb): Promise<WorkspaceEntry[]> {
  const all = await registry.workspaces.orderBy('lastOpenedAt').reverse().toArray();
  return all.filter((w) => w.deletedAt === null);
}

/** Every workspace ever listed here, deleted ones included (their backups outlive them), newest first. */
export async function listAllWorkspaces(registry: RegistryDb): Promise<WorkspaceEntry[]> {
  return registry.workspaces.orderBy('lastOpenedAt').reverse().toArray();
}

/** Lists a workspace; `id` when its database was made first under that id (an imported file). */
export async function addWorkspace(registry: RegistryDb, input: { name: string; isDemo: boolean; id?: string }, now: number): Promise<WorkspaceEntry> {
  const entry: WorkspaceEntry = { createdAt: now, updatedAt: now, deletedAt: null, lastOpenedAt: now, ...input, id: input.id ?? newId() };
  await registry.workspaces.add(entry);
  return entry;
}

export async function markWorkspaceOpened(registry: RegistryDb, id: string, now: number): Promise<void> {
  await registry.workspaces.update(id, { lastOpenedAt: now, updatedAt: now });
}

export async function renameWorkspace(registry: RegistryDb, id: string, name: string, now: number): Promise<void> {
  await registry.workspaces.update(id, { name, updatedAt: now });
}

/** Soft delete: the entry stays (sync must see it), the list hides it. */
export async function removeWorkspace(registry: RegistryDb, id: string, now: number): Promise<void> {
  await registry.workspaces.update(id, { deletedAt: now, updatedAt: now });
}

/** A replaced workspace: the new database's entry takes the old one's place in one registry transaction. */
export async function swapWorkspace(registry: RegistryDb, oldId: string, replacement: WorkspaceEntry, now: number): Promise<void> {
  await registry.transaction('rw', registry.workspaces, async () => {
    await registry.workspaces.update(oldId, { deletedAt: now, updatedAt: now });
    await registry.workspaces.add(replacement);
  });
}
