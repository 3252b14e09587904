import { create } from 'zustand';

/** Whether the "demo data for this design" dialog is open (the palette and the simulator open it). */
export const useDemoDialog = create<{ open: boolean; setOpen(open: boolean): void }>()((set) => ({ open: false, setOpen: (open) => set({ open }) }));
