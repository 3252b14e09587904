import type { Activity } from '../model/activity';
import type { Company } from '../model/company';
import type { Contact } from '../model/contact';
import type { Deal } from '../model/deal';
import type { Icp } from '../model/icp';
import type { LifecycleDefinition } from '../model/lifecycle';
import type { Timestamp } from '../model/record';
import type { ScoringModel } from '../model/scoring-model';
import { buildTransitionContext } from '../lifecycle/build-transition-context';
import type { TransitionContext } from '../lifecycle/criteria';
import { cachedHandOffMeasure, withCachedScores } from '../scoring/cached-scores';
import type { ContactScore } from '../scoring/score-contact';
import { automationTrigger, type AutomationTrigger } from './plan-threshold-actions';

export type ContactChangeInput = {
  /** The contact as stored before the change (its cached scores give the measure before). */
  before: Contact;
  /** The contact with the change applied. */
  changed: Contact;
  activities: readonly Activity[];
  deals: readonly Deal[];
  company: Company | null;
  design: { lifecycle: LifecycleDefinition; model: ScoringModel; icp: Icp | null };
  now: Timestamp;
  /** A person completed this lead for hand-off (see automationTrigger). */
  completedForHandOff?: boolean;
};

export type RescoredChange = { contact: Contact; context: TransitionContext; score: ContactScore; trigger: AutomationTrigger | null };

/**
 * The first half of every contact change: live scores, the cached scores written back, the
 * transition context, and whether the threshold automation is due. The caller plans the
 * automation with planThresholdActions when `trigger` is set.
 */
export function rescoreChange(input: ContactChangeInput): RescoredChange {
  const { design, now } = input;
  const { context, score } = buildTransitionContext({
    contact: input.changed,
    activities: input.activities,
    deals: input.deals,
    company: input.company,
    model: design.model,
    icp: design.icp,
    now,
  });
  const contact = withCachedScores(input.changed, score, input.activities, now);
  const trigger = automationTrigger(design, contact, cachedHandOffMeasure(design.model, input.before), score.total, input.completedForHandOff);
  return { contact, context, score, trigger };
}
