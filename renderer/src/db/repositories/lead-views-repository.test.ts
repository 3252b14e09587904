import { describe, expect, it } from 'vitest';
import { newId } from '@shared/model';
import { openWorkspaceDb } from '../workspace-db';
import { deleteLeadView, listLeadViews, saveLeadView } from './lead-views-repository';

describe('saved lead views', () => {
  it('saves, lists in order and soft-deletes; refuses an empty name', async () => {
    const db = openWorkspaceDb(`views-${newId()}`);
    const a = await saveLeadView(db, {
      name: 'Seoul MQLs',
      search: '서울',
      filters: { stages: ['mql'] },
      sort: { column: 'engagementScore', direction: 'desc' },
      columns: ['name'],
    });
    const b = await saveLeadView(db, { name: 'Unassigned', search: '', filters: { ownerIds: [null] }, sort: null, columns: ['name'] });
    expect(a.ok && b.ok).toBe(true);
    expect((await listLeadViews(db)).map((v) => v.name)).toEqual(['Seoul MQLs', 'Unassigned']);
    if (a.ok) await deleteLeadView(db, a.value.id);
    expect((await listLeadViews(db)).map((v) => v.name)).toEqual(['Unassigned']);
    expect(await saveLeadView(db, { name: '  ', search: '', filters: {}, sort: null, columns: [] })).toMatchObject({ ok: false, errors: [{ field: 'name' }] });
  });
});
