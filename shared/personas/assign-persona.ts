import type { Persona } from '../model/persona';
import { compileWordPattern } from '../text/word-match';

export type PersonaMatch = { personaId: string; personaName: string; pattern: string };

/**
 * `/…/` is a regular expression; anything else is a word or phrase matched as whole words, so
 * "cto" does not find "Director" (Korean compounds by their parts: 팀장 finds 영업팀장).
 */
export function compileTitlePattern(pattern: string): (title: string) => boolean {
  const regex = /^\/(.+)\/([a-z]*)$/.exec(pattern);
  if (regex) {
    const compiled = new RegExp(regex[1]!, regex[2]!.includes('i') ? regex[2] : `${regex[2]}i`);
    return (title) => compiled.test(title);
  }
  return compileWordPattern(pattern);
}

export type PersonaMatcher = (jobTitle: string | null | undefined) => PersonaMatch | null;

/**
 * Ordered persona assignment from job titles (Korean titles too: 팀장, 이사, 대표…). Personas are
 * tried by their `order`, patterns in their listed order; the first match wins, so an ambiguous
 * title goes to the persona listed first. Returns the pattern that matched, for "why this persona".
 */
export function personaMatcher(personas: readonly Persona[]): PersonaMatcher {
  const compiled = [...personas]
    .filter((p) => p.deletedAt === null)
    .sort((a, b) => a.order - b.order)
    .flatMap((p) => p.titlePatterns.map((pattern) => ({ persona: p, pattern, test: compileTitlePattern(pattern) })));
  return (jobTitle) => {
    if (!jobTitle) return null;
    for (const { persona, pattern, test } of compiled) if (test(jobTitle)) return { personaId: persona.id, personaName: persona.name, pattern };
    return null;
  };
}

export function assignPersona(jobTitle: string | null | undefined, personas: readonly Persona[]): PersonaMatch | null {
  return personaMatcher(personas)(jobTitle);
}
