import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '@shared/demo/generate-workspace';
import { newId } from '@shared/model';
import type { BackupInfo, BackupMeta } from '@shared/ipc';
import { openRegistryDb } from '../db/registry-db';
import { listWorkspaces } from '../db/repositories/registry-repository';
import { writeWorkspaceData } from '../db/repositories/workspace-data-repository';
import { openWorkspaceDb, workspaceDbName } from '../db/workspace-db';
import { duplicateWorkspace, exportWorkspace, exportWorkspaceCounted, importAsNew, mergeFile } from '../workers/workspace-file-ops';
import { createWorkspaceManager, workspaceFileName } from './workspace-manager';
import { createWorkspaceStore, type WorkspaceStoreDeps } from './workspace-store';

const inlineDemo: WorkspaceStoreDeps['loadDemo'] = async (dbName, options, onProgress) => {
  const db = openWorkspaceDb(dbName);
  await writeWorkspaceData(db, generateDemoWorkspace({ ...options, contacts: 30 }), onProgress);
  db.close();
  return 30;
};

function setup() {
  const registry = openRegistryDb(`registry-${newId()}`);
  let clock = Date.UTC(2026, 10, 23);
  const now = () => clock++;
  const store = createWorkspaceStore({ registry, now, loadDemo: inlineDemo });
  const manager = createWorkspaceManager({
    registry,
    store,
    files: { exportWorkspace, exportWorkspaceCounted, importAsNew, mergeFile, duplicateWorkspace },
    appVersion: '0.1.0',
    now,
  });
  const backups: { workspaceId: string; data: Uint8Array; meta: BackupMeta }[] = [];
  const backup = async (workspaceId: string, data: Uint8Array, meta: BackupMeta): Promise<BackupInfo> => {
    backups.push({ workspaceId, data, meta });
    return { name: `backup-${backups.length}.baton`, at: now(), bytes: data.byteLength, meta };
  };
  return { registry, store, manager, backups, backup };
}

const contactsIn = async (store: ReturnType<typeof setup>['store']) => store.getState().current!.db.contacts.count();

describe('workspace manager', () => {
  it('exports the open workspace and imports the file as a new workspace with the same counts', async () => {
    const { store, manager, registry } = setup();
    await store.getState().loadDemo('en');
    const demoId = store.getState().current!.entry.id;
    const file = await manager.exportFile(demoId);
    expect(file.name).toBe('Demo workspace 2026-11-23.baton');
    const result = await manager.importAsNew(file.data);
    expect(result.ok).toBe(true);
    expect(store.getState().current!.entry).toMatchObject({ name: 'Demo workspace', isDemo: false });
    expect(store.getState().current!.entry.id).not.toBe(demoId);
    expect(await contactsIn(store)).toBe(30);
    expect((await listWorkspaces(registry)).length).toBe(2);
    expect(store.getState().busy).toBeNull();
  });

  it('replaces a workspace after a backup, keeping its name; a refused file changes nothing and needs no backup', async () => {
    const { store, manager, registry, backups, backup } = setup();
    await store.getState().createEmpty('Client A', 'en');
    const emptyId = store.getState().current!.entry.id;
    await store.getState().loadDemo('en');
    const demoFile = await manager.exportFile(store.getState().current!.entry.id);

    const refused = await manager.replace(emptyId, new TextEncoder().encode('not a workspace'), backup);
    expect(refused).toMatchObject({ ok: false, errors: [{ code: 'not_a_workspace_file' }] });
    expect(backups).toEqual([]);
    expect(await Dexie.exists(workspaceDbName(emptyId))).toBe(true);
    expect((await listWorkspaces(registry)).map((w) => w.id)).toContain(emptyId);

    await store.getState().open(emptyId);
    const replaced = await manager.replace(emptyId, demoFile.data, backup);
    expect(replaced.ok).toBe(true);
    expect(backups.map((b) => b.workspaceId)).toEqual([emptyId]);
    // The backup says what it holds: the workspace's name, why it was taken, its records per table.
    expect(backups[0]!.meta).toMatchObject({ workspaceName: 'Client A', reason: 'before_replace' });
    expect(backups[0]!.meta.counts['contacts']).toBe(0);
    expect(store.getState().current!.entry.name).toBe('Client A');
    // The replacement keeps the backup key, so the backups of what it replaced remain its own.
    expect(store.getState().current!.entry.backupKey).toBe(emptyId);
    expect(await contactsIn(store)).toBe(30);
    expect(await Dexie.exists(workspaceDbName(emptyId))).toBe(false);
    // The backup is the empty workspace as it was: it imports back to no contacts.
    const restored = await manager.importAsNew(backups[0]!.data);
    expect(restored.ok && (await contactsIn(store))).toBe(0);
  });

  it('merges a file into the open workspace and summarises it', async () => {
    const { store, manager } = setup();
    await store.getState().loadDemo('en');
    const id = store.getState().current!.entry.id;
    const file = await manager.exportFile(id);
    const merged = await manager.merge(id, file.data);
    expect(merged.ok && merged.summary.conflictCount).toBe(0);
    expect(merged.ok && merged.summary.tables['contacts']).toEqual({ added: 0, updated: 0, unchanged: 30, keptLocal: 0 });
  });

  it('renames, duplicates and deletes (after a backup), opening another workspace when the open one goes', async () => {
    const { store, manager, registry, backups, backup } = setup();
    await store.getState().loadDemo('en');
    const id = store.getState().current!.entry.id;
    await manager.rename(id, '  Client B  ');
    expect(store.getState().current!.entry.name).toBe('Client B');
    const copy = await manager.duplicate(id, 'Client B (copy)');
    expect((await listWorkspaces(registry)).map((w) => w.name).sort()).toEqual(['Client B', 'Client B (copy)']);
    const copyDb = openWorkspaceDb(workspaceDbName(copy.id));
    expect(await copyDb.contacts.count()).toBe(30);
    copyDb.close();

    await manager.remove(id, backup);
    expect(backups).toHaveLength(1);
    expect(backups[0]!.meta).toMatchObject({ workspaceName: 'Client B', reason: 'before_delete', counts: expect.objectContaining({ contacts: 30 }) });
    expect(await Dexie.exists(workspaceDbName(id))).toBe(false);
    expect(store.getState().current!.entry.id).toBe(copy.id);
    await manager.remove(copy.id, backup);
    expect(store.getState().current).toBeNull();
    expect(await listWorkspaces(registry)).toEqual([]);
  });

  it('names files safely for any disk', () => {
    expect(workspaceFileName('A/B: "C"?', Date.UTC(2026, 0, 2))).toBe('A B C 2026-01-02.baton');
    expect(workspaceFileName('영업팀', Date.UTC(2026, 0, 2))).toBe('영업팀 2026-01-02.baton');
  });
});
