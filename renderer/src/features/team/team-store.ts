import { create } from 'zustand';

/** Which team dialog is open: UI state only (the palette's "Add a team member" opens the form from anywhere). */
export type TeamDialog = { kind: 'add' } | { kind: 'edit'; memberId: string } | { kind: 'deactivate'; memberId: string } | null;

type TeamDialogState = { dialog: TeamDialog; opener: HTMLElement | null; open(dialog: TeamDialog): void; close(): void };

/**
 * The dialogs mount already open, so the kit's focus return never sees them open; the store keeps
 * what had the focus and gives it back on close (a keyboard user stays on the row they were on).
 */
export const useTeamDialog = create<TeamDialogState>()((set, get) => ({
  dialog: null,
  opener: null,
  open: (dialog) =>
    set({ dialog, opener: document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null }),
  close: () => {
    const { opener } = get();
    set({ dialog: null, opener: null });
    requestAnimationFrame(() => {
      if (opener?.isConnected) opener.focus({ preventScroll: true });
      else document.querySelector<HTMLElement>('#team-title')?.focus({ preventScroll: true });
    });
  },
}));
