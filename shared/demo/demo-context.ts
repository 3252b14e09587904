import { seededRandom, seededUuidV7, type Random } from './seeded-random';
import type { DemoLocale } from './demo-vocabulary';

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

/** What every demo sub-generator shares: one PRNG stream, the clock and the locale. */
export type DemoContext = {
  random: Random;
  now: number;
  locale: DemoLocale;
  /** Deterministic UUID v7 for a record created at `at`. */
  id(at: number): string;
  /** Base fields of a record created at `at`. */
  stamp(at: number): { id: string; createdAt: number; updatedAt: number; deletedAt: null };
};

export function createDemoContext(seed: number, now: number, locale: DemoLocale): DemoContext {
  const random = seededRandom(seed);
  const id = (at: number) => seededUuidV7(random, at);
  return { random, now, locale, id, stamp: (at) => ({ id: id(at), createdAt: at, updatedAt: at, deletedAt: null }) };
}
