import { create } from 'zustand';
import type { Icp, Persona } from '@shared/model';

export type PersonasTab = 'icp' | 'personas' | 'voice' | 'content';
export const personasTabs: readonly PersonasTab[] = ['icp', 'personas', 'voice', 'content'];

/**
 * The page's place (tab, open persona, the one-pager: all in the address) and the unsaved drafts, kept
 * here rather than in a component so switching tabs keeps an edit. `base` is what the edit started
 * from (the ICP's `updatedAt`, the personas' version): a save over a newer one is refused.
 */
type PersonasState = {
  /** The workspace the drafts belong to: another workspace starts clean. */
  workspaceId: string | null;
  tab: PersonasTab;
  personaId: string | null;
  onePagerId: string | null;
  icpDraft: { icp: Icp; base: number | null } | null;
  personasDraft: { personas: Persona[]; base: number } | null;
  setTab(tab: PersonasTab): void;
  openPersona(personaId: string | null): void;
  openOnePager(personaId: string | null): void;
  editIcp(draft: { icp: Icp; base: number | null } | null): void;
  editPersonas(draft: { personas: Persona[]; base: number } | null): void;
  reset(workspaceId: string): void;
};

export const usePersonasPage = create<PersonasState>()((set) => ({
  workspaceId: null,
  tab: 'personas',
  personaId: null,
  onePagerId: null,
  icpDraft: null,
  personasDraft: null,
  setTab: (tab) => set({ tab, onePagerId: null }),
  openPersona: (personaId) => set({ personaId }),
  openOnePager: (onePagerId) => set({ onePagerId }),
  editIcp: (icpDraft) => set({ icpDraft }),
  editPersonas: (personasDraft) => set({ personasDraft }),
  reset: (workspaceId) => set({ workspaceId, personaId: null, onePagerId: null, icpDraft: null, personasDraft: null }),
}));
