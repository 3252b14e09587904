import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/services';
import { ProgressBar } from '../../ui';

/** Progress of a long workspace operation (demo load, workspace file), shown above whatever screen is open. */
export function BusyProgress() {
  const { t } = useTranslation();
  const busy = useWorkspace((s) => s.busy);
  if (!busy) return null;
  if (busy.phase === 'generating') return <ProgressBar label={t('progress.generating')} done={0} total={0} />;
  if (busy.phase === 'backingUp') return <ProgressBar label={t('workspaceFiles.progress.backingUp')} done={0} total={0} />;
  const counts = { done: busy.done.toLocaleString(), total: busy.total.toLocaleString() };
  const label =
    busy.phase === 'validating' || busy.phase === 'writing' ? t(`progress.${busy.phase}`, counts) : t(`workspaceFiles.progress.${busy.phase}`, counts);
  return <ProgressBar label={label} done={busy.done} total={busy.total} />;
}
