import { describe, expect, it } from 'vitest';
import { createEmptyWorkspaceData } from '../defaults/empty-workspace';
import fc from 'fast-check';
import {
  packClocks,
  packClocksExactly,
  parseSyncDocId,
  parseSyncDocument,
  syncDocId,
  toSyncDocument,
  toWireDocument,
  unpackClocks,
  unpackStoredClocks,
} from './document';
import { formatHlc } from './hlc';

const stamp = formatHlc({ wall: 1, counter: 0, replica: 'r1' });
const clocksOf = (record: Record<string, unknown>) => Object.fromEntries(Object.keys(record).map((k) => [k, stamp]));

describe('sync documents', () => {
  const meta = createEmptyWorkspaceData({ name: 'Acme', locale: 'en', now: 1 }).meta[0]! as unknown as Record<string, unknown>;

  it('round-trips a record as a document named by table and record id', () => {
    const doc = toSyncDocument('meta', { record: meta, clocks: clocksOf(meta) }, '2-x');
    expect(doc._id).toBe(syncDocId('meta', String(meta['id'])));
    expect(doc._rev).toBe('2-x');
    expect(parseSyncDocument(JSON.parse(JSON.stringify(doc)))).toEqual({ kind: 'record', doc });
    expect(parseSyncDocId(doc._id)).toEqual({ table: 'meta', recordId: meta['id'] });
    expect(parseSyncDocId('nosuchtable:1')).toBeNull();
  });

  it('ignores design documents and documents that are not Baton’s', () => {
    expect(parseSyncDocument({ _id: '_design/x', views: {} })).toEqual({ kind: 'foreign' });
    expect(parseSyncDocument({ _id: 'someone-else', name: 'x' })).toEqual({ kind: 'foreign' });
  });

  it('rejects malformed Baton documents with a reason naming what is wrong', () => {
    const good = toSyncDocument('meta', { record: meta, clocks: clocksOf(meta) });
    const reasons = [
      { ...good, baton: 2 },
      { ...good, clocks: { ...good.clocks, name: 'yesterday' } },
      { ...good, record: { ...meta, currency: 'dollars' } },
      { ...good, clocks: { id: stamp } },
      { ...good, _id: 'contacts:' + String(meta['id']) },
      'not an object',
    ].map((raw) => parseSyncDocument(raw));
    for (const r of reasons) expect(r.kind).toBe('rejected');
    const texts = reasons.map((r) => (r.kind === 'rejected' ? r.reason : ''));
    expect(texts[1]).toContain('clocks.name');
    expect(texts[2]).toContain('currency');
    expect(texts[3]).toContain('no clock for');
    expect(texts[4]).toContain('_id does not name');
    // What the Sync page says, in the user's language: the code, and the field it points to.
    const why = reasons.map((r) => (r.kind === 'rejected' ? [r.code, r.field] : null));
    expect(why).toEqual([
      ['bad_envelope', 'baton'],
      ['bad_envelope', 'clocks.name'],
      ['bad_record', 'currency'],
      ['no_clock', expect.any(String)],
      ['id_mismatch', undefined],
      ['not_object', undefined],
    ]);
  });

  it('packs the stamp most fields share under "*" on the wire, and reads it back whole', () => {
    const later = formatHlc({ wall: 9, counter: 0, replica: 'r2' });
    const record = { id: 'x', a: 1, b: 2 };
    const clocks = { id: stamp, a: stamp, b: later, gone: later };
    const packed = packClocks(clocks, record);
    expect(packed).toEqual({ '*': stamp, b: later, gone: later });
    expect(unpackClocks(packed, record)).toEqual(clocks);
    const doc = toSyncDocument('meta', { record: meta, clocks: clocksOf(meta) });
    const wire = toWireDocument(doc);
    expect(Object.keys(wire.clocks)).toEqual(['*']);
    expect(parseSyncDocument(JSON.parse(JSON.stringify(wire)))).toEqual({ kind: 'record', doc });
  });

  it('packs stored clocks only when they read back exactly, whatever fields and stamps they hold', () => {
    const later = formatHlc({ wall: 9, counter: 0, replica: 'r2' });
    const record = { id: 'x', a: 1, b: 2 };
    expect(packClocksExactly({ id: stamp, a: stamp, b: later }, record)).toEqual({ '*': stamp, b: later });
    // The server version's clocks beside a record that gained a field since: no stamp for "b", kept as they are.
    const partial = { id: stamp, a: stamp };
    expect(packClocksExactly(partial, record)).toBe(partial);
    expect(unpackStoredClocks(partial, record)).toBe(partial);
    const field = fc.constantFrom('id', 'a', 'b', 'c', 'd');
    const stampOf = fc.constantFrom(stamp, later, formatHlc({ wall: 3, counter: 1, replica: 'r3' }));
    fc.assert(
      // A record may hold any fields (even "*", which then has no clock and is not packed); clocks never name "*".
      fc.property(fc.dictionary(fc.oneof(field, fc.constant('*')), fc.integer()), fc.dictionary(field, stampOf), (rec, clocks) => {
        expect(unpackStoredClocks(packClocksExactly(clocks, rec), rec)).toEqual(clocks);
      }),
    );
  });

  it('rejects a clock more than a day ahead of this machine', () => {
    const ahead = formatHlc({ wall: 10 + 25 * 3600_000, counter: 0, replica: 'r9' });
    const doc = toSyncDocument('meta', { record: meta, clocks: { ...clocksOf(meta), name: ahead } });
    const parsed = parseSyncDocument(doc, 10);
    expect(parsed.kind === 'rejected' && parsed.reason).toMatch(/name is more than a day ahead/);
    expect(parseSyncDocument(doc, 10 + 2 * 3600_000).kind).toBe('record');
  });

  it('rejects a document whose shared clock (packed under "*" on the wire) is ahead, naming a field it stamps', () => {
    const ahead = formatHlc({ wall: 10 + 25 * 3600_000, counter: 0, replica: 'r9' });
    const clocks = Object.fromEntries(Object.keys(meta).map((f) => [f, ahead]));
    const wire = toWireDocument(toSyncDocument('meta', { record: meta, clocks }));
    expect(Object.keys(wire.clocks)).toEqual(['*']);
    const parsed = parseSyncDocument(JSON.parse(JSON.stringify(wire)), 10);
    expect(parsed.kind === 'rejected' && parsed.reason).toMatch(new RegExp(`clock of (${Object.keys(meta).join('|')}) is more than a day ahead`));
  });

  it('reads a document as it came off the wire (JSON) the same as the schema would, and names what the schema refuses', () => {
    const wire = JSON.parse(JSON.stringify({ ...toWireDocument(toSyncDocument('meta', { record: meta, clocks: clocksOf(meta) })), _rev: '1-a' }));
    const parsed = parseSyncDocument(wire, 10);
    expect(parsed.kind === 'record' && parsed.doc.record).toEqual(meta);
    const arrayRecord = parseSyncDocument({ ...wire, record: [meta] }, 10);
    expect(arrayRecord.kind === 'rejected' && arrayRecord.reason).toMatch(/^record:/);
    const badStamp = parseSyncDocument({ ...wire, clocks: { ...wire.clocks, name: 'yesterday' } }, 10);
    expect(badStamp.kind === 'rejected' && badStamp.reason).toMatch(/clocks\.name: not a clock stamp/);
  });
});
