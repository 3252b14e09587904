/** Small seeded PRNG (mulberry32): the demo workspace must be the same for the same seed. */
export type Random = {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** Picks a key with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
};

/** Cumulative weights, computed once per weight table (the generator draws from a few tables millions of times). */
const cumulativeCache = new WeakMap<object, { keys: string[]; cumulative: number[] }>();
function cumulativeOf(weights: Readonly<Record<string, number>>) {
  let entry = cumulativeCache.get(weights);
  if (!entry) {
    const keys = Object.keys(weights);
    let sum = 0;
    entry = { keys, cumulative: keys.map((k) => (sum += weights[k]!)) };
    cumulativeCache.set(weights, entry);
  }
  return entry;
}

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
      const { keys, cumulative } = cumulativeOf(weights);
      const roll = next() * cumulative[cumulative.length - 1]!;
      for (let i = 0; i < keys.length; i++) if (roll < cumulative[i]!) return keys[i] as K;
      return keys[keys.length - 1] as K;
    },
  };
}

const byteHex = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/**
 * UUID v7 whose time part is the record's own creation time and whose random part comes from
 * the seeded PRNG, so generated ids are valid, time-ordered and reproducible. Built from a byte
 * table: the generator makes a million of these for a 100k-contact workspace.
 */
export function seededUuidV7(random: Random, at: number): string {
  const ms = Math.max(0, Math.floor(at));
  const high = Math.floor(ms / 0x1000000); // top 24 of 48 time bits
  const low = ms % 0x1000000;
  const rand = () => (random.next() * 256) | 0;
  const h = byteHex;
  return (
    h[(high >>> 16) & 0xff]! +
    h[(high >>> 8) & 0xff]! +
    h[high & 0xff]! +
    h[(low >>> 16) & 0xff]! +
    '-' +
    h[(low >>> 8) & 0xff]! +
    h[low & 0xff]! +
    '-' +
    h[0x70 | (rand() & 0x0f)]! +
    h[rand()]! +
    '-' +
    h[0x80 | (rand() & 0x3f)]! +
    h[rand()]! +
    '-' +
    h[rand()]! +
    h[rand()]! +
    h[rand()]! +
    h[rand()]! +
    h[rand()]! +
    h[rand()]!
  );
}
