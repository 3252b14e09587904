import { create } from 'zustand';
import type { LifecycleDefinition } from '@shared/model';

export type DesignerTab = 'lifecycle' | 'table' | 'scoring' | 'routing';
export const designerTabs: readonly DesignerTab[] = ['lifecycle', 'table', 'scoring', 'routing'];

/**
 * The Designer's place (tab, open stage: both in the address) and the lifecycle being edited. The
 * draft lives here, not in a component, so the Table tab shows the same unsaved design; `base` is the
 * `updatedAt` of the lifecycle the edit started from (a save over a newer one is refused).
 */
type DesignerState = {
  tab: DesignerTab;
  stageId: string | null;
  draft: LifecycleDefinition | null;
  base: number | null;
  setTab(tab: DesignerTab): void;
  openStage(stageId: string | null): void;
  edit(draft: LifecycleDefinition, base: number): void;
  discard(): void;
};

export const useDesigner = create<DesignerState>()((set) => ({
  tab: 'lifecycle',
  stageId: null,
  draft: null,
  base: null,
  setTab: (tab) => set({ tab }),
  openStage: (stageId) => set({ stageId }),
  edit: (draft, base) => set({ draft, base }),
  discard: () => set({ draft: null, base: null }),
}));
