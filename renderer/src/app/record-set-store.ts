import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/**
 * The records behind a figure (a funnel bar, a report row), opened in the list that shows such
 * records: contacts in the leads list, deals in the pipeline's list view. `back` is the address of
 * the figure, so the list offers a way back to exactly where the user was.
 */
export type RecordSet = { workspaceId: string; label: string; ids: readonly string[]; back: string };

export type RecordKind = 'contacts' | 'deals';

type RecordSetState = {
  contacts: RecordSet | null;
  deals: RecordSet | null;
  /** Shows the set in its list (the page's address says `set=1` while it is on). */
  show(kind: RecordKind, set: Omit<RecordSet, 'back'>): void;
  clear(kind: RecordKind): void;
};

/** The set a list shows in this workspace, if any (a set from another workspace means nothing here). */
export const useShownSet = (kind: RecordKind, workspaceId: string): RecordSet | null =>
  useRecordSet((s) => (s[kind]?.workspaceId === workspaceId ? s[kind] : null));

/** Where each kind of record is listed. */
const listAddress: Record<RecordKind, string> = { contacts: '#/leads?set=1', deals: '#/pipeline?view=list&set=1' };

/**
 * UI state only: which record set a list narrows to. Kept for the tab's session (sessionStorage), so
 * a reload of `#/leads?set=1` shows the same records and the same way back; never in the workspace.
 */
export const useRecordSet = create<RecordSetState>()(
  persist(
    (set) => ({
      contacts: null,
      deals: null,
      show: (kind, recordSet) => {
        set({ [kind]: { ...recordSet, back: globalThis.location?.hash || '#/' } });
        if (globalThis.location) globalThis.location.hash = listAddress[kind];
      },
      clear: (kind) => set((s) => (s[kind] === null ? {} : { [kind]: null })),
    }),
    { name: 'baton.recordSet', storage: createJSONStorage(() => sessionStorage), partialize: ({ contacts, deals }) => ({ contacts, deals }) },
  ),
);
