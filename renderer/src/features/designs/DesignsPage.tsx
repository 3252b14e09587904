import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplyProblem, DesignFileError, DesignProblem, DesignVersion } from '@shared/design';
import { Button, ConfirmDialog, ProgressBar, formatNumber, showToast } from '../../ui';
import { backupBeforeChange } from '../../app/services';
import { useOpenedDesign } from '../../app/opened-design-store';
import { useWorkspaceApi, useWorkspaceQuery } from '../../workspace-api';
import { ApplyPreview } from './ApplyPreview';
import { CompareSection, LIVE, type DesignPick } from './CompareSection';
import { LiveDesignSection } from './LiveDesignSection';
import { TemplatesSection } from './TemplatesSection';
import { VersionsSection } from './VersionsSection';
import { applyProblemText, designNames, fileErrorText, problemText } from './design-words';
import { pickDesignFile, saveDesignFile } from './use-design-file';

type Progress = { phase: 'writing' | 'reevaluating' | 'rescoring'; done: number; total: number };
/** What the last apply or import did, said on the page (and in a toast). */
type Outcome = { tone: 'ok' | 'error'; title: string; lines: string[] };
type Written = { changes: unknown[]; keptPipelines: { name: string }[]; reevaluated: { total: number; handedOff: number }; rescored: number };
type Refusal =
  | { ok: false; reason: 'invalid_design'; problems: DesignProblem[] }
  | { ok: false; reason: 'refused'; problems: ApplyProblem[] }
  | { ok: false; reason: 'malformed_file'; errors: DesignFileError[] }
  | { ok: false; reason: 'not_found' };

