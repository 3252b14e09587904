import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Versioned } from './document';
import { formatHlc } from './hlc';
import { canonicalJson, editTime, mergeAll, mergeVersions, sameVersion, stampEdit, stampHistory } from './merge';

const fields = ['id', 'firstName', 'jobTitle', 'phone', 'tags'] as const;
// A small stamp space, so equal stamps and equal wall times with different replicas both happen often.
const stampArb = fc
  .record({ wall: fc.integer({ min: 1, max: 4 }), counter: fc.integer({ min: 0, max: 1 }), replica: fc.constantFrom('r1', 'r2', 'r3') })
  .map(formatHlc);
// One stamp is one edit: the value is a function of (field, stamp), as it is for real replicas.
const valueOf = (field: string, stamp: string): unknown => {
  const code = [...stamp].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 997, field.length);
  if (code % 7 === 0) return undefined; // unset
  return field === 'tags' ? [`t${code % 3}`, { n: code % 5 }] : `${field}-${code}`;
};
const versionArb: fc.Arbitrary<Versioned> = fc.array(fc.tuple(fc.constantFrom(...fields), stampArb), { maxLength: fields.length }).map((entries) => {
  const record: Record<string, unknown> = {};
  const clocks: Record<string, string> = {};
  for (const [field, stamp] of entries) {
    clocks[field] = stamp;
    const value = valueOf(field, stamp);
    if (value === undefined) delete record[field];
    else record[field] = value;
  }
  return { record, clocks };
});

const same = (a: Versioned, b: Versioned) => expect(canonicalJson(a)).toBe(canonicalJson(b));

