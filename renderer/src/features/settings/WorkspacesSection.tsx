import { MoreHorizontal } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button, Menu, formatDate, reportError } from '../../ui';
import { useWorkspace, useWorkspaceList } from '../../workspace-api';
import { useWorkspaceActions } from './workspace-actions';
import { useWorkspaceDialogs } from './workspace-dialogs-store';

/** The workspaces on this computer side by side: open, rename, duplicate, export, delete; import a file. */
export function WorkspacesSection() {
  const { t, i18n } = useTranslation();
  const { current, open, busy } = useWorkspace();
  const workspaces = useWorkspaceList();
  const show = useWorkspaceDialogs((s) => s.show);
  const actions = useWorkspaceActions();
  const run = (work: () => Promise<void>) => () => void work().catch(reportError);
  return (
    <section className="settings-section" aria-labelledby="workspaces-title">
      <h2 id="workspaces-title">{t('workspaceFiles.section')}</h2>
      <p className="muted">{t('workspaceFiles.sectionHint')}</p>
      <ul className="workspace-list">
        {workspaces.map((w) => (
          <li key={w.id} aria-label={w.name}>
            <span className="name">{w.name}</span>
            {w.isDemo && <span className="badge">{t('settings.demoBadge')}</span>}
            <span className="muted">{formatDate(w.lastOpenedAt, i18n.language)}</span>
            {w.id === current?.entry.id ? (
              <span className="badge">{t('settings.current')}</span>
            ) : (
              <Button onClick={() => void open(w.id)}>{t('settings.open')}</Button>
            )}
            <Menu
              label={t('workspaceFiles.actionsFor', { name: w.name })}
              trigger={
                <Button variant="ghost" aria-label={t('workspaceFiles.actionsFor', { name: w.name })} disabled={busy !== null}>
                  <MoreHorizontal size={16} aria-hidden />
                </Button>
              }
              items={[
                { id: 'rename', label: t('workspaceFiles.rename'), onSelect: () => show({ kind: 'rename', id: w.id }) },
                { id: 'duplicate', label: t('workspaceFiles.duplicate'), onSelect: run(() => actions.duplicate(w)) },
                { id: 'export', label: t('workspaceFiles.export'), onSelect: run(() => actions.exportFile(w)) },
                { id: 'delete', label: t('workspaceFiles.delete'), danger: true, onSelect: () => show({ kind: 'delete', id: w.id }) },
              ]}
            />
          </li>
        ))}
      </ul>
      <div className="row-actions start">
        {current && (
          <Button onClick={run(() => actions.exportFile(current.entry))} disabled={busy !== null}>
            {t('workspaceFiles.exportCurrent')}
          </Button>
        )}
        <Button onClick={() => show({ kind: 'import' })} disabled={busy !== null}>
          {t('workspaceFiles.importFile')}
        </Button>
      </div>
    </section>
  );
}
