import { useTranslation } from 'react-i18next';
import { languages } from '../i18n';
import { pages, useNavigation, type Page } from './navigation-store';
import { usePreferences } from './preferences-store';
import { useWorkspace, useWorkspaceList } from '../workspace-api';
import { useLeads } from '../features/leads/leads-store';

export type Command = { id: string; group: 'navigate' | 'workspace' | 'preferences'; label: string; keywords?: string[]; run(): void };

/** Every action the command palette offers; features add theirs here as they arrive. */
export function useCommands(onNewWorkspace: () => void): Command[] {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  const { language, setLanguage, toggleTheme } = usePreferences();
  const { current, open, loadDemo } = useWorkspace();
  const workspaces = useWorkspaceList();
  const navigate: Command[] = pages.map((page: Page) => ({
    id: `go.${page}`,
    group: 'navigate',
    label: t(`nav.${page}`),
    keywords: [page],
    run: () => go(page),
  }));
  const workspace: Command[] = [
    ...workspaces
      .filter((w) => w.id !== current?.entry.id)
      .map((w): Command => ({ id: `workspace.open.${w.id}`, group: 'workspace', label: t('palette.switchTo', { name: w.name }), run: () => void open(w.id) })),
    {
      id: 'contact.add',
      group: 'workspace',
      label: t('quickAdd.open'),
      keywords: ['new contact', 'lead', '연락처'],
      run: () => {
        go('leads');
        useLeads.getState().setQuickAddOpen(true);
      },
    },
    { id: 'workspace.new', group: 'workspace', label: t('palette.newEmpty'), run: onNewWorkspace },
    { id: 'workspace.demo', group: 'workspace', label: t('palette.loadDemo'), keywords: ['demo', '데모'], run: () => void loadDemo(language) },
  ];
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
  return [...navigate, ...workspace, ...preferences];
}
