import { create } from 'zustand';
import type { Pipeline } from '@shared/model';

/** Board filters: narrow the deals shown (and counted in the headers). */
export type BoardFilters = {
  ownerId: string | null;
  closeMonth: string | null;
  rottingOnly: boolean;
  search: string;
  minAmount: number | null;
  maxAmount: number | null;
  /** A deal's source (where it came from); '' stands for deals without one. */
  source: string | null;
  /** A deal's product (its `product` custom field, as imports and the reports read it). */
  product: string | null;
};

export const noBoardFilters: BoardFilters = {
  ownerId: null,
  closeMonth: null,
  rottingOnly: false,
  search: '',
  minAmount: null,
  maxAmount: null,
  source: null,
  product: null,
};

/** Whether any filter narrows the board. */
export const isFiltered = (filters: BoardFilters) => Object.entries(filters).some(([key, value]) => value !== noBoardFilters[key as keyof BoardFilters]);

type PipelineState = {
  /**
   * The pipeline shown, as the address names it: its kind ("sales") while it is the only one of its
   * kind, else its id; null: the workspace's sales pipeline.
   */
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

/** How the address names a pipeline: by its kind while it is the only live one of that kind ("sales"), else by id. */
export function pipelineRef(pipelines: readonly Pick<Pipeline, 'id' | 'kind'>[], pipelineId: string): string {
  const pipeline = pipelines.find((p) => p.id === pipelineId);
  if (!pipeline) return pipelineId;
  return pipelines.filter((p) => p.kind === pipeline.kind).length === 1 ? pipeline.kind : pipeline.id;
}
