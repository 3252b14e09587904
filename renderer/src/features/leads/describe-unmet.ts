import type { TFunction } from 'i18next';
import type { NotCheckedCriterion, UnmetCriterion } from '@shared/index';

const known = ['consent', 'persona', 'icpFit', 'engagement', 'handOffMeasure', 'bant', 'activity', 'amount', 'expectedCloseDate', 'dealWon'] as const;
type Known = (typeof known)[number];

/**
 * An unmet criterion in plain words ("amount", "hand-off score of at least 75 (now 60)"); unknown
 * items are field names. `stageName` names the hand-off stage for the skipped hand-off step.
 */
export function describeUnmet(t: TFunction, unmet: UnmetCriterion, stageName: (id: string) => string = (id) => id): string {
  if (unmet.item === 'handOffStep') return t('unmet.handOffStep', { stage: stageName(String(unmet.values['handOffStage'] ?? '')) });
  if (unmet.item === 'activity' && unmet.values['types'] === 'meeting_booked') return t('unmet.meeting');
  const values = Object.fromEntries(Object.entries(unmet.values).map(([k, v]) => [k, v ?? '—']));
  if ((known as readonly string[]).includes(unmet.item)) return t(`unmet.${unmet.item as Known}`, values);
  return t('unmet.field', { field: unmet.item });
}

/** What was skipped rather than checked, in words (today: the ICP criterion when no ICP is defined). */
export function describeNotChecked(t: TFunction, notChecked: readonly NotCheckedCriterion[]): string | null {
  if (notChecked.length === 0) return null;
  return t('stageControl.notChecked', { items: t('unmet.icpNotChecked') });
}

/** A way to fix it, where one is known. */
export function fixFor(t: TFunction, unmet: UnmetCriterion): string | null {
  if (unmet.item === 'amount') return t('fix.amount');
  if (unmet.item === 'expectedCloseDate') return t('fix.expectedCloseDate');
  if (unmet.item === 'consent') return t('fix.consent');
  if (unmet.item === 'persona') return t('fix.persona');
  return null;
}
