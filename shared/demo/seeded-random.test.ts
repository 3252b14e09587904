import { describe, expect, it } from 'vitest';
import { seededRandom, seededUuidV7 } from './seeded-random';

describe('seededUuidV7', () => {
  it('makes valid, time-ordered UUID v7 strings carrying the given time', () => {
    const random = seededRandom(5);
    const at = Date.UTC(2026, 10, 23, 12, 34, 56, 789);
    const id = seededUuidV7(random, at);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at);
    expect(seededUuidV7(random, at + 1) > id).toBe(true);
  });

  it('repeats for the same seed', () => {
    expect(seededUuidV7(seededRandom(9), 1)).toBe(seededUuidV7(seededRandom(9), 1));
  });
});

describe('weighted', () => {
  it('draws keys in proportion to their weights', () => {
    const random = seededRandom(1);
    const weights = { a: 1, b: 3 };
    let b = 0;
    for (let i = 0; i < 10_000; i++) if (random.weighted(weights) === 'b') b++;
    expect(b / 10_000).toBeGreaterThan(0.72);
    expect(b / 10_000).toBeLessThan(0.78);
  });
});