describe('merge rule: field-level last writer wins', () => {
  it('is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(versionArb, versionArb, versionArb, (a, b, c) => {
        same(mergeVersions(a, b).merged, mergeVersions(b, a).merged);
        same(mergeVersions(mergeVersions(a, b).merged, c).merged, mergeVersions(a, mergeVersions(b, c).merged).merged);
        same(mergeVersions(a, a).merged, a);
        same(mergeAll([a, b, c]), mergeAll([c, a, b]));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps, for every field, the value of its latest stamp: nothing else is lost', () => {
    fc.assert(
      fc.property(versionArb, versionArb, (a, b) => {
        const { merged } = mergeVersions(a, b);
        for (const field of fields) {
          const stamps = [a.clocks[field], b.clocks[field]].filter((s): s is string => s !== undefined).sort();
          const latest = stamps[stamps.length - 1];
          expect(merged.clocks[field]).toBe(latest);
          if (latest !== undefined) expect(merged.record[field]).toEqual(valueOf(field, latest));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('concurrent edits of different fields both survive; of one field, the later stamp wins and the loser is named', () => {
    const t = (wall: number, replica: string) => formatHlc({ wall, counter: 0, replica });
    const s1 = t(1, 'a');
    const base: Versioned = { record: { id: 'c1', firstName: 'Jiwoo', jobTitle: 'CTO' }, clocks: { id: s1, firstName: s1, jobTitle: s1 } };
    const a = stampEdit(base, { ...base.record, firstName: 'Ji-woo' }, () => t(10, 'a'))!;
    const b = stampEdit(base, { ...base.record, jobTitle: 'CEO' }, () => t(11, 'b'))!;
    expect(mergeVersions(a, b).merged.record).toEqual({ id: 'c1', firstName: 'Ji-woo', jobTitle: 'CEO' });
    const a2 = stampEdit(base, { ...base.record, jobTitle: 'VP' }, () => t(12, 'a'))!;
    const { merged, aLost, bLost } = mergeVersions(a2, b);
    expect(merged.record['jobTitle']).toBe('VP');
    expect(bLost).toEqual(['jobTitle']);
    expect(aLost).toEqual([]);
    // Same millisecond: the replica id decides, the same way on both sides.
    const x = stampEdit(base, { ...base.record, jobTitle: 'X' }, () => t(20, 'a'))!;
    const y = stampEdit(base, { ...base.record, jobTitle: 'Y' }, () => t(20, 'b'))!;
    expect(mergeVersions(x, y).merged.record['jobTitle']).toBe('Y');
    expect(mergeVersions(y, x).merged.record['jobTitle']).toBe('Y');
  });

  it('stamps only the fields an edit changed, unset fields included, and nothing when nothing changed', () => {
    const known: Versioned = { record: { id: 'c1', a: 1, b: [1, 2], c: 'x' }, clocks: { id: 's0', a: 's0', b: 's0', c: 's0' } };
    const edit = stampEdit(known, { id: 'c1', a: 1, b: [1, 3] }, () => 's1')!;
    expect(edit.clocks).toEqual({ id: 's0', a: 's0', b: 's1', c: 's1' });
    expect(edit.record).toEqual({ id: 'c1', a: 1, b: [1, 3] });
    expect(stampEdit(edit, { id: 'c1', b: [1, 3], a: 1 }, () => 's2')).toBeNull();
    expect(stampEdit(null, { id: 'n', v: 2 }, () => 's3')).toEqual({ record: { id: 'n', v: 2 }, clocks: { id: 's3', v: 's3' } });
    expect(sameVersion(edit, { record: { ...edit.record }, clocks: { ...edit.clocks } })).toBe(true);
  });

  it('a copy of a workspace is stamped as old as its records: an edit made on another copy before the first sync still wins', () => {
    const filed = { id: 'c1', firstName: 'Jiwoo', jobTitle: 'Engineer', updatedAt: 100 };
    const at = (replica: string) => (wall: number | { wall: number; counter: number }) =>
      formatHlc(typeof wall === 'number' ? { wall, counter: 0, replica } : { ...wall, replica });
    // Copy A edited the job title at 200 before syncing; copy B edited nothing (its capture runs later, at 900).
    const a = stampHistory([filed, { ...filed, jobTitle: 'CTO', updatedAt: 200 }], at('a'), 900);
    const b = stampHistory([filed], at('b'), 900);
    expect(a.clocks['firstName']).toBe(at('a')(100));
    expect(a.clocks['jobTitle']).toBe(at('a')(200));
    expect(mergeVersions(a, b).merged.record['jobTitle']).toBe('CTO');
    expect(mergeVersions(b, a).merged.record['jobTitle']).toBe('CTO');
  });

  it('stamps each version of a history after the one before, even when its own time is earlier (a clock that ran ahead)', () => {
    // The file came from a machine a minute fast; the edit here, at the right time, is earlier by the clock.
    const filed = { id: 'c1', firstName: 'Jiwoo', jobTitle: 'Engineer', updatedAt: 60_100 };
    const at = (replica: string) => (stamp: { wall: number; counter: number }) => formatHlc({ ...stamp, replica });
    const a = stampHistory([filed, { ...filed, jobTitle: 'CTO', updatedAt: 100 }, { ...filed, jobTitle: 'CEO', updatedAt: 90 }], at('a'), 900);
    expect(a.clocks['firstName']).toBe(formatHlc({ wall: 60_100, counter: 0, replica: 'a' }));
    expect(a.clocks['jobTitle']).toBe(formatHlc({ wall: 60_100, counter: 2, replica: 'a' }));
    // Another copy of the file, unedited: the edit wins on both sides.
    const b = stampHistory([filed], at('b'), 900);
    expect(mergeVersions(a, b).merged.record['jobTitle']).toBe('CEO');
    expect(mergeVersions(b, a).merged.record['jobTitle']).toBe('CEO');
  });

  it('stamps an edit with its own time when the record says it, else with now', () => {
    const known: Versioned = { record: { id: 'x', updatedAt: 5 }, clocks: {} };
    expect(editTime(known, { id: 'x', updatedAt: 7 }, 99)).toBe(7);
    expect(editTime(known, { id: 'x', updatedAt: 5 }, 99)).toBe(99);
    expect(editTime(null, { id: 'x' }, 99)).toBe(99);
  });
});
