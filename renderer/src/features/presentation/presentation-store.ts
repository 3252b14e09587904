import { create } from 'zustand';

/** The steps of a presentation, in order: the design, its funnel, what if. */
export const presentationSteps = ['design', 'funnel', 'simulator'] as const;
export type PresentationStep = (typeof presentationSteps)[number];

type PresentationState = {
  open: boolean;
  step: number;
  start(step?: number): void;
  next(): void;
  previous(): void;
  leave(): void;
};

/** Whether presentation mode is on and which step it shows (the palette, the simulator's button and the keyboard drive it). */
export const usePresentation = create<PresentationState>()((set) => ({
  open: false,
  step: 0,
  start: (step = 0) => set({ open: true, step }),
  next: () => set((s) => ({ step: Math.min(presentationSteps.length - 1, s.step + 1) })),
  previous: () => set((s) => ({ step: Math.max(0, s.step - 1) })),
  leave: () => set({ open: false }),
}));
