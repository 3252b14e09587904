import { describe, expect, it } from 'vitest';
import { seededDemoDb } from '../../db/testing/demo-db';
import { createWorkspaceApi } from '../workspace-api';

const now = Date.UTC(2026, 10, 23, 3);

async function open(contacts = 300) {
  const { db, data } = await seededDemoDb({ seed: 31, now, locale: 'en', contacts });
  let clock = now;
  const api = createWorkspaceApi('ws-1', db, () => ++clock);
  const lifecycle = (await api.queries.activeLifecycle())!;
  return { db, data, api, lifecycle };
}

describe('updateLifecycle', () => {
  it('saves the edited design in one batch, re-evaluates the leads with progress, and Undo restores the design', async () => {
    const { db, api, lifecycle } = await open();
    const stages = lifecycle.stages.map((s) =>
      s.id === 'mql' ? { ...s, name: 'Marketing-qualified', slaHours: 8, entryCriteria: s.entryCriteria.filter((c) => c.kind !== 'activity_present') } : s,
    );
    const seen: number[] = [];
    const result = await api.actions.updateLifecycle({
      lifecycle: { ...lifecycle, stages },
      baseUpdatedAt: lifecycle.updatedAt,
      onProgress: (p) => seen.push(p.done),
    });
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    const saved = (await api.queries.activeLifecycle())!;
    expect(saved.stages.find((s) => s.id === 'mql')).toMatchObject({ name: 'Marketing-qualified', slaHours: 8 });
    expect(saved.updatedAt).toBeGreaterThan(lifecycle.updatedAt);
    const batch = await db.changes.where('batchId').equals(result.value.batchId).toArray();
    expect(batch.map((c) => c.table)).toEqual(['lifecycles']);
    // Every lead on marketing's side was looked at again; any hand-off it made is a logged transition.
    expect(result.value.reevaluated.total).toBeGreaterThan(0);
    expect(seen.at(-1)).toBe(result.value.reevaluated.total);
    const automatic = (await db.transitions.toArray()).filter((t) => t.kind === 'automatic' && t.at > now);
    expect(automatic).toHaveLength(result.value.reevaluated.handedOff);
    const undone = await api.actions.undoBatch({ batchId: result.value.batchId });
    expect(undone.ok).toBe(true);
    expect((await api.queries.activeLifecycle())!.stages.find((s) => s.id === 'mql')).toMatchObject({ name: null, slaHours: 24 });
  });

  it('refuses a design with problems, naming them, and writes nothing', async () => {
    const { db, api, lifecycle } = await open(50);
    const stages = lifecycle.stages.map((s) =>
      s.id === 'prospect' || s.id === 'recycled' ? { ...s, allowedNext: s.allowedNext.filter((n) => n !== 'subscriber') } : s,
    );
    const changes = await db.changes.count();
    const result = await api.actions.updateLifecycle({ lifecycle: { ...lifecycle, stages }, baseUpdatedAt: lifecycle.updatedAt });
    expect(result).toEqual({ ok: false, reason: 'invalid', problems: [{ kind: 'unreachable', stageId: 'subscriber' }] });
    expect(await db.changes.count()).toBe(changes);
    expect((await api.queries.activeLifecycle())!.updatedAt).toBe(lifecycle.updatedAt);
  });

  it('refuses a save over a version another window saved since the editor opened', async () => {
    const { api, lifecycle } = await open(50);
    const renamed = (name: string) => ({ ...lifecycle, stages: lifecycle.stages.map((s) => (s.id === 'lead' ? { ...s, name } : s)) });
    expect((await api.actions.updateLifecycle({ lifecycle: renamed('Theirs'), baseUpdatedAt: lifecycle.updatedAt })).ok).toBe(true);
    expect(await api.actions.updateLifecycle({ lifecycle: renamed('Mine'), baseUpdatedAt: lifecycle.updatedAt })).toEqual({
      ok: false,
      reason: 'changed_since',
    });
    expect((await api.queries.activeLifecycle())!.stages.find((s) => s.id === 'lead')!.name).toBe('Theirs');
  });

  it('refuses to remove a stage that still holds contacts, and removes an empty one', async () => {
    const { db, api, lifecycle } = await open(200);
    const held = await db.contacts.where('lifecycleStage').equals('subscriber').count();
    expect(held).toBeGreaterThan(0);
    const without = (id: string) => ({
      ...lifecycle,
      stages: lifecycle.stages.filter((s) => s.id !== id).map((s) => ({ ...s, allowedNext: s.allowedNext.filter((n) => n !== id) })),
    });
    expect(await api.actions.updateLifecycle({ lifecycle: without('subscriber'), baseUpdatedAt: lifecycle.updatedAt })).toEqual({
      ok: false,
      reason: 'stage_in_use',
      problems: [{ kind: 'stage_in_use', stageId: 'subscriber', count: held }],
    });
    // A stage of the team's own, added and then removed again while empty.
    const extra = { ...lifecycle.stages[2]!, id: 'nurture', name: 'Nurture', allowedNext: ['mql'] };
    const added = {
      ...lifecycle,
      stages: [...lifecycle.stages.slice(0, 3), extra, ...lifecycle.stages.slice(3)].map((s) =>
        s.id === 'lead' ? { ...s, allowedNext: [...s.allowedNext, 'nurture'] } : s,
      ),
    };
    const first = await api.actions.updateLifecycle({ lifecycle: added, baseUpdatedAt: lifecycle.updatedAt });
    if (!first.ok) throw new Error(`refused: ${first.reason}`);
    const again = await api.actions.updateLifecycle({ lifecycle, baseUpdatedAt: first.value.lifecycle.updatedAt });
    expect(again.ok).toBe(true);
    expect((await api.queries.activeLifecycle())!.stages.map((s) => s.id)).not.toContain('nurture');
  });
});
