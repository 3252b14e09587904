import { z } from 'zod';
import { beforeHandOff } from '../lifecycle/almost-qualified';
import type { Contact } from '../model/contact';
import type { Deal } from '../model/deal';
import type { LifecycleDefinition } from '../model/lifecycle';
import type { ScoringModel } from '../model/scoring-model';
import type { StageTransition } from '../model/stage-transition';
import { counted, chronological } from '../metrics/scope';
import { cachedHandOffMeasure } from '../scoring/cached-scores';
import { calibrate, decileBands, rankAuc, scoreBands, type CalibrationSample } from '../scoring/calibration';
import { countedSchema } from './report-schemas';
import { reportColumn, type ReportTable } from './report-table';

const rateSchema = z.number().min(0).max(1).nullable();

export const calibrationBandSchema = z.object({
  from: z.number(),
  /** null = no upper bound (the top band). */
  to: z.number().nullable(),
  handedOff: countedSchema,
  accepted: countedSchema,
  rejected: countedSchema,
  /** accepted / (accepted + rejected). */
  acceptanceRate: rateSchema,
  won: countedSchema,
  /** won / contacts whose deals closed. */
  winRate: rateSchema,
});
export type CalibrationBand = z.infer<typeof calibrationBandSchema>;

const confusionSchema = z.object({
  threshold: z.number(),
  truePositives: z.number().int(),
  falsePositives: z.number().int(),
  trueNegatives: z.number().int(),
  falseNegatives: z.number().int(),
});

export const calibrationReportSchema = z.object({
  samples: z.number().int().nonnegative(),
  bands: z.array(calibrationBandSchema),
  /** ROC AUC of the hand-off measure for acceptance by sales; null when no lead was accepted or none rejected. */
  acceptanceAuc: rateSchema,
  /** ROC AUC of the hand-off measure for winning (calibrate's); null when there is not enough data. */
  winAuc: rateSchema,
  /** The threshold with the best Youden's J for winning, with the counts behind it; null with the reason (`notEnoughData` or `withheld`). */
  suggested: confusionSchema.extend({ youdenJ: z.number() }).nullable(),
  notEnoughData: z.enum(['no_samples', 'no_outcomes', 'one_class']).nullable(),
  /** There was data, but no threshold is suggested: 'weak_auc' = the measure barely tells wins from no-wins (win AUC < WEAK_AUC). */
  withheld: z.enum(['weak_auc']).nullable(),
  /** The same counts at the threshold in force, to set beside the suggestion. */
  current: confusionSchema,
});
export type CalibrationReport = z.infer<typeof calibrationReportSchema>;

/**
 * Below this win AUC the hand-off measure hardly orders wins above no-wins (0.5 is a coin toss): the
 * "best" cut is noise — at AUC 0.46 it advised giving up 25 of 88 wins to avoid 13 no-wins — so
 * none is suggested.
 */
export const WEAK_AUC = 0.6;

export type CalibrationDesign = { model: ScoringModel; lifecycle: LifecycleDefinition };

type Sample = CalibrationSample & { contactId: string };

/**
 * What sales made of each handed-off lead: the decision that followed its latest entry into the
 * hand-off stage (accepted → the accepted stage, rejected → recycled), and whether its deals were
 * won (any won), lost (closed, none won or open) or are undecided.
 */
function handOffSamples(contacts: readonly Contact[], log: readonly StageTransition[], deals: readonly Deal[], design: CalibrationDesign): Sample[] {
  const { lifecycle, model } = design;
  const recycledStages = new Set(lifecycle.stages.filter((s) => s.kind === 'recycled').map((s) => s.id));
  const decision = new Map<string, boolean | null>();
  for (const t of chronological(log)) {
    if (t.to === lifecycle.handOffStageId) decision.set(t.contactId, null);
    else if (t.from === lifecycle.handOffStageId && decision.get(t.contactId) === null) {
      if (t.kind === 'hand_off_accepted' || t.to === lifecycle.acceptedStageId) decision.set(t.contactId, true);
      else if (t.kind === 'hand_off_rejected' || recycledStages.has(t.to)) decision.set(t.contactId, false);
    }
  }
  const outcome = new Map<string, { won: boolean; lost: boolean; open: boolean }>();
  for (const d of deals) {
    if (d.deletedAt !== null) continue;
    for (const id of d.contactIds) {
      const o = outcome.get(id) ?? { won: false, lost: false, open: false };
      if (d.status === 'won') o.won = true;
      else if (d.status === 'lost') o.lost = true;
      else o.open = true;
      outcome.set(id, o);
    }
  }
  const samples: Sample[] = [];
  for (const c of contacts) {
    if (c.deletedAt !== null || !decision.has(c.id)) continue;
    const o = outcome.get(c.id);
    // The score at hand-off time is not kept: the cached hand-off measure the queues use stands in for it.
    samples.push({
      contactId: c.id,
      score: cachedHandOffMeasure(model, c),
      accepted: decision.get(c.id)!,
      won: o?.won ? true : o && o.lost && !o.open ? false : null,
    });
  }
  return samples;
}

