import { newId } from '@shared/model';
import type { RegistryDb, WorkspaceEntry } from '../registry-db';

/** Workspaces on this machine, most recently opened first. */
export async function listWorkspaces(registry: RegistryDb): Promise<WorkspaceEntry[]> {
  const all = await registry.workspaces.orderBy('lastOpenedAt').reverse().toArray();
  return all.filter((w) => w.deletedAt === null);
}

export async function addWorkspace(registry: RegistryDb, input: { name: string; isDemo: boolean }, now: number): Promise<WorkspaceEntry> {
  const entry: WorkspaceEntry = { id: newId(), createdAt: now, updatedAt: now, deletedAt: null, lastOpenedAt: now, ...input };
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
