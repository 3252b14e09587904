import type { Activity } from '../model/activity';
import type { Company } from '../model/company';
import type { Contact } from '../model/contact';
import type { Icp } from '../model/icp';
import type { Timestamp } from '../model/record';
import type { ScoringModel } from '../model/scoring-model';
import { compileScoringModel, scoreWithCompiled, type ContactScore } from './score-contact';

export type ScoreAllInput = {
  contacts: readonly Contact[];
  activities: readonly Activity[];
  model: ScoringModel;
  now: Timestamp;
  companies?: readonly Company[];
  icp?: Icp | null;
};

/**
 * Scores many contacts at once: the model is compiled once and activities are grouped by
 * contact in one pass, so the cost is linear in contacts + activities.
 */
export function scoreAll(input: ScoreAllInput): Map<string, ContactScore> {
  const compiled = compileScoringModel(input.model);
  const byContact = new Map<string, Activity[]>();
  for (const activity of input.activities) {
    if (activity.deletedAt !== null) continue;
    const list = byContact.get(activity.contactId);
    if (list) list.push(activity);
    else byContact.set(activity.contactId, [activity]);
  }
  const companies = new Map((input.companies ?? []).map((c) => [c.id, c]));
  const none: Activity[] = [];
  const scores = new Map<string, ContactScore>();
  for (const contact of input.contacts) {
    const company = contact.companyId ? (companies.get(contact.companyId) ?? null) : null;
    scores.set(contact.id, scoreWithCompiled(contact, byContact.get(contact.id) ?? none, compiled, input.now, { company, icp: input.icp ?? null }));
  }
  return scores;
}
