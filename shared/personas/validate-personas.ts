import type { Persona } from '../model/persona';
import { personaColorSchema } from '../model/persona';

export type PersonaProblemCode =
  'name_empty' | 'name_duplicate' | 'color_invalid' | 'pattern_empty' | 'pattern_invalid' | 'pattern_matches_everything' | 'pattern_duplicate';

/** What is wrong with which persona: `field` is `name`, `color` or `titlePatterns`, `index` the pattern's place. */
export type PersonaProblem = { personaId: string; field: 'name' | 'color' | 'titlePatterns'; index?: number; code: PersonaProblemCode; detail?: string };

const REGEX = /^\/(.+)\/([a-z]*)$/;

/** Why a title pattern cannot be used, or null. A `/…/` pattern must compile and must not match an empty title. */
export function titlePatternProblem(pattern: string): { code: PersonaProblemCode; detail?: string } | null {
  if (pattern.trim() === '') return { code: 'pattern_empty' };
  const regex = REGEX.exec(pattern.trim());
  if (!regex) return /[\p{L}\p{N}]/u.test(pattern) ? null : { code: 'pattern_empty' };
  try {
    const compiled = new RegExp(regex[1]!, regex[2]!.includes('i') ? regex[2] : `${regex[2]}i`);
    // A pattern that matches nothing at all (".*", "a?") would take every title, even a blank one.
    if (compiled.test('')) return { code: 'pattern_matches_everything' };
    return null;
  } catch (error) {
    return { code: 'pattern_invalid', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** Every problem of the personas being edited (live ones only); empty when they can be saved. */
export function validatePersonas(personas: readonly Persona[]): PersonaProblem[] {
  const live = personas.filter((p) => p.deletedAt === null);
  const problems: PersonaProblem[] = [];
  const names = new Map<string, number>();
  for (const p of live) names.set(p.name.trim().toLocaleLowerCase(), (names.get(p.name.trim().toLocaleLowerCase()) ?? 0) + 1);
  for (const p of live) {
    const name = p.name.trim();
    if (name === '') problems.push({ personaId: p.id, field: 'name', code: 'name_empty' });
    else if ((names.get(name.toLocaleLowerCase()) ?? 0) > 1) problems.push({ personaId: p.id, field: 'name', code: 'name_duplicate' });
    if (!personaColorSchema.safeParse(p.color).success) problems.push({ personaId: p.id, field: 'color', code: 'color_invalid' });
    const seen = new Set<string>();
    p.titlePatterns.forEach((pattern, index) => {
      const problem = titlePatternProblem(pattern);
      if (problem) return problems.push({ personaId: p.id, field: 'titlePatterns', index, ...problem });
      const key = pattern.trim().toLocaleLowerCase();
      if (seen.has(key)) problems.push({ personaId: p.id, field: 'titlePatterns', index, code: 'pattern_duplicate' });
      seen.add(key);
    });
  }
  return problems;
}

/** The persona as saved: names and patterns trimmed, empty lines of the text lists dropped. */
export function cleanPersona(p: Persona): Persona {
  const lines = (list: readonly string[]) => list.map((l) => l.trim()).filter((l) => l !== '');
  return {
    ...p,
    name: p.name.trim(),
    titlePatterns: lines(p.titlePatterns),
    goals: lines(p.goals),
    pains: lines(p.pains),
    objections: lines(p.objections),
    buyingTriggers: lines(p.buyingTriggers),
    channels: lines(p.channels),
    problemWords: lines(p.problemWords),
  };
}
