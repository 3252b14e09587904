import { create } from 'zustand';
import type { PeriodPreset, WinRatesOptions } from '@shared/index';

export type ReportsTab = 'roles' | 'sales' | 'tasks' | 'calibration';

type ReportsPageState = {
  tab: ReportsTab;
  period: PeriodPreset;
  pipelineId: string | null;
  ownerId: string | null;
  winRatesBy: WinRatesOptions['by'];
  set(patch: Partial<Omit<ReportsPageState, 'set'>>): void;
};

/** What the reports page shows (UI state only). */
export const useReportsPage = create<ReportsPageState>()((set) => ({
  tab: 'roles',
  period: 'this_quarter',
  pipelineId: null,
  ownerId: null,
  winRatesBy: 'owner',
  set: (patch) => set(patch),
}));
