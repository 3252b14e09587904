import { create } from 'zustand';

/** Board filters: narrow the deals shown (and counted in the headers). */
export type BoardFilters = {
  ownerId: string | null;
  closeMonth: string | null;
  rottingOnly: boolean;
  search: string;
  minAmount: number | null;
  maxAmount: number | null;
};

export const noBoardFilters: BoardFilters = { ownerId: null, closeMonth: null, rottingOnly: false, search: '', minAmount: null, maxAmount: null };

type PipelineState = {
  /** null: the workspace's sales pipeline. */
  pipelineId: string | null;
  view: 'board' | 'list';
  filters: BoardFilters;
  /** The deal whose drawer is open. */
  openDealId: string | null;
  setPipeline(pipelineId: string | null): void;
  setView(view: 'board' | 'list'): void;
  setFilters(patch: Partial<BoardFilters>): void;
  clearFilters(): void;
  openDeal(dealId: string | null): void;
  workspaceId: string | null;
  enterWorkspace(workspaceId: string): void;
};

/** What the pipeline screen shows; resets when another workspace is opened. */
export const usePipeline = create<PipelineState>()((set) => ({
  pipelineId: null,
  view: 'board',
  filters: noBoardFilters,
  openDealId: null,
  setPipeline: (pipelineId) => set({ pipelineId, openDealId: null }),
  setView: (view) => set({ view }),
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  clearFilters: () => set({ filters: noBoardFilters }),
  openDeal: (openDealId) => set({ openDealId }),
  workspaceId: null,
  enterWorkspace: (workspaceId) =>
    set((s) =>
      s.workspaceId === workspaceId
        ? {}
        : s.workspaceId === null
          ? { workspaceId }
          : { workspaceId, pipelineId: null, filters: noBoardFilters, openDealId: null },
    ),
}));
