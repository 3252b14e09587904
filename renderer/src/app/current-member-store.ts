import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { TeamMember } from '@shared/model';

/** Who is using Baton on this machine, per workspace ("My hand-offs", who moved a stage). */
export const useCurrentMemberChoice = create<{ byWorkspace: Record<string, string>; choose(workspaceId: string, memberId: string): void }>()(
  persist((set) => ({ byWorkspace: {}, choose: (workspaceId, memberId) => set((s) => ({ byWorkspace: { ...s.byWorkspace, [workspaceId]: memberId } })) }), {
    name: 'baton.current-member',
  }),
);

// Another window of this workspace chose someone else: this one follows (the choice is per machine, not per window).
globalThis.addEventListener?.('storage', (event) => {
  if (event.key === 'baton.current-member') void useCurrentMemberChoice.persist.rehydrate();
});

/** The chosen member, else the first SDR (the person who lives in the leads list), else anyone. */
export function resolveCurrentMember(team: readonly TeamMember[], chosenId: string | undefined): TeamMember | null {
  const live = team.filter((m) => m.deletedAt === null);
  return live.find((m) => m.id === chosenId) ?? live.find((m) => m.role === 'sdr' && m.active) ?? live[0] ?? null;
}
