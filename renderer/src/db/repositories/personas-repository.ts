import { cleanPersona, countTitles, personaMatcher, personaSchema, validatePersonas, type PersonaProblem, type TitleCount } from '@shared/index';
import type { Contact, Persona } from '@shared/model';
import { runWrite } from '../write-path';
import type { WorkspaceDb } from '../workspace-db';
import { saveContactChange } from './automation-repository';
import { getActiveDesign } from './scoring-context-repository';

/** Every live contact's job title, counted: what title patterns are tested against. */
export async function loadTitleCounts(db: WorkspaceDb): Promise<TitleCount[]> {
  const titles: (string | null)[] = [];
  await db.contacts.each((c) => {
    if (c.deletedAt === null) titles.push(c.jobTitle);
  });
  return countTitles(titles);
}

/** The personas' version an edit starts from: a save over a newer one (another window's) is refused. */
export const personasVersion = (personas: readonly Pick<Persona, 'updatedAt'>[]): number => personas.reduce((max, p) => Math.max(max, p.updatedAt), 0);

export type PersonasSaveProgress = { phase: 'saving' | 'assigning'; done: number; total: number; reassigned: number };

export type PersonasSaved = { personas: Persona[]; reassigned: number; handedOff: number };

export type PersonasSaveResult =
  | { ok: true; value: PersonasSaved }
  | { ok: false; reason: 'invalid'; problems: PersonaProblem[] }
  | { ok: false; reason: 'changed_since'; savedAt: number }
  | { ok: false; reason: 'no_design' }
  | { ok: false; reason: 'cancelled' };

class PersonasSaveCancelled extends Error {
  constructor() {
    super('Saving the personas was cancelled; nothing was written.');
    this.name = 'PersonasSaveCancelled';
  }
}

const BATCH = 2000;
const same = (a: Persona, b: Persona) => JSON.stringify({ ...a, updatedAt: 0 }) === JSON.stringify({ ...b, updatedAt: 0 });

/**
 * Saves the edited personas (all of them: order and patterns decide between personas) in one
 * write-path transaction, then assigns every contact the persona its job title now gets. A contact
 * whose persona changes is saved through the one contact write path (saveContactChange: rescored,
 * and the hand-off automation re-checked, since "persona assigned" is a stage criterion). Personas
 * missing from `drafts` are soft-deleted. Refused with the problems shared names, or when another
 * window saved personas after `baseVersion`; a cancel rolls everything back.
 */
export async function savePersonas(
  db: WorkspaceDb,
  drafts: readonly Persona[],
  baseVersion: number,
  now: number,
  hooks: { onProgress?: (p: PersonasSaveProgress) => void; cancelled?: () => boolean } = {},
): Promise<PersonasSaveResult> {
  const cleaned = drafts.map(cleanPersona);
  const problems = validatePersonas(cleaned);
  if (problems.length > 0) return { ok: false, reason: 'invalid', problems };
  const checkCancel = () => {
    if (hooks.cancelled?.()) throw new PersonasSaveCancelled();
  };
  try {
    return await runWrite(db, async (): Promise<PersonasSaveResult> => {
      const design = await getActiveDesign(db);
      if (!design) return { ok: false, reason: 'no_design' };
      const stored = await db.personas.toArray();
      const version = personasVersion(stored);
      if (version !== baseVersion) return { ok: false, reason: 'changed_since', savedAt: version };
      hooks.onProgress?.({ phase: 'saving', done: 0, total: 0, reassigned: 0 });
      const byId = new Map(stored.map((p) => [p.id, p]));
      const kept = new Set(cleaned.map((p) => p.id));
      const writes: Persona[] = [];
      cleaned.forEach((draft, order) => {
        const before = byId.get(draft.id);
        const next = personaSchema.parse({ ...draft, order, deletedAt: null, createdAt: before?.createdAt ?? now, updatedAt: now });
        if (!before || before.deletedAt !== null || !same(before, next)) writes.push(next);
      });
      for (const p of stored) if (p.deletedAt === null && !kept.has(p.id)) writes.push({ ...p, deletedAt: now, updatedAt: now });
      if (writes.length) await db.personas.bulkPut(writes);
      const live = (await db.personas.toArray()).filter((p) => p.deletedAt === null);
      const match = personaMatcher(live);
      const ids = (await db.contacts.toCollection().primaryKeys()) as string[];
      let reassigned = 0;
      let handedOff = 0;
      for (let start = 0; start < ids.length; start += BATCH) {
        checkCancel();
        const contacts = (await db.contacts.bulkGet(ids.slice(start, start + BATCH))).filter((c): c is Contact => !!c && c.deletedAt === null);
        for (const contact of contacts) {
          const personaId = match(contact.jobTitle)?.personaId ?? null;
          if (personaId === contact.personaId) continue;
          reassigned++;
          const saved = await saveContactChange(db, contact, { ...contact, personaId, updatedAt: now }, design, now);
          if (saved.applied.some((a) => a.kind === 'change_stage' && a.moved)) handedOff++;
        }
        hooks.onProgress?.({ phase: 'assigning', done: Math.min(ids.length, start + BATCH), total: ids.length, reassigned });
      }
      checkCancel();
      return { ok: true, value: { personas: live.sort((a, b) => a.order - b.order), reassigned, handedOff } };
    });
  } catch (error) {
    if (error instanceof PersonasSaveCancelled) return { ok: false, reason: 'cancelled' };
    throw error;
  }
}
