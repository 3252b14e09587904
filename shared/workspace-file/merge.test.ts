import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contact } from '../testing/fixtures';
import type { Contact } from '../model';
import { alignSingleton, emptyMergeSummary, mergeTable, sameData } from './merge';

const at = (id: string, updatedAt: number, overrides: Partial<Contact> = {}) => contact({ id, updatedAt, ...overrides });

describe('mergeTable', () => {
  it('adds new records, takes newer ones, keeps newer local ones and reports both as conflicts', () => {
    const summary = emptyMergeSummary();
    const incoming = [at('new', 5), at('theirs-newer', 20, { firstName: 'Them' }), at('ours-newer', 10, { firstName: 'Them' }), at('same', 3)];
    const local = [undefined, at('theirs-newer', 10), at('ours-newer', 20), at('same', 3)];
    const write = mergeTable('contacts', incoming, local, summary);
    expect(write.map((r) => r.id)).toEqual(['new', 'theirs-newer']);
    expect(summary.tables['contacts']).toEqual({ added: 1, updated: 1, unchanged: 1, keptLocal: 1 });
    expect(summary.conflicts).toEqual([
      { table: 'contacts', id: 'theirs-newer', winner: 'incoming', localUpdatedAt: 10, incomingUpdatedAt: 20 },
      { table: 'contacts', id: 'ours-newer', winner: 'local', localUpdatedAt: 20, incomingUpdatedAt: 10 },
    ]);
  });

  it('keeps the local record on a tie, so the result does not depend on who imports whom', () => {
    const summary = emptyMergeSummary();
    expect(mergeTable('contacts', [at('x', 10, { firstName: 'B' })], [at('x', 10, { firstName: 'A' })], summary)).toEqual([]);
    expect(summary.conflicts[0]?.winner).toBe('local');
  });

  it('treats a soft delete as an update: the newer side decides', () => {
    const summary = emptyMergeSummary();
    const deleted = at('x', 30, { deletedAt: 30 });
    expect(mergeTable('contacts', [deleted], [at('x', 10)], summary)).toEqual([deleted]);
  });

  it('holds newest-updatedAt-wins for any pair of versions, and merging the result again changes nothing', () => {
    const version = fc.record({ updatedAt: fc.integer({ min: 0, max: 50 }), firstName: fc.constantFrom('A', 'B', 'C') });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.option(version, { nil: undefined }), version), { maxLength: 30 }), (pairs) => {
        const local = pairs.map(([ours], i) => (ours ? at(`r${i}`, ours.updatedAt, { firstName: ours.firstName }) : undefined));
        const incoming = pairs.map(([, theirs], i) => at(`r${i}`, theirs.updatedAt, { firstName: theirs.firstName }));
        const summary = emptyMergeSummary();
        const written = new Map(mergeTable('contacts', incoming, local, summary).map((r) => [r.id, r]));
        const result = incoming.map((r, i) => written.get(r.id) ?? local[i]!);
        result.forEach((r, i) => {
          const ours = local[i];
          const newest = !ours || incoming[i]!.updatedAt > ours.updatedAt ? incoming[i]! : ours;
          expect(r).toEqual(newest);
        });
        const t = summary.tables['contacts'] ?? { added: 0, updated: 0, unchanged: 0, keptLocal: 0 };
        expect(t.added + t.updated + t.unchanged + t.keptLocal).toBe(pairs.length);
        expect(summary.conflictCount).toBe(t.updated + t.keptLocal);
        // Idempotent: the same file merged into the merged workspace writes nothing.
        expect(mergeTable('contacts', incoming, result, emptyMergeSummary())).toEqual([]);
      }),
    );
  });

  it('lists at most 100 conflicts but counts them all', () => {
    const incoming = Array.from({ length: 150 }, (_, i) => at(`r${i}`, 2, { firstName: 'B' }));
    const local = Array.from({ length: 150 }, (_, i) => at(`r${i}`, 1));
    const summary = emptyMergeSummary();
    mergeTable('contacts', incoming, local, summary);
    expect([summary.conflicts.length, summary.conflictCount]).toEqual([100, 150]);
  });
});

describe('sameData and alignSingleton', () => {
  it('compares plain data regardless of key order', () => {
    expect(sameData({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
    expect(sameData({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameData([1, 2], { 0: 1, 1: 2 })).toBe(false);
  });

  it('gives the incoming settings record the local id', () => {
    expect(alignSingleton(at('theirs', 1), 'ours').id).toBe('ours');
    expect(alignSingleton(at('theirs', 1), undefined).id).toBe('theirs');
  });
});
