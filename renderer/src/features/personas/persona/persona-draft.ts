import type { PersonaProblem } from '@shared/index';
import { newId, personaColors, type Persona } from '@shared/model';
import type { TFunction } from 'i18next';

/** The text lists of a persona, in the order the editor and the one-pager show them. */
export const personaLists = ['goals', 'pains', 'objections', 'buyingTriggers', 'channels', 'problemWords'] as const;
export type PersonaList = (typeof personaLists)[number];

/** A new persona at the end of the order, in the first colour no persona uses yet. */
export function newPersona(name: string, personas: readonly Persona[]): Persona {
  const used = new Set(personas.map((p) => p.color.toLowerCase()));
  return {
    id: newId(),
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
    name,
    color: personaColors.find((c) => !used.has(c)) ?? personaColors[personas.length % personaColors.length]!,
    decisionRole: null,
    titlePatterns: [],
    order: personas.length,
    goals: [],
    pains: [],
    objections: [],
    buyingTriggers: [],
    channels: [],
    problemWords: [],
  };
}

/** Moves item `from` of a list to `to`. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** The message of each persona problem, by persona and place (`name`, `color`, `titlePatterns.2`). */
export function personaProblemText(t: TFunction, problems: readonly PersonaProblem[]): (personaId: string, path: string) => string | undefined {
  const byPath = new Map<string, string>();
  for (const p of problems) {
    const key = `${p.personaId}:${p.field}${p.index === undefined ? '' : `.${p.index}`}`;
    if (!byPath.has(key)) byPath.set(key, t(`personas.persona.problems.${p.code}`));
  }
  return (personaId, path) => byPath.get(`${personaId}:${path}`);
}
