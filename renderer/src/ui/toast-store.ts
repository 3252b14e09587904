import { create } from 'zustand';

/** A short message about something that happened, with an optional action (Undo). */
export type Toast = {
  id: number;
  text: string;
  tone: 'ok' | 'error';
  action?: { label: string; run: () => void };
  /** The workspace an action belongs to: its toast goes when another workspace opens (its Undo would act on the one left). */
  scope?: string;
};

type ToastState = {
  toasts: Toast[];
  show(toast: Omit<Toast, 'id'>): number;
  dismiss(id: number): void;
  /** Drops the toasts of every other workspace's actions. */
  keepScope(scope: string): void;
};

let next = 1;

/** UI state only: which toasts are on screen. */
export const useToasts = create<ToastState>()((set) => ({
  toasts: [],
  show: (toast) => {
    const id = next++;
    // The newest three stay: a burst of failures must not bury the screen.
    set((s) => ({ toasts: [...s.toasts, { ...toast, id }].slice(-3) }));
    return id;
  },
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
  keepScope: (scope) => set((s) => ({ toasts: s.toasts.filter((t) => t.scope === undefined || t.scope === scope) })),
}));

/** Shows a toast from anywhere (an action's failure, an unhandled rejection). */
export const showToast = (toast: Omit<Toast, 'id'>): number => useToasts.getState().show(toast);
