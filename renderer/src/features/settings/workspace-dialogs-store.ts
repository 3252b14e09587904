import { create } from 'zustand';
import type { OpenedFile } from '../../platform/platform';

/** Which workspace dialog is open (Settings' buttons and the palette's commands open them). */
export type WorkspaceDialog =
  | { kind: 'rename'; id: string }
  | { kind: 'delete'; id: string }
  /** `file`: a workspace file the user opened with Baton, already chosen. */
  | { kind: 'import'; file?: OpenedFile }
  | { kind: 'restore' }
  | null;

export const useWorkspaceDialogs = create<{ dialog: WorkspaceDialog; show(dialog: WorkspaceDialog): void }>()((set) => ({
  dialog: null,
  show: (dialog) => set({ dialog }),
}));
