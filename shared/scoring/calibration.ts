/** A handed-off lead: its score at hand-off time and what sales made of it. */
export type CalibrationSample = { score: number; accepted: boolean | null; won: boolean | null };

export type ScoreBand = { from: number; to: number; count: number; accepted: number; acceptanceRate: number | null; won: number; winRate: number | null };

export type SuggestedThreshold = {
  threshold: number;
  youdenJ: number;
  truePositives: number;
  falsePositives: number;
  trueNegatives: number;
  falseNegatives: number;
};

export type Calibration =
  | { status: 'ok'; bands: ScoreBand[]; auc: number; suggested: SuggestedThreshold; samples: number }
  | { status: 'not_enough_data'; reason: 'no_samples' | 'no_outcomes' | 'one_class'; samples: number };

const rate = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** Default bands: deciles of a 0–100 score. */
export const decileBands: readonly [number, number][] = Array.from({ length: 10 }, (_, i) => [i * 10, i === 9 ? Infinity : (i + 1) * 10]);

/** Acceptance and win counts per score band [from, to): the table behind the calibration. */
export function scoreBands(samples: readonly CalibrationSample[], bands: readonly (readonly [number, number])[] = decileBands): ScoreBand[] {
  return bands.map(([from, to]) => {
    const inBand = samples.filter((s) => s.score >= from && s.score < to);
    const accepted = inBand.filter((s) => s.accepted === true).length;
    const decided = inBand.filter((s) => s.accepted !== null).length;
    const won = inBand.filter((s) => s.won === true).length;
    const closed = inBand.filter((s) => s.won !== null).length;
    return { from, to, count: inBand.length, accepted, acceptanceRate: rate(accepted, decided), won, winRate: rate(won, closed) };
  });
}

/** ROC AUC of a score for a yes/no outcome by ranks (Mann–Whitney U), ties counted as half; null when a class is empty. */
export function rankAuc(scored: readonly { score: number; positive: boolean }[]): number | null {
  let positives = 0;
  for (const s of scored) if (s.positive) positives++;
  const negatives = scored.length - positives;
  if (positives === 0 || negatives === 0) return null;
  const sorted = [...scored].sort((a, b) => a.score - b.score);
  let rankSumPositives = 0;
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j < sorted.length && sorted[j]!.score === sorted[i]!.score) j++;
    const averageRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (sorted[k]!.positive) rankSumPositives += averageRank;
    i = j;
  }
  return (rankSumPositives - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/**
 * Checks the hand-off threshold against outcomes: per score band, how many leads sales accepted and
 * how many were won; ROC AUC of the score for winning; and the threshold with the best Youden's J
 * (sensitivity + specificity − 1), with the counts behind it.
 */
export function calibrate(samples: readonly CalibrationSample[], bands: readonly (readonly [number, number])[] = decileBands): Calibration {
  if (samples.length === 0) return { status: 'not_enough_data', reason: 'no_samples', samples: 0 };
  const bandRows = scoreBands(samples, bands);
  const closed = samples.filter((s) => s.won !== null) as (CalibrationSample & { won: boolean })[];
  if (closed.length === 0) return { status: 'not_enough_data', reason: 'no_outcomes', samples: samples.length };
  const positives = closed.filter((s) => s.won).length;
  const negatives = closed.length - positives;
  if (positives === 0 || negatives === 0) return { status: 'not_enough_data', reason: 'one_class', samples: samples.length };
  const sorted = [...closed].sort((a, b) => a.score - b.score);
  const auc = rankAuc(sorted.map((s) => ({ score: s.score, positive: s.won })))!;
  // Candidate thresholds: every distinct score; "score ≥ threshold" predicts a win. One sweep upwards.
  let best: SuggestedThreshold | null = null;
  let positivesBelow = 0;
  let negativesBelow = 0;
  for (let i = 0; i < sorted.length;) {
    const threshold = sorted[i]!.score;
    const tp = positives - positivesBelow;
    const fp = negatives - negativesBelow;
    const j = tp / positives + (negatives - fp) / negatives - 1;
    if (!best || j > best.youdenJ)
      best = { threshold, youdenJ: j, truePositives: tp, falsePositives: fp, trueNegatives: negatives - fp, falseNegatives: positives - tp };
    while (i < sorted.length && sorted[i]!.score === threshold) {
      if (sorted[i]!.won) positivesBelow++;
      else negativesBelow++;
      i++;
    }
  }
  return { status: 'ok', bands: bandRows, auc, suggested: best!, samples: samples.length };
}
