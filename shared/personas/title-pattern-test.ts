import type { Persona } from '../model/persona';
import { compileTitlePattern } from './assign-persona';
import { titlePatternProblem } from './validate-personas';

/** A job title of the workspace and how many contacts hold it. */
export type TitleCount = { title: string; count: number };

export type PatternTest = {
  /** Contacts any title of which this pattern matches, whoever wins them. */
  matched: number;
  /** Contacts this pattern assigns (it is the first to match their title). */
  assigned: number;
  /** The pattern cannot be compiled: it matches nothing. */
  invalid: boolean;
};

export type PersonaTest = {
  personaId: string;
  /** Contacts the persona gets (first match wins), and their distinct titles. */
  contacts: number;
  titles: number;
  patterns: PatternTest[];
};

/** A title that patterns of more than one persona match; `personaIds` in the order they are tried (the first wins). */
export type TitleConflict = { title: string; count: number; personaIds: string[] };

export type TitlePatternTest = {
  personas: PersonaTest[];
  conflicts: TitleConflict[];
  /** Contacts with a title no pattern matches. */
  unmatched: number;
  contactsWithTitle: number;
};

/**
 * Tests draft personas against the workspace's real job titles the way assignment works (personas by
 * order, patterns in order, first match wins): contacts per persona and per pattern, the titles that
 * two or more personas match (the conflicts the editor lists), and the titles nobody matches.
 */
export function testTitlePatterns(personas: readonly Persona[], titles: readonly TitleCount[]): TitlePatternTest {
  const ordered = [...personas].filter((p) => p.deletedAt === null).sort((a, b) => a.order - b.order);
  const compiled = ordered.map((p) => ({
    persona: p,
    tests: p.titlePatterns.map((pattern) => (titlePatternProblem(pattern) === null ? compileTitlePattern(pattern.trim()) : null)),
  }));
  const results: PersonaTest[] = compiled.map(({ persona, tests }) => ({
    personaId: persona.id,
    contacts: 0,
    titles: 0,
    patterns: tests.map((t) => ({ matched: 0, assigned: 0, invalid: t === null })),
  }));
  const conflicts: TitleConflict[] = [];
  let unmatched = 0;
  let contactsWithTitle = 0;
  for (const { title, count } of titles) {
    if (title.trim() === '') continue;
    contactsWithTitle += count;
    const matchedBy: string[] = [];
    let winner = true;
    compiled.forEach(({ persona, tests }, p) => {
      let personaMatched = false;
      tests.forEach((test, i) => {
        if (!test || !test(title)) return;
        const result = results[p]!.patterns[i]!;
        result.matched += count;
        if (winner) {
          result.assigned += count;
          results[p]!.contacts += count;
          results[p]!.titles++;
          winner = false;
        }
        personaMatched = true;
      });
      if (personaMatched) matchedBy.push(persona.id);
    });
    if (matchedBy.length === 0) unmatched += count;
    if (matchedBy.length > 1) conflicts.push({ title, count, personaIds: matchedBy });
  }
  conflicts.sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
  return { personas: results, conflicts, unmatched, contactsWithTitle };
}

/** Distinct titles with their counts, from every contact's title. */
export function countTitles(titles: Iterable<string | null | undefined>): TitleCount[] {
  const counts = new Map<string, number>();
  for (const t of titles) if (t && t.trim() !== '') counts.set(t.trim(), (counts.get(t.trim()) ?? 0) + 1);
  return [...counts].map(([title, count]) => ({ title, count }));
}
