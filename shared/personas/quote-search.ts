import type { VocQuote } from '../model/voc-quote';

/** Which quotes a library view shows: every persona's, the workspace-wide ones, or one persona's. */
export type QuoteScope = { kind: 'all' } | { kind: 'workspace' } | { kind: 'persona'; personaId: string };

export type QuoteFilter = { text: string; topic: string | null; scope: QuoteScope };

/**
 * Text for substring search: NFC (a file typed on a Mac may hold Hangul as separate jamo, which would
 * not match the composed syllables typed in the search box) and lower case.
 */
export const searchable = (text: string): string => text.normalize('NFC').toLocaleLowerCase();

/** One quote's searchable text: the quote, its topic, notes and source. */
export const quoteHaystack = (q: Pick<VocQuote, 'quote' | 'topic' | 'notes' | 'source'>): string =>
  searchable(`${q.quote}\n${q.topic}\n${q.notes}\n${q.source}`);

/**
 * The live quotes a search shows, newest said first: a substring search (Korean compounds have no
 * word breaks, so "품질" must find "리드품질") over quote, topic, notes and source, every word of
 * the search present, narrowed by topic and persona.
 */
export function searchQuotes(quotes: readonly VocQuote[], filter: QuoteFilter): VocQuote[] {
  const needles = searchable(filter.text).split(/\s+/).filter(Boolean);
  const topic = filter.topic === null ? null : searchable(filter.topic);
  return quotes
    .filter((q) => {
      if (q.deletedAt !== null) return false;
      if (filter.scope.kind === 'workspace' && q.personaId !== null) return false;
      if (filter.scope.kind === 'persona' && q.personaId !== filter.scope.personaId) return false;
      if (topic !== null && searchable(q.topic) !== topic) return false;
      if (needles.length === 0) return true;
      const hay = quoteHaystack(q);
      return needles.every((n) => hay.includes(n));
    })
    .sort((a, b) => (b.saidAt ?? b.createdAt) - (a.saidAt ?? a.createdAt) || b.createdAt - a.createdAt);
}

/** The topics in use with how many live quotes each has, most used first. */
export function quoteTopics(quotes: readonly VocQuote[]): { topic: string; count: number }[] {
  const counts = new Map<string, { topic: string; count: number }>();
  for (const q of quotes) {
    if (q.deletedAt !== null || q.topic.trim() === '') continue;
    const key = searchable(q.topic.trim());
    const entry = counts.get(key) ?? { topic: q.topic.trim(), count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic));
}

/** The source kind a source text suggests: a web address, an interview, a forum, or something else. */
export function sourceKindOf(source: string): VocQuote['sourceKind'] {
  const s = searchable(source.trim());
  if (/^https?:\/\//.test(s)) return /forum|community|reddit|thread|커뮤니티|포럼|카페/.test(s) ? 'forum' : 'url';
  if (/interview|call with|인터뷰|면담/.test(s)) return 'interview';
  if (/forum|community|reddit|포럼|커뮤니티|카페/.test(s)) return 'forum';
  return 'other';
}
