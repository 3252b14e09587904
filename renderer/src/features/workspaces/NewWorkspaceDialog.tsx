import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui';
import { NewWorkspaceForm } from './NewWorkspaceForm';
import { useNewWorkspaceDialog } from './new-workspace-store';

export function NewWorkspaceDialog() {
  const { t } = useTranslation();
  const { open, setOpen } = useNewWorkspaceDialog();
  return (
    <Dialog open={open} onOpenChange={setOpen} title={t('palette.newEmpty')}>
      <NewWorkspaceForm onDone={() => setOpen(false)} onCancel={() => setOpen(false)} />
    </Dialog>
  );
}
