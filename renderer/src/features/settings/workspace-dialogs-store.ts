import { create } from 'zustand';

/** Which workspace dialog is open (Settings' buttons and the palette's commands open them). */
export type WorkspaceDialog = { kind: 'rename'; id: string } | { kind: 'delete'; id: string } | { kind: 'import' } | null;

export const useWorkspaceDialogs = create<{ dialog: WorkspaceDialog; show(dialog: WorkspaceDialog): void }>()((set) => ({
  dialog: null,
  show: (dialog) => set({ dialog }),
}));
