import type { ConditionSubject } from '../conditions/field-condition';
import type { Activity } from '../model/activity';
import type { Company } from '../model/company';
import type { Contact } from '../model/contact';
import type { Icp } from '../model/icp';
import type { Timestamp } from '../model/record';
import type { ScoringModel } from '../model/scoring-model';
import { icpFit } from '../icp/icp-fit';
import { bantScore, type BantLedgerEntry } from './bant';
import { compileEngagementRules, engagementScore, type CompiledEngagementRules, type EngagementLedgerEntry } from './engagement';
import { compileFitRules, fitScore, type CompiledFitRules, type FitLedgerEntry } from './fit';

/** The three scores, their hand-off combination, and the ledger that explains every point. */
export type ContactScore = {
  engagement: number;
  fit: number;
  bant: number;
  /** Hand-off measure: the model's weighted combination of the three. */
  total: number;
  handOffReady: boolean;
  icpFit: number | null;
  inIcp: boolean | null;
  ledger: { engagement: EngagementLedgerEntry[]; fit: FitLedgerEntry[]; bant: BantLedgerEntry[] };
};

export type ScoringContext = { company?: Company | null; icp?: Icp | null };

export type CompiledScoringModel = { model: ScoringModel; engagement: CompiledEngagementRules; fit: CompiledFitRules; measureWeight: number };

/** Compiles a model once; `scoreAll` reuses it for every contact. */
export function compileScoringModel(model: ScoringModel): CompiledScoringModel {
  const m = model.handOffMeasure;
  return {
    model,
    engagement: compileEngagementRules(model.engagementRules, model.engagementFloor),
    fit: compileFitRules(model.fitRules, model.icpWeight),
    measureWeight: m.engagement + m.fit + m.bant,
  };
}

/** Hand-off measure: weighted mean of the scores the model says to use (engagement alone by default). */
export function handOffMeasure(model: ScoringModel, scores: { engagement: number; fit: number; bant: number }, measureWeight?: number): number {
  const m = model.handOffMeasure;
  const weight = measureWeight ?? m.engagement + m.fit + m.bant;
  if (weight === 0) return scores.engagement;
  return (scores.engagement * m.engagement + scores.fit * m.fit + scores.bant * m.bant) / weight;
}

export function scoreWithCompiled(
  contact: Contact,
  activities: readonly Activity[],
  compiled: CompiledScoringModel,
  now: Timestamp,
  context: ScoringContext = {},
): ContactScore {
  const { model } = compiled;
  const engagement = engagementScore(activities, compiled.engagement, now);
  const icp = context.icp ? icpFit(context.company, context.icp) : null;
  const subject: ConditionSubject = { contact, company: context.company ?? null };
  const fit = fitScore(subject, compiled.fit, icp?.fit ?? null);
  const bant = bantScore(contact.bant, model.bantWeights);
  const scores = { engagement: engagement.score, fit: fit.score, bant: bant.score };
  const total = handOffMeasure(model, scores, compiled.measureWeight);
  return {
    ...scores,
    total,
    handOffReady: total >= model.handOffThreshold,
    icpFit: icp?.fit ?? null,
    inIcp: icp?.inIcp ?? null,
    ledger: { engagement: engagement.ledger, fit: fit.ledger, bant: bant.ledger },
  };
}

/** Scores one contact: engagement from its activities, fit from its profile and ICP, BANT from its ratings. */
export function scoreContact(
  contact: Contact,
  activities: readonly Activity[],
  model: ScoringModel,
  now: Timestamp,
  context: ScoringContext = {},
): ContactScore {
  return scoreWithCompiled(contact, activities, compileScoringModel(model), now, context);
}
