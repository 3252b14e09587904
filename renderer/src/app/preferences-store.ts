import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import i18next from 'i18next';
import { detectLanguage, type Language } from '../i18n';

export type Theme = 'light' | 'dark';

type Preferences = {
  language: Language;
  theme: Theme;
  setLanguage(language: Language): void;
  toggleTheme(): void;
};

/** Applies language and theme to the document so CSS and screen readers follow. */
export function applyPreferences({ language, theme }: { language: Language; theme: Theme }): void {
  document.documentElement.lang = language;
  document.documentElement.dataset['theme'] = theme;
  if (i18next.isInitialized && i18next.language !== language) void i18next.changeLanguage(language);
}

export const usePreferences = create<Preferences>()(
  persist(
    (set, get) => ({
      language: detectLanguage(globalThis.navigator?.languages ?? []),
      theme: globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
      setLanguage: (language) => {
        set({ language });
        applyPreferences(get());
      },
      toggleTheme: () => {
        set({ theme: get().theme === 'dark' ? 'light' : 'dark' });
        applyPreferences(get());
      },
    }),
    { name: 'baton.preferences', partialize: ({ language, theme }) => ({ language, theme }) },
  ),
);

// Language and theme are the machine's: a change in another window applies here too.
globalThis.addEventListener?.('storage', (event) => {
  if (event.key === 'baton.preferences') void usePreferences.persist.rehydrate()?.then(() => applyPreferences(usePreferences.getState()));
});
