import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/services';
import { ProgressBar, formatNumber } from '../../ui';

/** Progress of a long workspace operation (demo load, workspace file), shown above whatever screen is open. */
export function BusyProgress() {
  const { t, i18n } = useTranslation();
  const busy = useWorkspace((s) => s.busy);
  if (!busy) return null;
  if (busy.phase === 'generating') {
    const counts = { done: formatNumber(busy.done, i18n.language), total: formatNumber(busy.total, i18n.language) };
    return <ProgressBar label={t(`progress.generatingStep.${busy.step}`, counts)} done={busy.done} total={busy.total} />;
  }
  if (busy.phase === 'backingUp') return <ProgressBar label={t('workspaceFiles.progress.backingUp')} done={0} total={0} />;
  const counts = { done: busy.done.toLocaleString(), total: busy.total.toLocaleString() };
  const label =
    busy.phase === 'validating' || busy.phase === 'writing' ? t(`progress.${busy.phase}`, counts) : t(`workspaceFiles.progress.${busy.phase}`, counts);
  return <ProgressBar label={label} done={busy.done} total={busy.total} />;
}
