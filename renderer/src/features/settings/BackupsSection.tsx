import { useTranslation } from 'react-i18next';
import { Button, reportError } from '../../ui';
import { useWorkspace } from '../../workspace-api';
import { BackupList } from './BackupList';
import { useBackupNow } from './use-backup-now';

/** Settings' backups: what is kept, a backup on request, and every backup to restore or download. */
export function BackupsSection() {
  const { t } = useTranslation();
  const busy = useWorkspace((s) => s.busy);
  const current = useWorkspace((s) => s.current);
  const backUpNow = useBackupNow();
  return (
    <section className="settings-section" aria-labelledby="backups-title">
      <h2 id="backups-title">{t('workspaceBackups.title')}</h2>
      <p className="muted">{t('desktop.backups.hint')}</p>
      {current && (
        <div className="row-actions start">
          <Button onClick={() => void backUpNow().catch(reportError)} disabled={busy !== null}>
            {t('desktop.backups.backUpNow')}
          </Button>
        </div>
      )}
      <BackupList />
    </section>
  );
}
