import { useTranslation } from 'react-i18next';
import type { Command } from '../../app/feature-manifest';
import { reportError } from '../../ui';
import { useWorkspace } from '../../workspace-api';
import { useBackupNow } from './use-backup-now';
import { useWorkspaceActions } from './workspace-actions';
import { useWorkspaceDialogs } from './workspace-dialogs-store';

/** The palette's workspace-file commands for the open workspace. */
export function useWorkspaceCommands(): Command[] {
  const { t } = useTranslation();
  const current = useWorkspace((s) => s.current);
  const show = useWorkspaceDialogs((s) => s.show);
  const actions = useWorkspaceActions();
  const backUpNow = useBackupNow();
  if (!current) return [];
  const { entry } = current;
  return [
    { id: 'workspace.export', group: 'workspace', label: t('workspaceFiles.paletteExport'), run: () => void actions.exportFile(entry).catch(reportError) },
    { id: 'workspace.import', group: 'workspace', label: t('workspaceFiles.paletteImport'), run: () => show({ kind: 'import' }) },
    { id: 'workspace.rename', group: 'workspace', label: t('workspaceFiles.paletteRename'), run: () => show({ kind: 'rename', id: entry.id }) },
    { id: 'workspace.duplicate', group: 'workspace', label: t('workspaceFiles.paletteDuplicate'), run: () => void actions.duplicate(entry).catch(reportError) },
    { id: 'workspace.delete', group: 'workspace', label: t('workspaceFiles.paletteDelete'), run: () => show({ kind: 'delete', id: entry.id }) },
    {
      id: 'backup.now',
      group: 'workspace',
      label: t('desktop.backups.backUpNow'),
      keywords: ['backup', '백업'],
      run: () => void backUpNow().catch(reportError),
    },
    {
      id: 'backup.restore',
      group: 'workspace',
      label: t('desktop.backups.openRestore'),
      keywords: ['backup', 'restore', '백업', '복원'],
      run: () => show({ kind: 'restore' }),
    },
  ];
}
