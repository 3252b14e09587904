import { useTranslation } from 'react-i18next';
import { platform } from '../../app/services';
import { showToast } from '../../ui';
import { workspaceManager, type WorkspaceEntry } from '../../workspace-api';

export const workspaceFileFilters = [{ name: 'Baton workspace', extensions: ['baton'] }];

/** Export and duplicate: one step each, answered in a toast (Settings' menu and the palette share them). */
export function useWorkspaceActions() {
  const { t } = useTranslation();
  return {
    exportFile: async (entry: WorkspaceEntry) => {
      const file = await workspaceManager.exportFile(entry.id);
      if (await platform.saveFile(file.name, file.data, workspaceFileFilters))
        showToast({ tone: 'ok', text: t('workspaceFiles.exported', { file: file.name }) });
    },
    duplicate: async (entry: WorkspaceEntry) => {
      const copy = await workspaceManager.duplicate(entry.id, t('workspaceFiles.copyName', { name: entry.name }));
      showToast({ tone: 'ok', text: t('workspaceFiles.duplicated', { name: copy.name }) });
    },
  };
}
