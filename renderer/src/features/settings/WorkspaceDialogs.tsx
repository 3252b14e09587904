import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { platform } from '../../app/services';
import { ConfirmDialog, Dialog, Field, FormActions, TextInput, formatBytes, reportError, showToast } from '../../ui';
import { useWorkspaceList, workspaceManager, type WorkspaceEntry } from '../../workspace-api';
import { DailyBackup } from './DailyBackup';
import { ImportWorkspaceDialog } from './ImportWorkspaceDialog';
import { OpenedFiles } from './OpenedFiles';
import { RestoreDialog } from './RestoreDialog';
import { useWorkspaceDialogs } from './workspace-dialogs-store';

/** The workspace dialogs, mounted once: rename, delete (after a backup), import a file, restore a backup; and the daily backup. */
export function WorkspaceDialogs() {
  const { dialog, show } = useWorkspaceDialogs();
  const workspaces = useWorkspaceList();
  const target = dialog && 'id' in dialog ? workspaces.find((w) => w.id === dialog.id) : undefined;
  const close = () => show(null);
  return (
    <>
      {target && dialog?.kind === 'rename' && <RenameDialog key={target.id} entry={target} onClose={close} />}
      {target && dialog?.kind === 'delete' && <DeleteDialog entry={target} onClose={close} />}
      <ImportWorkspaceDialog open={dialog?.kind === 'import'} initialFile={dialog?.kind === 'import' ? dialog.file : undefined} onClose={close} />
      <RestoreDialog open={dialog?.kind === 'restore'} onClose={close} />
      <DailyBackup />
      <OpenedFiles />
    </>
  );
}

function RenameDialog({ entry, onClose }: { entry: WorkspaceEntry; onClose(): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(entry.name);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    await workspaceManager.rename(entry.id, name).catch(reportError);
    showToast({ tone: 'ok', text: t('workspaceFiles.renamed', { name: name.trim() }) });
    onClose();
  };
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={t('workspaceFiles.renameTitle')}>
      <form onSubmit={submit}>
        <Field label={t('workspaceFiles.nameLabel')}>
          <TextInput value={name} onValueChange={setName} maxLength={80} required autoFocus />
        </Field>
        <FormActions submitLabel={t('workspaceFiles.save')} onCancel={onClose} disabled={!name.trim()} />
      </form>
    </Dialog>
  );
}

function DeleteDialog({ entry, onClose }: { entry: WorkspaceEntry; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const confirm = async () => {
    onClose();
    try {
      const { backup } = await workspaceManager.remove(entry.id, platform.backups.write);
      showToast({ tone: 'ok', text: t('workspaceFiles.deleted', { name: entry.name, size: formatBytes(backup.bytes, i18n.language) }) });
    } catch (error) {
      reportError(error);
    }
  };
  return (
    <ConfirmDialog
      open
      title={t('workspaceFiles.deleteTitle', { name: entry.name })}
      body={t('workspaceFiles.deleteBody')}
      confirmLabel={t('workspaceFiles.deleteConfirm')}
      onConfirm={() => void confirm()}
      onCancel={onClose}
    />
  );
}
