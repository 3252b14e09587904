import type { Activity } from '../model/activity';
import type { Company } from '../model/company';
import type { Contact } from '../model/contact';
import type { Deal } from '../model/deal';
import type { Icp } from '../model/icp';
import type { Timestamp } from '../model/record';
import type { ScoringModel } from '../model/scoring-model';
import { scoreContact, type ContactScore } from '../scoring/score-contact';
import type { TransitionContext } from './criteria';

export type TransitionFacts = {
  contact: Contact;
  activities: readonly Activity[];
  deals: readonly Deal[];
  company: Company | null;
  model: ScoringModel;
  icp: Icp | null;
  now: Timestamp;
};

/**
 * Everything the lifecycle engine needs to judge a move, from live scores. The record page's
 * preview and every action build it here, so what the page shows is what the action decides.
 * Activities dated after `now` are not facts yet: they neither score nor count as intent.
 */
export function buildTransitionContext(facts: TransitionFacts): { context: TransitionContext; score: ContactScore } {
  const { contact, activities, deals, company, model, icp, now } = facts;
  const score = scoreContact(contact, activities, model, now, { company, icp });
  const activityTypes = new Set(activities.filter((a) => a.deletedAt === null && a.at <= now).map((a) => a.type));
  return {
    score,
    context: {
      company,
      activityTypes,
      deals,
      scores: { engagement: score.engagement, fit: score.fit, bant: score.bant, handOffMeasure: score.total, icpFit: score.icpFit },
      handOffThreshold: model.handOffThreshold,
      // An ICP without criteria defines nothing to fit: treated as no ICP rather than blocking every contact.
      icpThreshold: icp && icp.deletedAt === null && icp.criteria.length > 0 ? icp.threshold : null,
    },
  };
}
