import type { TFunction } from 'i18next';
import type { KeptValue } from '@shared/index';

const named = ['firstName', 'lastName', 'email', 'phone', 'jobTitle', 'company', 'persona', 'owner', 'source', 'consent'] as const;
type Named = (typeof named)[number];

/** The other record's differing values a merge kept, in words: "e-mail: emma@old.example, phone: 010-…". */
export function describeKept(t: TFunction, kept: readonly KeptValue[]): string {
  return kept
    .map(({ field, value }) => {
      const label = (named as readonly string[]).includes(field)
        ? t(`mergeField.${field as Named}`)
        : field.startsWith('bant.')
          ? t(`bantEditor.${field.slice(5) as 'budget' | 'authority' | 'need' | 'timeframe'}`)
          : field.replace(/^customFields\./, '');
      return `${label}: ${value}`;
    })
    .join(', ');
}

/** The kept values stored in a merge note's meta (written by the merge), or [] when unreadable. */
export function keptFromMeta(meta: Record<string, string>): KeptValue[] {
  try {
    const parsed: unknown = JSON.parse(meta['kept'] ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((k): k is KeptValue => typeof k?.field === 'string' && typeof k?.value === 'string') : [];
  } catch {
    return [];
  }
}