/** Designs: the live design and its findings, its versions (save, compare, apply), design files and templates. */
export function DesignsPage() {
  const { t, i18n } = useTranslation();
  const api = useWorkspaceApi();
  const live = useWorkspaceQuery((q) => q.liveDesign(), []);
  const versions = useWorkspaceQuery((q) => q.designVersions(), []);
  const [compare, setCompare] = useState<{ from: DesignPick; to: DesignPick } | null>(null);
  const [applying, setApplying] = useState<DesignVersion | null>(null);
  const [importing, setImporting] = useState(false);
  // A design file opened with Baton waits here for the user to confirm its import.
  const opened = useOpenedDesign((s) => s.file);
  const clearOpened = useOpenedDesign((s) => s.clear);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const names = designNames(t, live?.design);
  const n = (v: number) => formatNumber(v, i18n.language);

  const refusalLines = (r: Refusal): string[] => {
    if (r.reason === 'malformed_file') return r.errors.map((e) => fileErrorText(t, e));
    if (r.reason === 'invalid_design') return r.problems.map((p) => problemText(t, p, names));
    if (r.reason === 'refused') return r.problems.map((p) => applyProblemText(t, p, names));
    return [t('designs.compare.gone')];
  };
  const summaryLines = (w: Written) => [
    ...(w.rescored > 0 ? [t('designs.apply.rescored', { contacts: n(w.rescored) })] : []),
    ...(w.keptPipelines.length ? [t('designs.apply.kept', { names: w.keptPipelines.map((p) => p.name).join(', ') })] : []),
  ];
  const report = (next: Outcome) => {
    setOutcome(next);
    showToast({ tone: next.tone, text: next.title });
  };

  const runApply = async (version: DesignVersion) => {
    setApplying(null);
    setOutcome(null);
    await backupBeforeChange('before_design_apply');
    setProgress({ phase: 'writing', done: 0, total: 0 });
    const result = await api.actions.applyDesignVersion({ versionId: version.id, onProgress: (p) => setProgress(p) }).finally(() => setProgress(null));
    if (result.ok) {
      const { changes, reevaluated } = result.value;
      report({
        tone: 'ok',
        title: t('designs.apply.done', {
          name: version.name,
          changes: t('designs.apply.changes', { count: changes.length }),
          total: n(reevaluated.total),
          handedOff: n(reevaluated.handedOff),
        }),
        lines: summaryLines(result.value),
      });
    } else report({ tone: 'error', title: t('designs.apply.refused'), lines: refusalLines(result) });
  };

  const runImport = async () => {
    setImporting(false);
    setOutcome(null);
    const file = opened ?? (await pickDesignFile());
    clearOpened();
    if (!file) return;
    await backupBeforeChange('before_design_apply');
    setProgress({ phase: 'writing', done: 0, total: 0 });
    const result = await api.actions.importDesign({ bytes: file.data, onProgress: (p) => setProgress(p) }).finally(() => setProgress(null));
    if (result.ok) {
      const { changes, reevaluated, name } = result.value;
      report({
        tone: 'ok',
        title: t('designs.file.imported', {
          name,
          changes: t('designs.apply.changes', { count: changes.length }),
          total: n(reevaluated.total),
          handedOff: n(reevaluated.handedOff),
        }),
        lines: summaryLines(result.value),
      });
    } else report({ tone: 'error', title: t('designs.file.refused', { file: file.name }), lines: refusalLines(result) });
  };

  const exportFile = async () => {
    const file = await saveDesignFile(api, live?.design.lifecycle.name ?? t('designs.title'));
    if (file) showToast({ tone: 'ok', text: t('designs.file.exported', { file }) });
  };

  const busy = progress !== null;
  const current = compare ?? { from: versions?.[0]?.id ?? LIVE, to: LIVE };
  return (
    <section className="page designs-page" aria-labelledby="designs-title">
      <header className="page-header">
        <h1 id="designs-title">{t('designs.title')}</h1>
      </header>
      <div className="designs-body">
        <p className="muted designs-intro">{t('designs.intro')}</p>
        <div role="status" aria-live="polite">
          {progress && (
            <ProgressBar
              label={t(`designs.apply.phase.${progress.phase}`, { done: n(progress.done), total: n(progress.total) })}
              done={progress.done}
              total={progress.total}
            />
          )}
          {outcome && (
            <div className={outcome.tone === 'error' ? 'error-banner designs-outcome' : 'designs-outcome'} data-tone={outcome.tone}>
              <p>{outcome.title}</p>
              {outcome.lines.length > 0 && (
                <ul>
                  {outcome.lines.map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </div>
        <LiveDesignSection
          live={live ?? null}
          fileActions={
            <>
              <Button onClick={() => void exportFile()}>{t('designs.file.export')}</Button>
              <Button onClick={() => setImporting(true)} disabled={busy}>
                {t('designs.file.import')}
              </Button>
            </>
          }
        />
        <VersionsSection versions={versions} busy={busy} onCompare={(v) => setCompare({ from: v.id, to: LIVE })} onApply={setApplying} />
        {versions && versions.length > 0 && (
          <CompareSection
            versions={versions}
            live={live?.design ?? null}
            from={current.from}
            to={current.to}
            onChange={(from, to) => setCompare({ from, to })}
          />
        )}
        <TemplatesSection />
      </div>
      <ConfirmDialog
        open={applying !== null}
        title={t('designs.apply.confirmTitle', { name: applying?.name ?? '' })}
        body={t('designs.apply.confirmBody')}
        confirmLabel={t('designs.apply.confirm')}
        onConfirm={() => applying && void runApply(applying)}
        onCancel={() => setApplying(null)}
      >
        {applying && <ApplyPreview version={applying} live={live?.design ?? null} />}
      </ConfirmDialog>
      <ConfirmDialog
        open={importing || opened !== null}
        title={t('designs.file.importTitle')}
        body={opened ? `${t('designs.file.openedFile', { file: opened.name })} ${t('designs.file.importBody')}` : t('designs.file.importBody')}
        confirmLabel={opened ? t('designs.file.importOpened') : t('designs.file.importConfirm')}
        onConfirm={() => void runImport()}
        onCancel={() => {
          setImporting(false);
          clearOpened();
        }}
      />
    </section>
  );
}
