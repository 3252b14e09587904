import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, knownIndustries, likelyTypoOf } from './typo-check';

describe('editDistance', () => {
  it('counts a swapped pair as one edit, like a missing letter', () => {
    expect(editDistance('technolgy', 'technology')).toBe(1);
    expect(editDistance('retial', 'retail')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('is zero only for equal texts, symmetric, and at most the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        expect(d === 0).toBe(a === b);
        expect(editDistance(b, a)).toBe(d);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});

describe('likelyTypoOf', () => {
  it('suggests the known value a near miss was meant to be', () => {
    expect(likelyTypoOf('technolgy', knownIndustries)).toBe('technology');
    expect(likelyTypoOf('GTXPro', ['GTX Pro', 'GTX Basic'])).toBe('GTX Pro');
  });

  it('leaves known values in any case, short codes and far-off values alone', () => {
    expect(likelyTypoOf('Software', knownIndustries)).toBeNull();
    expect(likelyTypoOf('IT', knownIndustries)).toBeNull();
    expect(likelyTypoOf('aerospace', knownIndustries)).toBeNull();
  });
});
