import { create } from 'zustand';
import { persist } from 'zustand/middleware';

/** SLA breaches the user has seen, per workspace (breaches are derived from tasks, so "read" lives here). */
export const useSeenBreaches = create<{ byWorkspace: Record<string, string[]>; see(workspaceId: string, ids: readonly string[]): void }>()(
  persist(
    (set) => ({
      byWorkspace: {},
      see: (workspaceId, ids) =>
        set((s) => ({ byWorkspace: { ...s.byWorkspace, [workspaceId]: [...new Set([...(s.byWorkspace[workspaceId] ?? []), ...ids])].slice(-500) } })),
    }),
    { name: 'baton.seen-breaches' },
  ),
);
const none: string[] = [];
export const seenBreachesOf = (state: { byWorkspace: Record<string, string[]> }, workspaceId: string) => state.byWorkspace[workspaceId] ?? none;
