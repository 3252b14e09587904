import { useTranslation } from 'react-i18next';
import { languages } from '../i18n';
import type { Command, FeatureManifest } from './feature-manifest';
import { useNavigation } from './navigation-store';
import { usePreferences } from './preferences-store';

/** Every action the command palette offers: a page for each feature, the preferences, and what features add. */
export function useCommands(features: readonly FeatureManifest[]): Command[] {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  const { language, setLanguage, toggleTheme } = usePreferences();
  const navigate = features.flatMap((f): Command[] =>
    f.page ? [{ id: `go.${f.id}`, group: 'navigate', label: f.page.label(t), keywords: [f.id], run: () => go(f.id) }] : [],
  );
  const added: Command[] = [];
  // The manifest list is a module constant, so these hooks run in the same order on every render.
  for (const f of features) if (f.useCommands) added.push(...f.useCommands());
  const preferences: Command[] = [
    { id: 'prefs.theme', group: 'preferences', label: t('palette.toggleTheme'), keywords: ['dark', 'light', 'theme', '테마'], run: toggleTheme },
    ...languages
      .filter((l) => l !== language)
      .map((l): Command => ({
        id: `prefs.language.${l}`,
        group: 'preferences',
        label: t('palette.switchLanguage', { language: t(`languageName.${l}`) }),
        keywords: ['language', '언어'],
        run: () => setLanguage(l),
      })),
  ];
  return [...navigate, ...added, ...preferences];
}
