import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeSummary, WorkspaceFileError } from '@shared/workspace-file';
import { platform } from '../../app/services';
import type { OpenedFile } from '../../platform/platform';
import { Button, Dialog, FormActions, formatBytes, showToast } from '../../ui';
import { useWorkspace, workspaceManager } from '../../workspace-api';
import { MergeSummaryView } from './MergeSummaryView';
import { workspaceFileFilters } from './workspace-actions';

type Mode = 'new' | 'replace' | 'merge';
type Outcome = { kind: 'refused'; errors: WorkspaceFileError[] } | { kind: 'merged'; summary: MergeSummary; into: string } | null;

export type ImportWorkspaceDialogProps = { open: boolean; onClose(): void; /** A file already chosen (opened with Baton). */ initialFile?: OpenedFile };

/** Pick a workspace file, then open it as a new workspace, replace the open one (after a backup) or merge it in. */
export function ImportWorkspaceDialog({ open, onClose, initialFile }: ImportWorkspaceDialogProps) {
  const { t, i18n } = useTranslation();
  const current = useWorkspace((s) => s.current);
  const [file, setFile] = useState<OpenedFile | null>(null);
  const [mode, setMode] = useState<Mode>('new');
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  // A file opened with Baton arrives chosen; adjusting state while rendering, as React recommends for props.
  const [seen, setSeen] = useState<OpenedFile | undefined>(undefined);
  if (initialFile !== seen) {
    setSeen(initialFile);
    if (initialFile) {
      setFile(initialFile);
      setOutcome(null);
    }
  }
  const close = () => {
    setFile(null);
    setOutcome(null);
    setMode('new');
    onClose();
  };
  const choose = async () => {
    const picked = await platform.openFile(workspaceFileFilters);
    if (picked) {
      setFile(picked);
      setOutcome(null);
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setRunning(true);
    // The bytes move to the worker: the same pick cannot be read twice.
    setFile(null);
    try {
      const name = current?.entry.name ?? '';
      if (mode === 'merge' && current) {
        const result = await workspaceManager.merge(current.entry.id, file.data);
        setOutcome(result.ok ? { kind: 'merged', summary: result.summary, into: name } : { kind: 'refused', errors: result.errors });
      } else if (mode === 'replace' && current) {
        const result = await workspaceManager.replace(current.entry.id, file.data, platform.backups.write);
        if (!result.ok) setOutcome({ kind: 'refused', errors: result.errors });
        else {
          showToast({ tone: 'ok', text: t('workspaceFiles.replaced', { name, size: formatBytes(result.backup.bytes, i18n.language) }) });
          close();
        }
      } else {
        const result = await workspaceManager.importAsNew(file.data);
        if (!result.ok) setOutcome({ kind: 'refused', errors: result.errors });
        else {
          showToast({ tone: 'ok', text: t('workspaceFiles.importedNew', { name: result.entry.name }) });
          close();
        }
      }
    } finally {
      setRunning(false);
    }
  };
  const modes: Mode[] = current ? ['new', 'replace', 'merge'] : ['new'];
  const name = current?.entry.name ?? '';
  return (
    <Dialog open={open} onOpenChange={(next) => !next && !running && close()} title={t('workspaceFiles.importTitle')} wide>
      {outcome?.kind === 'merged' ? (
        <>
          <MergeSummaryView summary={outcome.summary} into={outcome.into} />
          <div className="row-actions">
            <Button variant="primary" onClick={close} autoFocus>
              {t('common.close')}
            </Button>
          </div>
        </>
      ) : (
        <form onSubmit={submit} className="import-workspace-form">
          <div className="file-pick">
            <Button onClick={() => void choose()} disabled={running}>
              {t('workspaceFiles.chooseFile')}
            </Button>
            {file && (
              <span data-testid="chosen-file">{t('workspaceFiles.chosen', { file: file.name, size: formatBytes(file.data.byteLength, i18n.language) })}</span>
            )}
          </div>
          <fieldset className="mode-choice" disabled={running}>
            <legend>{t('workspaceFiles.modeLabel')}</legend>
            {modes.map((m) => (
              <label key={m}>
                <input type="radio" name="import-mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
                <span>
                  <strong>
                    {m === 'new'
                      ? t('workspaceFiles.modeNew')
                      : m === 'replace'
                        ? t('workspaceFiles.modeReplace', { name })
                        : t('workspaceFiles.modeMerge', { name })}
                  </strong>
                  <span className="muted">
                    {m === 'new'
                      ? t('workspaceFiles.modeNewHint')
                      : m === 'replace'
                        ? t('workspaceFiles.modeReplaceHint', { name })
                        : t('workspaceFiles.modeMergeHint')}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
          {outcome?.kind === 'refused' && <FileErrors errors={outcome.errors} />}
          <FormActions submitLabel={t('workspaceFiles.run')} onCancel={close} busy={running} disabled={!file} />
        </form>
      )}
    </Dialog>
  );
}

/** Why a file was refused, each reason with where it was found. */
function FileErrors({ errors }: { errors: WorkspaceFileError[] }) {
  const { t } = useTranslation();
  return (
    <div className="file-errors" role="alert">
      <strong>{t('workspaceFiles.refusedTitle')}</strong>
      <ul>
        {errors.slice(0, 5).map((e, i) => {
          const where = [
            e.line !== undefined ? t('workspaceFiles.where.line', { line: e.line }) : null,
            e.table !== undefined && e.index !== undefined ? t('workspaceFiles.where.record', { table: e.table, index: e.index + 1 }) : null,
            e.field !== undefined ? t('workspaceFiles.where.field', { field: e.field }) : null,
          ].filter(Boolean);
          return (
            <li key={i}>
              {t(`workspaceFiles.error.${e.code}`, { detail: e.detail ?? '', table: e.table ?? '' })}
              {where.length > 0 && <span className="muted"> ({where.join(', ')})</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