/** Win counts at a threshold ("measure ≥ threshold" predicts a win), over leads whose deals closed. */
function confusionAt(samples: readonly Sample[], threshold: number): z.infer<typeof confusionSchema> {
  const counts = { threshold, truePositives: 0, falsePositives: 0, trueNegatives: 0, falseNegatives: 0 };
  for (const s of samples) {
    if (s.won === null) continue;
    const predicted = s.score >= threshold;
    if (predicted) counts[s.won ? 'truePositives' : 'falsePositives']++;
    else counts[s.won ? 'falseNegatives' : 'trueNegatives']++;
  }
  return counts;
}

/**
 * Checks the hand-off threshold against what sales did (DOMAIN.md §2: the threshold is a
 * hypothesis): per score band of the hand-off measure, the handed-off leads accepted, rejected and
 * won; the AUC of the measure for acceptance and for winning; and calibrate's suggested threshold
 * beside the counts at the current one — unless the measure does not separate wins (WEAK_AUC).
 */
export function calibrationReport(
  contacts: readonly Contact[],
  log: readonly StageTransition[],
  deals: readonly Deal[],
  design: CalibrationDesign,
  currentThreshold: number = design.model.handOffThreshold,
): CalibrationReport {
  const samples = handOffSamples(contacts, log, deals, design);
  const counts = scoreBands(samples, decileBands);
  const bands = decileBands.map(([from, to], i): CalibrationBand => {
    const inBand = samples.filter((s) => s.score >= from && s.score < to);
    const ids = (keep: (s: Sample) => boolean) => counted(inBand.filter(keep).map((s) => s.contactId));
    return {
      from,
      to: Number.isFinite(to) ? to : null,
      handedOff: ids(() => true),
      accepted: ids((s) => s.accepted === true),
      rejected: ids((s) => s.accepted === false),
      acceptanceRate: counts[i]!.acceptanceRate,
      won: ids((s) => s.won === true),
      winRate: counts[i]!.winRate,
    };
  });
  const decided = samples.filter((s) => s.accepted !== null).map((s) => ({ score: s.score, positive: s.accepted === true }));
  const calibration = calibrate(samples);
  const weak = calibration.status === 'ok' && calibration.auc < WEAK_AUC;
  return {
    samples: samples.length,
    bands,
    acceptanceAuc: rankAuc(decided),
    winAuc: calibration.status === 'ok' ? calibration.auc : null,
    suggested: calibration.status === 'ok' && !weak ? calibration.suggested : null,
    notEnoughData: calibration.status === 'ok' ? null : calibration.reason,
    withheld: weak ? 'weak_auc' : null,
    current: confusionAt(samples, currentThreshold),
  };
}

export const thresholdPreviewSchema = z.object({
  threshold: z.number(),
  readyNow: z.number().int().nonnegative(),
  readyAfter: z.number().int().nonnegative(),
  becomeReady: countedSchema,
  stopBeingReady: countedSchema,
});
export type ThresholdPreview = z.infer<typeof thresholdPreviewSchema>;

/**
 * What applying a new threshold would change among current leads (live contacts on marketing's
 * side of the hand-off, as the ready queue picks them): who would become hand-off ready, who would
 * stop being ready. The same test as the `hand_off_ready` criterion, on the cached measure.
 */
export function thresholdPreview(contacts: readonly Contact[], design: CalibrationDesign, newThreshold: number): ThresholdPreview {
  const { model, lifecycle } = design;
  const before = new Map<string, boolean>();
  const become: string[] = [];
  const stop: string[] = [];
  let readyNow = 0;
  let readyAfter = 0;
  for (const c of contacts) {
    if (c.deletedAt !== null) continue;
    let side = before.get(c.lifecycleStage);
    if (side === undefined) before.set(c.lifecycleStage, (side = beforeHandOff(lifecycle, c.lifecycleStage)));
    if (!side) continue;
    const measure = cachedHandOffMeasure(model, c);
    const now = measure >= model.handOffThreshold;
    const after = measure >= newThreshold;
    if (now) readyNow++;
    if (after) readyAfter++;
    if (after && !now) become.push(c.id);
    if (now && !after) stop.push(c.id);
  }
  return { threshold: newThreshold, readyNow, readyAfter, becomeReady: counted(become), stopBeingReady: counted(stop) };
}

/** The calibration table: one row per score band. */
export function calibrationTable(report: CalibrationReport): ReportTable {
  return {
    columns: [
      reportColumn('band', 'text'),
      reportColumn('handedOff', 'count'),
      reportColumn('accepted', 'count'),
      reportColumn('rejected', 'count'),
      reportColumn('acceptanceRate', 'percent'),
      reportColumn('won', 'count'),
      reportColumn('winRate', 'percent'),
    ],
    rows: report.bands.map((b) => ({
      band: b.to === null ? `${b.from}+` : `${b.from}–${b.to}`,
      handedOff: b.handedOff.count,
      accepted: b.accepted.count,
      rejected: b.rejected.count,
      acceptanceRate: b.acceptanceRate,
      won: b.won.count,
      winRate: b.winRate,
    })),
    records: report.bands.map((b) => ({ kind: 'contacts', ids: b.handedOff.ids })),
  };
}
