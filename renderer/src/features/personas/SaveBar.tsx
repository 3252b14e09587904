import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ProgressBar } from '../../ui';

type SaveBarProps = {
  /** Another window saved since this draft began: say so and offer to load theirs. */
  changedElsewhere: { text: string; loadLabel: string; onLoad: () => void } | null;
  refusal: string | null;
  refusalTestId: string;
  /** The worker's progress while it writes, with a cancel that rolls it back. */
  progress: { label: string; done: number; total: number } | null;
  onCancel: () => void;
  /** The primary action (apply or save). */
  action: ReactNode;
  dirty: boolean;
  onDiscard: () => void;
  problemCount: number;
};

/** The ICP and persona editors' shared footer: their save or apply, discard, progress and refusals. */
export function SaveBar({ changedElsewhere, refusal, refusalTestId, progress, onCancel, action, dirty, onDiscard, problemCount }: SaveBarProps) {
  const { t } = useTranslation();
  return (
    <div className="personas-save-bar">
      {changedElsewhere && (
        <p className="warning-text" role="status">
          {changedElsewhere.text}{' '}
          <Button variant="ghost" onClick={changedElsewhere.onLoad}>
            {changedElsewhere.loadLabel}
          </Button>
        </p>
      )}
      {refusal && (
        <p className="error-text" role="alert" data-testid={refusalTestId}>
          {refusal}
        </p>
      )}
      {progress && (
        <>
          <ProgressBar label={progress.label} done={progress.done} total={progress.total} />
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
        </>
      )}
      {action}
      <Button onClick={onDiscard} disabled={progress !== null || !dirty}>
        {t('personas.discard')}
      </Button>
      {problemCount > 0 && <span className="error-text">{t('personas.problemCount', { count: problemCount })}</span>}
    </div>
  );
}
