import { create } from 'zustand';
import type { FunnelSelector, Role } from '@shared/index';
import type { PeriodPreset } from '@shared/index';

/** One value per filter (empty: any); the report accepts lists, the page offers the common case. */
export type FunnelPageFilters = {
  ownerId: string | null;
  role: Role | null;
  source: string | null;
  personaId: string | null;
  pipelineId: string | null;
  tag: string | null;
};

export const noFunnelFilters: FunnelPageFilters = { ownerId: null, role: null, source: null, personaId: null, pipelineId: null, tag: null };

type FunnelPageState = {
  period: PeriodPreset;
  view: 'activity' | 'cohort';
  compare: boolean;
  filters: FunnelPageFilters;
  /** The figure whose contacts are listed (drill-down), or none. */
  drill: FunnelSelector | null;
  set(patch: Partial<Omit<FunnelPageState, 'set' | 'setFilters' | 'workspaceId' | 'enterWorkspace'>>): void;
  setFilters(patch: Partial<FunnelPageFilters>): void;
  workspaceId: string | null;
  enterWorkspace(workspaceId: string): void;
};

const initial = { period: 'this_quarter', view: 'activity', compare: true, filters: noFunnelFilters, drill: null } as const;

/** What the funnel page shows; a new workspace starts from the defaults. */
export const useFunnelPage = create<FunnelPageState>()((set) => ({
  ...initial,
  set: (patch) => set(patch),
  // A new filter changes the figures: a list drilled from the old ones would not match them.
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch }, drill: null })),
  workspaceId: null,
  enterWorkspace: (workspaceId) => set((s) => (s.workspaceId === workspaceId ? {} : s.workspaceId === null ? { workspaceId } : { workspaceId, ...initial })),
}));
