import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '@shared/demo/generate-workspace';
import { newId } from '@shared/model';
import { openRegistryDb } from '../db/registry-db';
import { listWorkspaces } from '../db/repositories/registry-repository';
import { writeWorkspaceData } from '../db/repositories/workspace-data-repository';
import { openWorkspaceDb } from '../db/workspace-db';
import { testingPlatform } from '../platform/testing';
import { duplicateWorkspace, exportWorkspace, exportWorkspaceCounted, importAsNew, mergeFile } from '../workers/workspace-file-ops';
import { createBackupService } from './backups';
import { backupKeyOf, createWorkspaceManager } from './workspace-manager';
import { createWorkspaceStore, type WorkspaceStoreDeps } from './workspace-store';

const DAY = 24 * 3_600_000;
const inlineDemo: WorkspaceStoreDeps['loadDemo'] = async (dbName, options, onProgress) => {
  const db = openWorkspaceDb(dbName);
  await writeWorkspaceData(db, generateDemoWorkspace({ ...options, contacts: 12 }), onProgress);
  db.close();
  return 12;
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
  const host = testingPlatform({ now: () => clock });
  const service = createBackupService({ registry, store, manager, storage: host.platform.backups, now: () => clock });
  return { registry, store, manager, service, host, advance: (ms: number) => (clock += ms) };
}
const contacts = (store: ReturnType<typeof setup>['store']) => store.getState().current!.db.contacts.count();

describe('backups', () => {
  it('takes the daily backup once a day, with the counts of what it holds', async () => {
    const { store, service, advance } = setup();
    await store.getState().loadDemo('en');
    const entry = store.getState().current!.entry;
    const first = await service.backupIfDue(entry);
    expect(first?.meta).toMatchObject({ reason: 'daily', workspaceName: 'Demo workspace', counts: expect.objectContaining({ contacts: 12 }) });
    expect(await service.backupIfDue(entry)).toBeNull();
    advance(DAY);
    expect((await service.backupIfDue(entry))?.meta?.reason).toBe('daily');
    expect((await service.groups())[0]!.backups).toHaveLength(2);
  });

  it('restores a backup into its workspace after backing up how it is now', async () => {
    const { store, service } = setup();
    await store.getState().loadDemo('en');
    await service.backupOpen('manual');
    // The workspace changes after the backup: two contacts get a tag.
    const tagged = async () => (await store.getState().current!.db.contacts.toArray()).filter((c) => c.tags.includes('after-backup')).length;
    const ids = (await store.getState().current!.db.contacts.limit(2).toArray()).map((c) => c.id);
    await store.getState().current!.api.actions.bulkAddTag({ ids, tag: 'after-backup' });
    expect(await tagged()).toBe(2);
    const [group] = await service.groups();
    const backup = group!.backups[0]!;
    const restored = await service.restore(group!, backup);
    expect(restored).toMatchObject({ ok: true, into: 'replaced' });
    expect(await contacts(store)).toBe(12);
    expect(await tagged()).toBe(0);
    // Still the same workspace by name and backup key; the state before the restore was backed up first.
    const [after] = await service.groups();
    expect(after!.key).toBe(group!.key);
    expect(after!.live?.name).toBe('Demo workspace');
    expect(after!.backups.map((b) => b.meta?.reason)).toEqual(['before_restore', 'manual']);
    expect(backupKeyOf(store.getState().current!.entry)).toBe(group!.key);
  });

  it('restores a deleted workspace’s backup as a new workspace, and refuses a backup no longer kept', async () => {
    const { store, manager, service, host, registry } = setup();
    await store.getState().createEmpty('Client A', 'en');
    const id = store.getState().current!.entry.id;
    await manager.remove(id, host.platform.backups.write);
    const [group] = await service.groups();
    expect(group).toMatchObject({ name: 'Client A', live: null });
    expect(group!.backups[0]!.meta?.reason).toBe('before_delete');
    const restored = await service.restore(group!, group!.backups[0]!);
    expect(restored).toMatchObject({ ok: true, into: 'new' });
    expect((await listWorkspaces(registry)).map((w) => w.name)).toEqual(['Client A']);
    await expect(service.restore(group!, { ...group!.backups[0]!, name: 'backup-1-9.baton' })).rejects.toThrow(/no longer kept/);
  });

  it('a refused backup file changes nothing', async () => {
    const { store, service, host } = setup();
    await store.getState().createEmpty('Client B', 'en');
    const entry = store.getState().current!.entry;
    await host.platform.backups.write(backupKeyOf(entry), new TextEncoder().encode('not a workspace'), {
      workspaceName: 'Client B',
      reason: 'manual',
      counts: {},
    });
    const [group] = await service.groups();
    const result = await service.restore(group!, group!.backups[0]!);
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'not_a_workspace_file' }] });
    expect(store.getState().current!.entry.id).toBe(entry.id);
    expect((await service.groups())[0]!.backups).toHaveLength(1);
  });
});
