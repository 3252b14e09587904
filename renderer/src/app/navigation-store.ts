import { create } from 'zustand';

export const pages = ['leads', 'pipeline', 'personas', 'funnel', 'reports', 'settings'] as const;
export type Page = (typeof pages)[number];

const isPage = (value: string): value is Page => (pages as readonly string[]).includes(value);

/** Current page; useRouteSync mirrors it in the URL hash so a reload keeps the user where they were. */
export const useNavigation = create<{ page: Page; go(page: Page): void }>()((set) => ({
  page: (() => {
    const fromHash = globalThis.location?.hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
    return isPage(fromHash) ? fromHash : 'leads';
  })(),
  go: (page) => set({ page }),
}));
