import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui';
import { BackupList } from './BackupList';

/** The restore screen (the desktop menu's File › Restore, the palette): every backup, to restore one. */
export function RestoreDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !next && onClose()}
      title={t('desktop.backups.restoreTitle')}
      description={t('desktop.backups.restoreHint')}
      wide
    >
      {open && <BackupList onRestored={onClose} />}
    </Dialog>
  );
}
