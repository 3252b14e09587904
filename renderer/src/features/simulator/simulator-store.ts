import { create } from 'zustand';
import { isPeriodPreset, type PeriodPreset } from '@shared/index';
import type { Address } from '../../app/feature-manifest';

/** Where the inputs start: the design's targets, or the workspace's figures for a period. */
export type SimBasis = 'design' | PeriodPreset;

/** What the user changed on top of the starting figures (the address keeps exactly this). */
export type SimEdits = {
  rates: Record<string, number>;
  days: Record<string, number>;
  volume: number | null;
  dealValue: number | null;
  target: number | null;
};

export const noEdits: SimEdits = { rates: {}, days: {}, volume: null, dealValue: null, target: null };

type SimulatorPageState = {
  workspaceId: string | null;
  basis: SimBasis;
  edits: SimEdits;
  /** Another workspace: its own design, so nothing carries over. */
  enterWorkspace(id: string): void;
  setBasis(basis: SimBasis): void;
  edit(patch: Partial<SimEdits>): void;
  setRate(stageId: string, rate: number): void;
  setDays(stageId: string, days: number): void;
  reset(): void;
  set(state: { basis: SimBasis; edits: SimEdits }): void;
};

export const useSimulatorPage = create<SimulatorPageState>()((set) => ({
  workspaceId: null,
  basis: 'design',
  edits: noEdits,
  enterWorkspace: (id) => set((s) => (s.workspaceId === id ? s : { workspaceId: id, ...(s.workspaceId === null ? {} : { basis: 'design', edits: noEdits }) })),
  setBasis: (basis) => set({ basis, edits: noEdits }),
  edit: (patch) => set((s) => ({ edits: { ...s.edits, ...patch } })),
  setRate: (stageId, rate) => set((s) => ({ edits: { ...s.edits, rates: { ...s.edits.rates, [stageId]: rate } } })),
  setDays: (stageId, days) => set((s) => ({ edits: { ...s.edits, days: { ...s.edits.days, [stageId]: days } } })),
  reset: () => set({ edits: noEdits }),
  set: (state) => set(state),
}));

const finite = (text: string | undefined, min: number, max: number): number | null => {
  if (text === undefined || text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) && value >= min && value <= max ? value : null;
};

const maxAmount = 1e15;

/** `#/simulator?from=this_quarter&volume=1200&deal=30000&target=…&rate.mql=0.45&days.mql=3`: a value out of range is left out. */
export function readSimulatorAddress({ params }: Address): { basis: SimBasis; edits: SimEdits } {
  const from = params.from;
  const basis: SimBasis = from && isPeriodPreset(from) ? from : 'design';
  const rates: Record<string, number> = {};
  const days: Record<string, number> = {};
  for (const [key, value] of Object.entries(params)) {
    const [kind, stageId] = key.split('.');
    if (!stageId || !/^[a-z][a-z0-9_]*$/.test(stageId)) continue;
    if (kind === 'rate') {
      const rate = finite(value, 0, 1);
      if (rate !== null) rates[stageId] = rate;
    } else if (kind === 'days') {
      const d = finite(value, 0, 3650);
      if (d !== null) days[stageId] = d;
    }
  }
  return {
    basis,
    edits: {
      rates,
      days,
      volume: finite(params.volume, 0, 10_000_000),
      dealValue: finite(params.deal, 0, maxAmount),
      target: finite(params.target, 0, maxAmount),
    },
  };
}

export function writeSimulatorAddress(basis: SimBasis, edits: SimEdits): Address {
  const params: Record<string, string> = {};
  if (basis !== 'design') params.from = basis;
  if (edits.volume !== null) params.volume = String(edits.volume);
  if (edits.dealValue !== null) params.deal = String(edits.dealValue);
  if (edits.target !== null) params.target = String(edits.target);
  for (const [id, rate] of Object.entries(edits.rates)) params[`rate.${id}`] = String(rate);
  for (const [id, d] of Object.entries(edits.days)) params[`days.${id}`] = String(d);
  return { path: [], params };
}
