import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../../workspace-api';
import { Button, formatNumber, ProgressBar } from '../../ui';

export type RunState = { progress: ImportProgress | null; startedAt: number; phaseStartedAt: number; now: number; rows: number };

/** The running import: its phase, rows per second and time left (from the write phase's pace), and Cancel (nothing is written). */
export function RunStep({ fileName, state, onCancel }: { fileName: string; state: RunState; onCancel(): void }) {
  const { t, i18n } = useTranslation();
  const { progress } = state;
  const writing = progress?.phase === 'writing' && progress.total > 0;
  // Records written stand for rows by their share of all the import writes.
  const rowsDone = writing ? Math.round((progress.done / progress.total) * state.rows) : 0;
  const seconds = (state.now - state.startedAt) / 1000;
  const rate = writing && seconds > 0 ? rowsDone / seconds : null;
  const phaseSeconds = (state.now - state.phaseStartedAt) / 1000;
  const left = writing && progress.done > 0 ? Math.max(0, Math.round((phaseSeconds / progress.done) * (progress.total - progress.done))) : null;
  return (
    <div className="import-step" aria-busy="true">
      <h2>{t('csvImport.run.title', { name: fileName })}</h2>
      <ProgressBar
        label={progress ? t(`csvImport.run.phase.${progress.phase}`) : t('csvImport.run.phase.mapping')}
        done={writing ? progress.done : 0}
        total={writing ? progress.total : 0}
      />
      <p className="muted" data-testid="import-rate">
        {rate !== null && t('csvImport.run.rate', { rate: formatNumber(Math.round(rate), i18n.language) })}
        {left !== null && ` · ${t('csvImport.run.left', { seconds: formatNumber(left, i18n.language) })}`}
      </p>
      <Button onClick={onCancel}>{t('csvImport.run.cancel')}</Button>
    </div>
  );
}
