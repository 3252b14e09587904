import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '@shared/demo/generate-workspace';
import { newId } from '@shared/model';
import { openRegistryDb } from '../db/registry-db';
import { listWorkspaces } from '../db/repositories/registry-repository';
import { writeWorkspaceData } from '../db/repositories/workspace-data-repository';
import Dexie from 'dexie';
import { openWorkspaceDb, workspaceDbName } from '../db/workspace-db';
import { createWorkspaceStore, type WorkspaceStoreDeps } from './workspace-store';

const inlineDemo: WorkspaceStoreDeps['loadDemo'] = async (dbName, options, onProgress) => {
  const db = openWorkspaceDb(dbName);
  await writeWorkspaceData(db, generateDemoWorkspace({ ...options, contacts: 40 }), onProgress);
  db.close();
  return 40;
};

function setup(loadDemo = inlineDemo) {
  const registry = openRegistryDb(`registry-${newId()}`);
  let clock = Date.UTC(2026, 10, 23);
  const store = createWorkspaceStore({ registry, now: () => clock++, loadDemo });
  return { registry, store };
}

describe('workspace store', () => {
  it("is not busy again when the worker's last progress message lands after the demo loaded", async () => {
    const late: WorkspaceStoreDeps['loadDemo'] = async (dbName, options, onProgress) => {
      const written = await inlineDemo(dbName, options, onProgress);
      // As a comlink callback can: delivered after the call itself has answered.
      setTimeout(() => onProgress?.({ phase: 'writing', done: 40, total: 40 }), 0);
      return written;
    };
    const { store } = setup(late);
    await store.getState().loadDemo('en');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(store.getState().busy).toBeNull();
    expect(store.getState().current?.entry.isDemo).toBe(true);
  });

  it('starts with no workspace on a first run', async () => {
    const { store } = setup();
    await store.getState().init();
    expect(store.getState()).toMatchObject({ status: 'ready', current: null });
  });

  it('creates an empty workspace and opens it; the next start reopens it', async () => {
    const { store, registry } = setup();
    await store.getState().createEmpty('Acme', 'en');
    const current = store.getState().current!;
    expect(current.entry.name).toBe('Acme');
    expect(await current.db.lifecycles.count()).toBe(1);
    const again = createWorkspaceStore({ registry, now: () => Date.UTC(2027, 0, 1), loadDemo: inlineDemo });
    await again.getState().init();
    expect(again.getState().current?.entry.id).toBe(current.entry.id);
  });

  it('loads the demo with progress, then switches between workspaces', async () => {
    const { store, registry } = setup();
    await store.getState().createEmpty('Empty', 'ko');
    const phases: string[] = [];
    const unsubscribe = store.subscribe((s) => s.busy && phases.push(s.busy.phase));
    await store.getState().loadDemo('ko');
    unsubscribe();
    expect(phases).toContain('generating');
    expect(phases).toContain('writing');
    expect(store.getState().busy).toBeNull();
    expect(store.getState().current!.entry.isDemo).toBe(true);
    expect(await store.getState().current!.db.contacts.count()).toBe(40);
    const empty = (await listWorkspaces(registry)).find((w) => w.name === 'Empty')!;
    await store.getState().open(empty.id);
    expect(store.getState().current!.entry.name).toBe('Empty');
  });

  it('reports a failed demo load and leaves no half-made workspace in the list', async () => {
    const { store, registry } = setup(async () => {
      throw new Error('disk full');
    });
    await store.getState().loadDemo('en');
    expect(store.getState().error).toBe('disk full');
    expect(store.getState().busy).toBeNull();
    expect(await listWorkspaces(registry)).toHaveLength(0);
  });

  it('a workspace whose first write fails leaves no entry behind in the registry', async () => {
    const { store, registry } = setup();
    // A blank name fails the settings record's validation: nothing is written.
    await store.getState().createEmpty('   ', 'en');
    expect(store.getState().error).toBeTruthy();
    expect(store.getState().current).toBeNull();
    expect(await listWorkspaces(registry)).toEqual([]);
  });

  it('says so when another window upgrades the open workspace (versionchange), instead of failing on the next read', async () => {
    const { store } = setup();
    await store.getState().createEmpty('Acme', 'en');
    const id = store.getState().current!.entry.id;
    expect(store.getState().interrupted).toBeNull();
    const newer = new Dexie(workspaceDbName(id));
    newer.version(1000).stores({ extra: 'id' });
    await newer.open();
    expect(store.getState().interrupted).toBe('versionchange');
    newer.close();
  });
});
