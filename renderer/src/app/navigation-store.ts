import { create } from 'zustand';

/** The current page (a feature id); useRouteSync mirrors it in the URL hash and sends unknown pages home. */
export const useNavigation = create<{ page: string; go(page: string): void }>()((set) => ({
  page: globalThis.location?.hash.replace(/^#\/?/, '').split(/[/?]/)[0] || 'leads',
  go: (page) => set({ page }),
}));
