import { create } from 'zustand';
import type { OpenedFile } from '../platform/platform';

/**
 * A design file the user opened with Baton (double-click, "Open with"): the Designs page offers to
 * import it, still as an explicit step since it replaces the live design. UI state only.
 */
export const useOpenedDesign = create<{ file: OpenedFile | null; offer: (file: OpenedFile) => void; clear: () => void }>((set) => ({
  file: null,
  offer: (file) => set({ file }),
  clear: () => set({ file: null }),
}));
