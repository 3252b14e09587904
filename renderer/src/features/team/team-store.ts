import { create } from 'zustand';

/** Which team dialog is open: UI state only (the palette's "Add a team member" opens the form from anywhere). */
export type TeamDialog = { kind: 'add' } | { kind: 'edit'; memberId: string } | { kind: 'deactivate'; memberId: string } | null;

export const useTeamDialog = create<{ dialog: TeamDialog; open(dialog: TeamDialog): void }>()((set) => ({
  dialog: null,
  open: (dialog) => set({ dialog }),
}));
