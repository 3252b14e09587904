import type { ConditionSubject } from '../conditions/field-condition';
import { icpFit } from '../icp/icp-fit';
import type { Activity } from '../model/activity';
import type { Company } from '../model/company';
import type { Contact } from '../model/contact';
import type { Icp } from '../model/icp';
import type { Timestamp } from '../model/record';
import type { ScoringModel } from '../model/scoring-model';
import { bantTotal } from './bant';
import { addEngagementActivity, createEngagementAccumulator, engagementTotal, resetEngagementAccumulator } from './engagement';
import { fitTotal } from './fit';
import { compileScoringModel, handOffMeasure, type ContactScore } from './score-contact';

export type ScoreAllInput = {
  contacts: readonly Contact[];
  activities: readonly Activity[];
  model: ScoringModel;
  now: Timestamp;
  companies?: readonly Company[];
  icp?: Icp | null;
};

/** What bulk rescoring stores per contact; the ledger is rebuilt on demand by `scoreContact`. */
export type ScoreSummary = Omit<ContactScore, 'ledger'>;

/**
 * Scores many contacts at once, linear in contacts + activities: the model is compiled once,
 * activities are bucketed by contact with a counting sort into one index array (no array per
 * contact), rule sums live in one reused accumulator, and ICP fit is computed once per company.
 */
export function scoreAll(input: ScoreAllInput): Map<string, ScoreSummary> {
  const { contacts, activities, model, now } = input;
  const compiled = compileScoringModel(model);
  const position = new Map<string, number>();
  contacts.forEach((c, i) => position.set(c.id, i));
  // Counting sort of activity indexes by contact position.
  const owner = new Int32Array(activities.length);
  const start = new Int32Array(contacts.length + 1);
  // Activities read through the [contactId+at] index arrive grouped by contact: reuse the last lookup.
  let lastId: string | null = null;
  let lastPosition: number | undefined;
  for (let a = 0; a < activities.length; a++) {
    const activity = activities[a]!;
    if (activity.contactId !== lastId) {
      lastId = activity.contactId;
      lastPosition = position.get(lastId);
    }
    const p = activity.deletedAt === null ? lastPosition : undefined;
    owner[a] = p ?? -1;
    if (p !== undefined) start[p + 1]!++;
  }
  for (let i = 0; i < contacts.length; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, contacts.length);
  const order = new Int32Array(start[contacts.length]!);
  for (let a = 0; a < activities.length; a++) if (owner[a]! >= 0) order[fill[owner[a]!]!++] = a;

  const companies = new Map((input.companies ?? []).map((c) => [c.id, c]));
  const icp = input.icp ?? null;
  const icpByCompany = new Map<string, { fit: number; inIcp: boolean }>();
  const fitOf = (company: Company | null) => {
    if (!icp) return null;
    if (!company) return icpFit(null, icp);
    let cached = icpByCompany.get(company.id);
    if (!cached) icpByCompany.set(company.id, (cached = icpFit(company, icp)));
    return cached;
  };
  const acc = createEngagementAccumulator(compiled.engagement);
  const subject: ConditionSubject = { contact: contacts[0] ?? {}, company: null };
  const scores = new Map<string, ScoreSummary>();
  // The same activity id counts once, as in scoreContact. A contact's bucket is small (about ten),
  // so comparing within it is cheaper than hashing every id; a big bucket uses a set instead.
  const seen = new Set<string>();
  const SMALL_BUCKET = 32;
  for (let i = 0; i < contacts.length; i++) {
    const contact = contacts[i]!;
    resetEngagementAccumulator(acc);
    const from = start[i]!;
    const to = start[i + 1]!;
    const small = to - from <= SMALL_BUCKET;
    if (!small) seen.clear();
    for (let k = from; k < to; k++) {
      const activity = activities[order[k]!]!;
      if (small) {
        let repeated = false;
        for (let m = from; m < k && !repeated; m++) repeated = activities[order[m]!]!.id === activity.id;
        if (repeated) continue;
      } else {
        if (seen.has(activity.id)) continue;
        seen.add(activity.id);
      }
      addEngagementActivity(acc, compiled.engagement, activity, now);
    }
    const company = contact.companyId ? (companies.get(contact.companyId) ?? null) : null;
    const icpResult = fitOf(company);
    subject.contact = contact;
    subject.company = company;
    const engagement = engagementTotal(acc, compiled.engagement);
    const fit = fitTotal(subject, compiled.fit, icpResult?.fit ?? null);
    const bant = bantTotal(contact.bant, model.bantWeights);
    const total = handOffMeasure(model, { engagement, fit, bant }, compiled.measureWeight);
    scores.set(contact.id, {
      engagement,
      fit,
      bant,
      total,
      handOffReady: total >= model.handOffThreshold,
      icpFit: icpResult?.fit ?? null,
      inIcp: icpResult?.inIcp ?? null,
    });
  }
  return scores;
}
