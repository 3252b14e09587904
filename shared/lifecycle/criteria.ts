import { compileCondition } from '../conditions/field-condition';
import type { Company } from '../model/company';
import type { Contact } from '../model/contact';
import type { Deal } from '../model/deal';
import type { ActivityType } from '../model/identifiers';
import type { StageCriterion } from '../model/lifecycle';

/** Facts about a contact that stage criteria look at, gathered by the caller. */
export type TransitionContext = {
  company?: Company | null;
  activityTypes: ReadonlySet<ActivityType>;
  deals: readonly Pick<Deal, 'amount' | 'expectedCloseDate' | 'status' | 'deletedAt'>[];
  scores: { engagement: number; bant: number; icpFit: number | null };
  handOffThreshold: number;
};

/**
 * One criterion a move failed: `item` is the short name the UI turns into words and a fix
 * ("Opportunity needs: amount, expected close date"); `values` carries the numbers involved.
 */
export type UnmetCriterion = { criterion: StageCriterion; item: string; messageKey: string; values: Record<string, string | number | null> };

const liveDeals = (ctx: TransitionContext) => ctx.deals.filter((d) => d.deletedAt === null && d.status !== 'lost');

/** null when met, else what is missing. */
export function checkCriterion(criterion: StageCriterion, contact: Contact, ctx: TransitionContext): UnmetCriterion | null {
  const unmet = (item: string, values: UnmetCriterion['values'] = {}): UnmetCriterion => ({
    criterion,
    item,
    messageKey: `criterion.${criterion.kind}`,
    values,
  });
  switch (criterion.kind) {
    case 'consent_present':
      return contact.consent.status === 'granted' ? null : unmet('consent');
    case 'persona_assigned':
      return contact.personaId ? null : unmet('persona');
    case 'icp_fit_at_least':
      return ctx.scores.icpFit !== null && ctx.scores.icpFit >= criterion.min ? null : unmet('icpFit', { min: criterion.min, actual: ctx.scores.icpFit });
    case 'engagement_at_least': {
      const min = criterion.min ?? ctx.handOffThreshold;
      return ctx.scores.engagement >= min ? null : unmet('engagement', { min, actual: Math.round(ctx.scores.engagement * 10) / 10 });
    }
    case 'bant_at_least':
      return ctx.scores.bant >= criterion.min ? null : unmet('bant', { min: criterion.min, actual: Math.round(ctx.scores.bant * 10) / 10 });
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
export function unmetCriteria(criteria: readonly StageCriterion[], contact: Contact, ctx: TransitionContext): UnmetCriterion[] {
  const result: UnmetCriterion[] = [];
  for (const c of criteria) {
    const missing = checkCriterion(c, contact, ctx);
    if (missing) result.push(missing);
  }
  return result;
}
