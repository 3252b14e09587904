import { useEffect, useRef } from 'react';
import { reportError } from '../ui';
import type { Command } from './feature-manifest';
import { useNavigation } from './navigation-store';
import { usePreferences } from './preferences-store';
import { platform } from './services';

/** Tells the host the app's language, so the desktop menu speaks it too. */
export function LanguageToHost() {
  const language = usePreferences((s) => s.language);
  useEffect(() => void platform.setLanguage(language).catch(reportError), [language]);
  return null;
}

export type MenuCommandsProps = { commands: readonly Command[]; openPalette(): void };

/**
 * Runs what the desktop menu asks for. Its items are the palette's own commands by id (new
 * workspace, import, export, CSV import, backup, restore, theme), so both do exactly the same.
 */
export function MenuCommands({ commands, openPalette }: MenuCommandsProps) {
  const latest = useRef({ commands, openPalette });
  useEffect(() => {
    latest.current = { commands, openPalette };
  });
  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command === 'palette.open') return latest.current.openPalette();
        // Settings lists the workspaces side by side, each with Open.
        if (command === 'workspace.switch') return useNavigation.getState().go('settings');
        latest.current.commands.find((c) => c.id === command)?.run();
      }),
    [],
  );
  return null;
}
