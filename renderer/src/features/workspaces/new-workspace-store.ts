import { create } from 'zustand';

/** Whether the "new empty workspace" dialog is open (the palette opens it). */
export const useNewWorkspaceDialog = create<{ open: boolean; setOpen(open: boolean): void }>()((set) => ({ open: false, setOpen: (open) => set({ open }) }));
