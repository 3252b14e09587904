import { useMemo } from 'react';
import { knownConditionFields, validateLifecycle, type LifecycleProblem } from '@shared/index';
import type { LifecycleDefinition } from '@shared/model';
import { useWorkspaceQuery } from '../../../workspace-api';
import { useDesigner } from '../designer-store';

/** The draft as it would be saved: suggested content without blank lines. */
export const cleanLifecycle = (l: LifecycleDefinition): LifecycleDefinition => ({
  ...l,
  stages: l.stages.map((s) => ({ ...s, name: s.name === null ? null : s.name.trim() || null, content: s.content.map((c) => c.trim()).filter(Boolean) })),
});

const fields = knownConditionFields();

export type LifecycleDraft = {
  /** The saved lifecycle (undefined while loading, null when the workspace has none). */
  saved: LifecycleDefinition | null | undefined;
  /** What the designer shows: the draft when there is one, else the saved lifecycle. */
  shown: LifecycleDefinition | null;
  dirty: boolean;
  problems: LifecycleProblem[];
  edit(next: LifecycleDefinition): void;
};

/** The lifecycle being designed and the engine's problems with it, live on every edit. */
export function useLifecycleDraft(): LifecycleDraft {
  const saved = useWorkspaceQuery((q) => q.activeLifecycle(), []);
  const { draft, base, edit } = useDesigner();
  // A draft of another workspace's lifecycle (the workspace was switched) is not this one's: its edit starts afresh.
  const current = draft && saved && draft.id === saved.id ? draft : null;
  const shown = current ?? saved ?? null;
  const problems = useMemo(() => (shown ? validateLifecycle(cleanLifecycle(shown), fields) : []), [shown]);
  // An edit taken back (a box unticked and ticked again, a number typed back) leaves nothing to save.
  const dirty = useMemo(
    () => current !== null && !!saved && JSON.stringify(cleanLifecycle(current)) !== JSON.stringify(cleanLifecycle(saved)),
    [current, saved],
  );
  return {
    saved: saved === undefined ? undefined : (saved ?? null),
    shown,
    dirty,
    problems,
    edit: (next) => saved && edit(next, current && base !== null ? base : saved.updatedAt),
  };
}
