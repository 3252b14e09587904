import { describe, expect, it } from 'vitest';
import { buildTemplate, sameDesign } from '@shared/design';
import { newId } from '@shared/model';
import { openRegistryDb } from '../db/registry-db';
import { createWorkspaceStore } from './workspace-store';

describe('a new workspace from a template', () => {
  it('opens with the template design in the user language, its seats and role targets', async () => {
    const store = createWorkspaceStore({ registry: openRegistryDb(`registry-${newId()}`), now: () => Date.UTC(2026, 10, 23), loadDemo: async () => 0 });
    await store.getState().createEmpty('더 모델', 'ko', 'the_model');
    const { api, db } = store.getState().current!;
    const live = (await api.queries.liveDesign())!;
    expect(live.problems).toEqual([]);
    expect(live.design.lifecycle.name).toBe(buildTemplate('the_model', 'ko').lifecycle.name);
    // Ids are new per workspace; the design is otherwise the template's.
    const template = buildTemplate('the_model', 'ko');
    const idsOf = (d: typeof template) => [...d.team.map((m) => m.id), ...d.routingRules.map((r) => r.id), ...d.pipelines.map((p) => p.id)];
    expect(idsOf(live.design)).not.toEqual(idsOf(template));
    expect(await db.teamMembers.count()).toBe(7);
    expect((await db.roleTargets.toArray()).map((r) => r.role).sort()).toEqual(['ae', 'csm', 'ebr', 'marketing', 'sdr']);
    expect(await db.pipelines.count()).toBe(2);
    // Saved, then exported: the file's design is the live one.
    const saved = await api.actions.saveDesignVersion({ note: '처음' });
    expect(saved.ok && sameDesign(saved.value.design, live.design)).toBe(true);
  });
});
