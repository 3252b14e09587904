import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/services';
import { ProgressBar } from '../../ui';

/** Progress of a long workspace operation (demo load), shown above whatever screen is open. */
export function BusyProgress() {
  const { t } = useTranslation();
  const busy = useWorkspace((s) => s.busy);
  if (!busy) return null;
  const label =
    busy.phase === 'generating'
      ? t('progress.generating')
      : t(`progress.${busy.phase}`, { done: busy.done.toLocaleString(), total: busy.total.toLocaleString() });
  return <ProgressBar label={label} done={busy.phase === 'generating' ? 0 : busy.done} total={busy.phase === 'generating' ? 0 : busy.total} />;
}
