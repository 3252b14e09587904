import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '@shared/ipc';
import { backupService, platform } from '../../app/services';
import { Button, ConfirmDialog, formatBytes, formatNumber, reportError, showToast } from '../../ui';
import { useWorkspace, workspaceManager, type BackupGroup } from '../../workspace-api';
import { useBackupGroups } from './use-backup-groups';
import { workspaceFileFilters } from './workspace-actions';

type Pick = { group: BackupGroup; backup: BackupInfo };

const when = (at: number, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);

/**
 * Every backup on this machine, per workspace, with when and why it was taken and what it holds.
 * A live workspace's backup restores into it (after a backup of how it is now); a deleted
 * workspace's opens as a new workspace. Each also downloads as a workspace file.
 */
export function BackupList({ onRestored }: { onRestored?(): void }) {
  const { t, i18n } = useTranslation();
  const groups = useBackupGroups();
  const busy = useWorkspace((s) => s.busy);
  const [confirming, setConfirming] = useState<Pick | null>(null);
  const lang = i18n.language;

  const counts = (backup: BackupInfo) => {
    const c = backup.meta?.counts;
    if (!c) return t('desktop.backups.noCounts');
    const n = (table: string) => formatNumber(c[table] ?? 0, lang);
    return t('desktop.backups.counts', { contacts: n('contacts'), companies: n('companies'), deals: n('deals') });
  };
  const restore = async ({ group, backup }: Pick) => {
    setConfirming(null);
    const result = await backupService.restore(group, backup);
    if (!result.ok) {
      const first = result.errors[0]!;
      showToast({ tone: 'error', text: t(`workspaceFiles.error.${first.code}`, { detail: first.detail ?? '', table: first.table ?? '' }) });
    } else if (result.into === 'replaced') {
      showToast({ tone: 'ok', text: t('desktop.backups.restoredInto', { name: group.name, when: when(backup.at, lang) }) });
      onRestored?.();
    } else {
      showToast({ tone: 'ok', text: t('workspaceBackups.restored', { name: result.result.entry.name }) });
      onRestored?.();
    }
  };
  const openAsNew = async ({ group, backup }: Pick) => {
    const result = await workspaceManager.importAsNew(await backupService.read(group.key, backup.name));
    if (result.ok) showToast({ tone: 'ok', text: t('workspaceBackups.restored', { name: result.entry.name }) });
    else showToast({ tone: 'error', text: t(`workspaceFiles.error.${result.errors[0]!.code}`, { detail: result.errors[0]!.detail ?? '', table: '' }) });
  };
  const download = async ({ group, backup }: Pick) => {
    const day = new Date(backup.at).toISOString().slice(0, 10);
    await platform.saveFile(`${group.name} backup ${day}.baton`, await backupService.read(group.key, backup.name), workspaceFileFilters);
  };

  if (groups === null) return null;
  if (groups.length === 0) return <p className="muted">{t('desktop.backups.none')}</p>;
  return (
    <>
      <ul className="workspace-list backup-list">
        {groups.flatMap((group) =>
          group.backups.map((backup) => {
            const pick = { group, backup };
            const label = t('desktop.backups.restoreFor', { name: group.name, when: when(backup.at, lang) });
            return (
              <li key={`${group.key}/${backup.name}`} aria-label={label}>
                <div className="backup-what">
                  <span className="name">
                    {group.name}
                    {group.live === null && <span className="badge">{t('workspaceBackups.removed')}</span>}
                  </span>
                  <span className="muted">
                    <time dateTime={new Date(backup.at).toISOString()}>{when(backup.at, lang)}</time> ·{' '}
                    {t(`desktop.backups.reason.${backup.meta?.reason ?? 'unknown'}`)}
                  </span>
                  <span className="muted backup-counts">
                    {counts(backup)} · {formatBytes(backup.bytes, lang)}
                  </span>
                </div>
                {group.live ? (
                  <Button disabled={busy !== null} onClick={() => setConfirming(pick)} aria-label={label}>
                    {t('desktop.backups.restoreButton')}
                  </Button>
                ) : (
                  <Button disabled={busy !== null} onClick={() => void openAsNew(pick).catch(reportError)}>
                    {t('workspaceBackups.restore')}
                  </Button>
                )}
                <Button variant="ghost" onClick={() => void download(pick).catch(reportError)}>
                  {t('workspaceBackups.download')}
                </Button>
              </li>
            );
          }),
        )}
      </ul>
      <ConfirmDialog
        open={confirming !== null}
        title={confirming ? t('desktop.backups.confirmTitle', { name: confirming.group.name, when: when(confirming.backup.at, lang) }) : ''}
        body={confirming ? t('desktop.backups.confirmBody', { name: confirming.group.name }) : ''}
        confirmLabel={t('desktop.backups.confirm')}
        onConfirm={() => confirming && void restore(confirming).catch(reportError)}
        onCancel={() => setConfirming(null)}
      >
        {confirming && <p className="muted">{counts(confirming.backup)}</p>}
      </ConfirmDialog>
    </>
  );
}
