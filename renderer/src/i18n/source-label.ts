import type { TFunction } from 'i18next';

/** Where leads and consents come from in the demo and the default design: words for each, in both languages. */
const knownSources = ['website', 'webinar', 'event', 'referral', 'linkedin', 'outbound', 'newsletter', 'opt_in_form'] as const;
type KnownSource = (typeof knownSources)[number];
const isKnown = (source: string): source is KnownSource => (knownSources as readonly string[]).includes(source);

/** A source in words: the known ones translated, anything a user or an import typed shown as typed. */
export function sourceLabel(t: TFunction, source: string | null): string {
  if (source === null) return '—';
  return isKnown(source) ? t(`source.${source}`) : source;
}
