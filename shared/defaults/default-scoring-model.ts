import type { ActivityType } from '../model/identifiers';
import { stampNew, type Timestamp } from '../model/record';
import type { EngagementRule, FitRule, ScoringModel } from '../model/scoring-model';

const rule = (id: string, label: string, activityType: ActivityType, points: number, urlContains: string | null = null): EngagementRule => ({
  id,
  label,
  activityType,
  urlContains,
  minSeconds: null,
  formId: null,
  points,
  frequency: 'each',
  cap: null,
  halfLifeDays: null,
  activeFrom: null,
  activeTo: null,
});

/**
 * Default behaviour rules of DOMAIN.md §2. The worked examples must hold with these:
 * 3 downloads + 3 opens + 3 clicks + a trial = 76; one pricing visit + 2 opens = 19.
 */
export function defaultEngagementRules(): EngagementRule[] {
  return [
    rule('form_submitted', 'Contact form submitted', 'form_submitted', 15),
    rule('email_opened', 'Email opened', 'email_opened', 2),
    rule('email_clicked', 'Email link clicked', 'email_clicked', 5),
    rule('pricing_visited', 'Pricing page visited', 'page_visited', 15, '/pricing'),
    rule('blog_read', 'Blog post read', 'blog_read', 2),
    rule('content_downloaded', 'Content downloaded', 'content_downloaded', 10),
    rule('trial_started', 'Free trial started', 'trial_started', 25),
    rule('unsubscribed', 'Unsubscribed', 'unsubscribed', -5),
  ];
}

export function defaultFitRules(): FitRule[] {
  return [
    {
      id: 'decision_maker',
      label: 'Decision-maker title',
      condition: { op: 'regex', field: 'jobTitle', pattern: '(head|director|vp|chief|cto|ceo|cmo|대표|이사|본부장|팀장)' },
      points: 20,
    },
    { id: 'has_phone', label: 'Phone number known', condition: { op: 'not_empty', field: 'phone' }, points: 5 },
    { id: 'student', label: 'Student or intern', condition: { op: 'regex', field: 'jobTitle', pattern: '(student|intern|학생|인턴)' }, points: -30 },
  ];
}

export function createDefaultScoringModel(now: Timestamp, id?: string): ScoringModel {
  return stampNew(
    {
      name: 'Default scoring model',
      engagementRules: defaultEngagementRules(),
      fitRules: defaultFitRules(),
      icpWeight: 0.75,
      bantWeights: { budget: 25, authority: 25, need: 25, timeframe: 25 },
      handOffThreshold: 75,
      handOffMeasure: { engagement: 1, fit: 0, bant: 0 },
      thresholdActions: [
        { kind: 'change_stage' as const, stageId: 'mql' },
        { kind: 'route' as const },
        { kind: 'create_task' as const, title: 'Follow up hand-off', dueInHours: 24 },
      ],
    },
    now,
    id,
  );
}
