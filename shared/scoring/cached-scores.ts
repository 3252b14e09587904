import type { Activity } from '../model/activity';
import type { Contact } from '../model/contact';
import type { Timestamp } from '../model/record';
import type { ScoringModel } from '../model/scoring-model';
import { handOffMeasure, type ContactScore } from './score-contact';

/**
 * The contact with its cached scores (rounded: they index queues and sort the list) and the time
 * of its last activity that has happened. The one way scores are written back to a contact.
 */
export function withCachedScores(
  contact: Contact,
  score: Pick<ContactScore, 'engagement' | 'fit' | 'bant'>,
  activities: readonly Pick<Activity, 'at' | 'deletedAt'>[],
  now: Timestamp,
): Contact {
  let lastActivityAt: number | null = null;
  for (const a of activities) if (a.deletedAt === null && a.at <= now && (lastActivityAt === null || a.at > lastActivityAt)) lastActivityAt = a.at;
  return {
    ...contact,
    engagementScore: Math.round(score.engagement),
    fitScore: Math.round(score.fit),
    bantScore: Math.round(score.bant),
    lastActivityAt,
    updatedAt: now,
  };
}

/** The hand-off measure from a contact's cached scores: what queues and candidate scans use before a live rescore. */
export const cachedHandOffMeasure = (model: ScoringModel, contact: Pick<Contact, 'engagementScore' | 'fitScore' | 'bantScore'>): number =>
  handOffMeasure(model, { engagement: contact.engagementScore, fit: contact.fitScore, bant: contact.bantScore });

/** Whether two versions of a contact carry different cached scores (a rescore that changed nothing is not written again). */
export const cachedScoresDiffer = (
  a: Pick<Contact, 'engagementScore' | 'fitScore' | 'bantScore'>,
  b: Pick<Contact, 'engagementScore' | 'fitScore' | 'bantScore'>,
): boolean => a.engagementScore !== b.engagementScore || a.fitScore !== b.fitScore || a.bantScore !== b.bantScore;
