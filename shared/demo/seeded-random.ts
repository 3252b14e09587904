/** Small seeded PRNG (mulberry32): the demo workspace must be the same for the same seed. */
export type Random = {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** Picks a key with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
};

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
    weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
      const entries = Object.entries(weights) as [K, number][];
      const total = entries.reduce((sum, [, w]) => sum + w, 0);
      let roll = next() * total;
      for (const [key, w] of entries) {
        roll -= w;
        if (roll < 0) return key;
      }
      return entries[entries.length - 1]![0];
    },
  };
}

const hex = (value: number, digits: number): string => value.toString(16).padStart(digits, '0');

/**
 * UUID v7 whose time part is the record's own creation time and whose random part comes from
 * the seeded PRNG, so generated ids are valid, time-ordered and reproducible.
 */
export function seededUuidV7(random: Random, at: number): string {
  const time = hex(Math.floor(at), 12);
  const r = (bits: number) => Math.floor(random.next() * 2 ** bits);
  const randA = hex(0x7000 | r(12), 4);
  const randB = hex(0x8000 | r(14), 4);
  const tail = hex(r(24), 6) + hex(r(24), 6);
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-${randA}-${randB}-${tail}`;
}
