import type { TFunction } from 'i18next';
import type { UnmetCriterion } from '@shared/index';

const known = ['consent', 'persona', 'icpFit', 'engagement', 'bant', 'activity', 'amount', 'expectedCloseDate', 'dealWon'] as const;
type Known = (typeof known)[number];

/** An unmet criterion in plain words ("amount", "engagement of at least 75 (now 60)"); unknown items are field names. */
export function describeUnmet(t: TFunction, unmet: UnmetCriterion): string {
  const values = Object.fromEntries(Object.entries(unmet.values).map(([k, v]) => [k, v ?? '—']));
  if ((known as readonly string[]).includes(unmet.item)) return t(`unmet.${unmet.item as Known}`, values);
  return t('unmet.field', { field: unmet.item });
}

/** A way to fix it, where one is known. */
export function fixFor(t: TFunction, unmet: UnmetCriterion): string | null {
  if (unmet.item === 'amount') return t('fix.amount');
  if (unmet.item === 'expectedCloseDate') return t('fix.expectedCloseDate');
  return null;
}
