import { compileCondition } from '../conditions/field-condition';
import type { Company } from '../model/company';
import type { Contact } from '../model/contact';
import type { Deal } from '../model/deal';
import type { ActivityType } from '../model/identifiers';
import type { StageCriterion } from '../model/lifecycle';

/** Facts about a contact that stage criteria look at. Built once by `buildTransitionContext` for every caller. */
export type TransitionContext = {
  company?: Company | null;
  activityTypes: ReadonlySet<ActivityType>;
  deals: readonly Pick<Deal, 'amount' | 'expectedCloseDate' | 'status' | 'deletedAt'>[];
  /** Live scores; `handOffMeasure` is the scoring model's weighted combination that the threshold is compared with. */
  scores: { engagement: number; fit: number; bant: number; handOffMeasure: number; icpFit: number | null };
  handOffThreshold: number;
  /** The active ICP's "in ICP" threshold; null when the workspace defines no ICP (ICP criteria are then not checked). */
  icpThreshold: number | null;
};

/** The step no criterion list holds: a move past the hand-off stage must be accepted by sales (or overridden). */
export type HandOffStep = { kind: 'hand_off_step' };

/**
 * One criterion a move failed: `item` is the short name the UI turns into words and a fix
 * ("Opportunity needs: amount, expected close date"); `values` carries the numbers involved;
 * `stageId` is the stage that asks for it (a move that skips stages answers to each of them).
 */
export type UnmetCriterion = {
  criterion: StageCriterion | HandOffStep;
  stageId: string | null;
  item: string;
  messageKey: string;
  values: Record<string, string | number | null>;
};

/** A criterion that was not checked, and why: today only the ICP criterion in a workspace with no ICP. */
export type NotCheckedCriterion = { stageId: string | null; item: 'icpFit'; why: 'no_icp' };

const liveDeals = (ctx: TransitionContext) => ctx.deals.filter((d) => d.deletedAt === null && d.status !== 'lost');
const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/** null when met (or not checked), else what is missing. */
export function checkCriterion(criterion: StageCriterion, contact: Contact, ctx: TransitionContext, stageId: string | null = null): UnmetCriterion | null {
  const unmet = (item: string, values: UnmetCriterion['values'] = {}): UnmetCriterion => ({
    criterion,
    stageId,
    item,
    messageKey: `criterion.${criterion.kind}`,
    values,
  });
  switch (criterion.kind) {
    case 'consent_present':
      return contact.consent.status === 'granted' ? null : unmet('consent');
    case 'persona_assigned':
      return contact.personaId ? null : unmet('persona');
    case 'icp_fit_at_least': {
      // No ICP defined: nothing to fit, so the criterion is not checked (see notCheckedCriteria) rather than blocking everyone.
      if (ctx.icpThreshold === null) return null;
      const min = criterion.min ?? ctx.icpThreshold;
      return ctx.scores.icpFit !== null && ctx.scores.icpFit >= min ? null : unmet('icpFit', { min, actual: ctx.scores.icpFit });
    }
    case 'hand_off_ready':
      return ctx.scores.handOffMeasure >= ctx.handOffThreshold
        ? null
        : unmet('handOffMeasure', { min: ctx.handOffThreshold, actual: oneDecimal(ctx.scores.handOffMeasure) });
    case 'engagement_at_least':
      return ctx.scores.engagement >= criterion.min ? null : unmet('engagement', { min: criterion.min, actual: oneDecimal(ctx.scores.engagement) });
    case 'bant_at_least':
      return ctx.scores.bant >= criterion.min ? null : unmet('bant', { min: criterion.min, actual: oneDecimal(ctx.scores.bant) });
    case 'field':
      return compileCondition(criterion.condition)({ contact, company: ctx.company ?? null })
        ? null
        : unmet(criterion.condition.field, { op: criterion.condition.op });
    case 'activity_present':
      return criterion.activityTypes.some((t) => ctx.activityTypes.has(t)) ? null : unmet('activity', { types: criterion.activityTypes.join(',') });
    case 'deal_amount_present':
      return liveDeals(ctx).some((d) => d.amount !== null && d.amount > 0) ? null : unmet('amount');
    case 'deal_close_date_present':
      return liveDeals(ctx).some((d) => d.expectedCloseDate !== null) ? null : unmet('expectedCloseDate');
    case 'deal_won':
      return ctx.deals.some((d) => d.deletedAt === null && d.status === 'won') ? null : unmet('dealWon');
  }
}

/** Every unmet criterion of a list, in the list's order. */
export function unmetCriteria(criteria: readonly StageCriterion[], contact: Contact, ctx: TransitionContext, stageId: string | null = null): UnmetCriterion[] {
  const result: UnmetCriterion[] = [];
  for (const c of criteria) {
    const missing = checkCriterion(c, contact, ctx, stageId);
    if (missing) result.push(missing);
  }
  return result;
}

/** Criteria of the list that were skipped rather than checked, so the UI can say so next to a refusal. */
export function notCheckedCriteria(criteria: readonly StageCriterion[], ctx: TransitionContext, stageId: string | null = null): NotCheckedCriterion[] {
  return ctx.icpThreshold === null && criteria.some((c) => c.kind === 'icp_fit_at_least') ? [{ stageId, item: 'icpFit', why: 'no_icp' }] : [];
}
