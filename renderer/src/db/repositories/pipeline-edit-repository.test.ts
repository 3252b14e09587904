import { describe, expect, it } from 'vitest';
import { createWorkspaceApi } from '../../workspace-api/workspace-api';
import { seededDemoDb } from '../testing/demo-db';

const now = Date.UTC(2026, 10, 23, 3);

describe('pipelines are created, renamed and deleted through the shared rules', () => {
  it('creates from defaults in the workspace language or as a copy, renames, and deletes only an empty pipeline that is not the last', async () => {
    const { db, data } = await seededDemoDb({ seed: 6, now, locale: 'ko', contacts: 200 });
    const api = createWorkspaceApi('ws', db, () => now);
    const sales = data.pipelines.find((p) => p.kind === 'sales')!;
    const created = await api.actions.createPipeline({ name: ' 파트너 ', template: { defaults: 'opportunity' } });
    expect(created).toMatchObject({ ok: true, value: { name: '파트너', kind: 'opportunity' } });
    if (!created.ok) return;
    expect(created.value.stages.map((s) => s.name)).toContain('탐색');
    const copy = await api.actions.createPipeline({ name: 'Copy', template: { copyOf: sales.id } });
    expect(copy.ok && copy.value.stages.map((s) => s.id)).toEqual(sales.stages.map((s) => s.id));
    // Names are unique among live pipelines; nothing is written on a refusal.
    const before = await db.pipelines.count();
    expect(await api.actions.createPipeline({ name: '파트너', template: { defaults: 'sales' } })).toMatchObject({
      ok: false,
      errors: [{ field: 'name', code: 'duplicate_pipeline_name' }],
    });
    expect(await db.pipelines.count()).toBe(before);
    expect(await api.actions.renamePipeline({ pipelineId: created.value.id, name: '파트너 영업' })).toMatchObject({ ok: true, value: { name: '파트너 영업' } });
    // The sales pipeline holds open deals: refused, with their count.
    const open = data.deals.filter((d) => d.pipelineId === sales.id && d.status === 'open').length;
    expect(open).toBeGreaterThan(0);
    expect(await api.actions.deletePipeline({ pipelineId: sales.id })).toMatchObject({
      ok: false,
      errors: [{ field: 'pipelineId', code: 'pipeline_not_empty', params: { count: open } }],
    });
    expect(await api.actions.deletePipeline({ pipelineId: created.value.id })).toMatchObject({ ok: true });
    const board = await api.queries.board({ pipelineId: created.value.id });
    expect(board.pipelines.map((p) => p.id)).not.toContain(created.value.id);
    // Asked for a deleted pipeline, the board falls back to the sales pipeline.
    expect(board.pipeline?.id).toBe(sales.id);
  });

  it('a task can be a deal’s next step (shown on its card), and an empty note is refused', async () => {
    const { db, data } = await seededDemoDb({ seed: 6, now, locale: 'en', contacts: 200 });
    const api = createWorkspaceApi('ws', db, () => now);
    const deal = data.deals.find((d) => d.status === 'open')!;
    const contactId = deal.primaryContactId!;
    const added = await api.actions.addTask({ contactId, title: 'Send the contract', dueAt: now - 10 * 86_400_000, ownerId: null, dealId: deal.id });
    expect(added).toMatchObject({ ok: true, value: { dealId: deal.id } });
    const board = await api.queries.board({ pipelineId: deal.pipelineId });
    expect(board.nextTasks[deal.id]).toEqual({ title: 'Send the contract', dueAt: now - 10 * 86_400_000 });
    const other = data.deals.find((d) => d.status === 'open' && !d.contactIds.includes(contactId))!;
    expect(await api.actions.addTask({ contactId, title: 'x', dueAt: null, ownerId: null, dealId: other.id })).toMatchObject({
      ok: false,
      errors: [{ field: 'dealId', code: 'not_found' }],
    });
    const activities = await db.activities.count();
    expect(await api.actions.logActivity({ contactId, dealId: deal.id, type: 'note_added', note: '   ', byMemberId: null })).toMatchObject({
      ok: false,
      errors: [{ field: 'note', code: 'required' }],
    });
    expect(await db.activities.count()).toBe(activities);
  });
});

describe('two stage editors on one pipeline', () => {
  it('the second save, started from the version the first replaced, is refused and writes nothing (it would undo the first)', async () => {
    const { db, data } = await seededDemoDb({ seed: 6, now, locale: 'en', contacts: 100 });
    const sales = data.pipelines.find((p) => p.kind === 'sales')!;
    const first = createWorkspaceApi('ws', db, () => now);
    const second = createWorkspaceApi('ws', db, () => now + 1);
    const renamed = sales.stages.map((s, i) => (i === 0 ? { ...s, name: 'Prospects' } : s));
    expect(await first.actions.updatePipelineStages({ pipelineId: sales.id, stages: renamed, baseUpdatedAt: sales.updatedAt })).toMatchObject({ ok: true });
    const reweighed = sales.stages.map((s, i) => (i === 4 ? { ...s, rottingDays: 30 } : s));
    expect(await second.actions.updatePipelineStages({ pipelineId: sales.id, stages: reweighed, baseUpdatedAt: sales.updatedAt })).toEqual({
      ok: false,
      errors: [{ field: 'stages', code: 'stages_changed_since' }],
    });
    expect((await db.pipelines.get(sales.id))!.stages[0]!.name).toBe('Prospects');
  });
});
