import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '@shared/demo/generate-workspace';
import { newId } from '@shared/model';
import { openRegistryDb } from '../db/registry-db';
import { listWorkspaces } from '../db/repositories/registry-repository';
import { writeWorkspaceData } from '../db/repositories/workspace-data-repository';
import { openWorkspaceDb } from '../db/workspace-db';
import { createWorkspaceStore, type WorkspaceStoreDeps } from './workspace-store';

const inlineDemo: WorkspaceStoreDeps['loadDemo'] = async (dbName, options, onProgress) => {
  const db = openWorkspaceDb(dbName);
  const data = generateDemoWorkspace(options);
  await writeWorkspaceData(db, data, onProgress, 'demo');
  db.close();
  return data.contacts.length;
};

describe('demo data from a design', () => {
  it('goes into a new workspace named after the design, sized and seeded as asked; the open workspace is not touched', async () => {
    const registry = openRegistryDb(`registry-${newId()}`);
    let clock = Date.UTC(2026, 10, 23);
    const seen: WorkspaceStoreDeps['loadDemo'][] = [];
    const store = createWorkspaceStore({
      registry,
      now: () => clock++,
      loadDemo: (...args) => {
        seen.push(inlineDemo);
        expect(args[1]).toMatchObject({ seed: 77, contacts: 150, locale: 'en' });
        return inlineDemo(...args);
      },
    });
    await store.getState().createEmpty('Client', 'en');
    const client = store.getState().current!;
    const lifecycle = (await client.db.lifecycles.toArray())[0]!;
    const renamed = { ...lifecycle, name: 'Client funnel', stages: lifecycle.stages.map((s) => (s.id === 'mql' ? { ...s, slaHours: 6 } : s)) };
    const contactsBefore = await client.db.contacts.count();
    await store.getState().loadDemo('en', { seed: 77, contacts: 150, design: { lifecycle: renamed, teamMembers: [] } });
    expect(seen).toHaveLength(1);
    const demo = store.getState().current!;
    expect(demo.entry).toMatchObject({ name: 'Demo: Client funnel', isDemo: true });
    expect(demo.entry.id).not.toBe(client.entry.id);
    expect(await demo.db.contacts.count()).toBe(150);
    const written = (await demo.db.lifecycles.toArray())[0]!;
    expect(written.stages.find((s) => s.id === 'mql')!.slaHours).toBe(6);
    expect((await listWorkspaces(registry)).map((w) => w.name).sort()).toEqual(['Client', 'Demo: Client funnel']);
    const again = openWorkspaceDb(client.db.name);
    expect(await again.contacts.count()).toBe(contactsBefore);
    again.close();
  });
});
