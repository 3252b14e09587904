import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '@shared/ipc';
import { platform } from '../../app/services';
import { Button, formatBytes, formatDate, reportError, showToast } from '../../ui';
import { useAllWorkspaces, useWorkspace, workspaceManager, type WorkspaceEntry } from '../../workspace-api';
import { workspaceFileFilters } from './workspace-actions';

type Row = { entry: WorkspaceEntry; backup: BackupInfo };

/**
 * The backups taken before a workspace was replaced or deleted, deleted workspaces included: each
 * opens as a new workspace (nothing is overwritten) or downloads as a workspace file.
 */
export function BackupsSection() {
  const { t, i18n } = useTranslation();
  const entries = useAllWorkspaces();
  const busy = useWorkspace((s) => s.busy);
  const [rows, setRows] = useState<Row[]>([]);
  useEffect(() => {
    // Re-read when long work ends: a replace or a delete has just added one.
    if (busy) return;
    let cancelled = false;
    void Promise.all(entries.map(async (entry) => (await platform.backups.list(entry.id)).map((backup) => ({ entry, backup })))).then(
      (lists) => !cancelled && setRows(lists.flat().sort((a, b) => b.backup.at - a.backup.at)),
    );
    return () => {
      cancelled = true;
    };
  }, [entries, busy]);
  const bytesOf = async (row: Row) => {
    const data = await platform.backups.read(row.entry.id, row.backup.name);
    if (!data) throw new Error(t('workspaceBackups.gone'));
    return data;
  };
  const restore = async (row: Row) => {
    const result = await workspaceManager.importAsNew(await bytesOf(row));
    if (result.ok) showToast({ tone: 'ok', text: t('workspaceBackups.restored', { name: result.entry.name }) });
    else showToast({ tone: 'error', text: t(`workspaceFiles.error.${result.errors[0]!.code}`, { detail: result.errors[0]!.detail ?? '', table: '' }) });
  };
  const download = async (row: Row) => {
    const day = new Date(row.backup.at).toISOString().slice(0, 10);
    await platform.saveFile(`${row.entry.name} backup ${day}.baton`, await bytesOf(row), workspaceFileFilters);
  };
  return (
    <section className="settings-section" aria-labelledby="backups-title">
      <h2 id="backups-title">{t('workspaceBackups.title')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('workspaceBackups.none')}</p>
      ) : (
        <ul className="workspace-list backup-list">
          {rows.map((row) => (
            <li key={`${row.entry.id}/${row.backup.name}`}>
              <span className="name">{row.entry.name}</span>
              {row.entry.deletedAt !== null && <span className="badge">{t('workspaceBackups.removed')}</span>}
              <span className="muted">
                {formatDate(row.backup.at, i18n.language)} · {formatBytes(row.backup.bytes, i18n.language)}
              </span>
              <Button disabled={busy !== null} onClick={() => void restore(row).catch(reportError)}>
                {t('workspaceBackups.restore')}
              </Button>
              <Button variant="ghost" onClick={() => void download(row).catch(reportError)}>
                {t('workspaceBackups.download')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
