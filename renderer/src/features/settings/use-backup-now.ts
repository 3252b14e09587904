import { useTranslation } from 'react-i18next';
import { backupService } from '../../app/services';
import { formatBytes, showToast } from '../../ui';
import { useWorkspace } from '../../workspace-api';

/** A backup of the open workspace on request (Settings, the palette, the desktop menu), answered in a toast. */
export function useBackupNow() {
  const { t, i18n } = useTranslation();
  const current = useWorkspace((s) => s.current);
  return async () => {
    if (!current) return;
    const info = await backupService.backupOpen('manual');
    if (info) showToast({ tone: 'ok', text: t('desktop.backups.backedUp', { name: current.entry.name, size: formatBytes(info.bytes, i18n.language) }) });
  };
}
