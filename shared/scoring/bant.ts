import type { BantRatings } from '../model/contact';
import type { BantWeights } from '../model/scoring-model';

export const bantParts = ['budget', 'authority', 'need', 'timeframe'] as const;
export type BantPart = (typeof bantParts)[number];

export type BantLedgerEntry = { part: BantPart; rating: number | null; weight: number; points: number };
export type BantResult = { score: number; rated: number; ledger: BantLedgerEntry[] };

/**
 * BANT 0–100: each rating (0–100, as a person rated it) times its weight (the weights add up
 * to 100%). An unrated part counts as 0, so a half-rated lead cannot look fully qualified.
 */
export function bantScore(ratings: BantRatings, weights: BantWeights): BantResult {
  let score = 0;
  let rated = 0;
  const ledger = bantParts.map((part) => {
    const rating = ratings[part];
    const points = ((rating ?? 0) * weights[part]) / 100;
    if (rating !== null) rated++;
    score += points;
    return { part, rating, weight: weights[part], points };
  });
  return { score: Math.max(0, Math.min(100, score)), rated, ledger };
}

/** Maps the 0–3 quick-rating scale (none, weak, fair, strong) to 0–100. */
export function bantRatingFromScale(step: 0 | 1 | 2 | 3): number {
  return Math.round((step / 3) * 1000) / 10;
}

/** The BANT score alone, without a ledger. */
export function bantTotal(ratings: BantRatings, weights: BantWeights): number {
  const score =
    ((ratings.budget ?? 0) * weights.budget +
      (ratings.authority ?? 0) * weights.authority +
      (ratings.need ?? 0) * weights.need +
      (ratings.timeframe ?? 0) * weights.timeframe) /
    100;
  return Math.max(0, Math.min(100, score));
}
