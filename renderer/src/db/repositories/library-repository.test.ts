import { describe, expect, it } from 'vitest';
import { newId } from '@shared/model';
import { seededDemoDb } from '../testing/demo-db';
import { deleteLibraryRecord, importQuotes, saveContentAsset, saveQuote } from './library-repository';

const now = Date.UTC(2026, 4, 20, 3);

describe('library repository', () => {
  it('saves a quote, refuses an empty one or an unknown persona by field, and soft-deletes', async () => {
    const { db, data } = await seededDemoDb({ seed: 3, now, locale: 'ko', contacts: 40 });
    const draft = {
      id: newId(),
      personaId: data.personas[0]!.id,
      quote: '응대 속도가 전부예요',
      topic: '응대 속도',
      notes: '',
      source: '',
      sourceKind: 'other' as const,
      saidAt: null,
    };
    const saved = await saveQuote(db, draft, now);
    expect(saved.ok).toBe(true);
    expect(await saveQuote(db, { ...draft, id: newId(), quote: '  ' }, now)).toEqual({ ok: false, errors: [{ field: 'quote', code: 'required' }] });
    expect(await saveQuote(db, { ...draft, id: newId(), personaId: 'nobody' }, now)).toEqual({
      ok: false,
      errors: [{ field: 'personaId', code: 'not_found' }],
    });
    expect(await deleteLibraryRecord(db, 'quotes', draft.id, now + 1)).toEqual({ ok: true, value: null });
    expect((await db.quotes.get(draft.id))!.deletedAt).toBe(now + 1);
    expect(await deleteLibraryRecord(db, 'quotes', draft.id, now + 2)).toMatchObject({ ok: false });
  });

  it('imports quotes in one logged batch', async () => {
    const { db } = await seededDemoDb({ seed: 3, now, locale: 'en', contacts: 20 });
    const before = await db.quotes.count();
    const drafts = ['one', 'two', 'three'].map((quote) => ({
      personaId: null,
      quote,
      topic: 't',
      notes: '',
      source: '',
      sourceKind: 'other' as const,
      saidAt: null,
    }));
    const result = await importQuotes(db, drafts, now);
    if (!result.ok) throw new Error('refused');
    expect(result.value.added).toBe(3);
    expect(await db.quotes.count()).toBe(before + 3);
    const log = await db.changes.where('batchId').equals(result.value.batchId).toArray();
    expect(log).toHaveLength(1);
    expect(log[0]!.origin).toBe('import');
  });

  it('keeps a content asset only with a web link, at least one stage and a title', async () => {
    const { db } = await seededDemoDb({ seed: 3, now, locale: 'en', contacts: 20 });
    const draft = {
      id: newId(),
      title: 'Guide',
      kind: 'buyer_guide' as const,
      url: 'https://example.com/g',
      funnelPosition: 'tofu' as const,
      stageIds: ['lead'],
      personaIds: [],
    };
    expect((await saveContentAsset(db, draft, now)).ok).toBe(true);
    expect(await saveContentAsset(db, { ...draft, url: 'javascript:alert(1)' }, now)).toEqual({
      ok: false,
      errors: [{ field: 'url', code: 'invalid_format' }],
    });
    expect(await saveContentAsset(db, { ...draft, stageIds: [], title: '' }, now)).toMatchObject({
      ok: false,
      errors: expect.arrayContaining([
        { field: 'title', code: 'required' },
        { field: 'stageIds', code: 'required' },
      ]),
    });
    expect((await saveContentAsset(db, { ...draft, url: '  ' }, now)).ok && (await db.contentAssets.get(draft.id))!.url).toBeNull();
  });
});
