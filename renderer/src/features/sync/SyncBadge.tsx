import { AlertTriangle, CloudOff, Loader2, RefreshCw, Radio, Check, MonitorSmartphone } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { SyncActivity } from '@shared/sync';
import { useNavigation } from '../../app/navigation-store';
import { formatNumber } from '../../ui';
import { useSyncStore } from './sync-store';
import { useSyncRunner } from './use-sync-runner';

const icons: Record<SyncActivity['state'], typeof Check> = {
  off: CloudOff,
  idle: Check,
  syncing: Loader2,
  live: Radio,
  retrying: RefreshCw,
  failed: AlertTriangle,
  elsewhere: MonitorSmartphone,
};

/** The top bar's sync status; owns the sync worker's lifetime. Hidden while sync is not set up. */
export function SyncBadge() {
  const { t, i18n } = useTranslation();
  const overview = useSyncRunner();
  const activity = useSyncStore((s) => s.activity);
  const go = useNavigation((s) => s.go);
  if (!overview?.config?.enabled) return null;
  const Icon = icons[activity.state];
  // "Offline" only when the server cannot be reached: a server that answers with an error is not offline.
  const label = activity.state === 'retrying' && activity.problem === 'server_error' ? t('sync.badge.retryingServer') : t(`sync.badge.${activity.state}`);
  const pending = overview.pending;
  const pendingText = pending > 0 ? t('sync.badge.pending', { count: pending, formattedCount: formatNumber(pending, i18n.language) }) : null;
  return (
    <button
      type="button"
      className="btn btn-ghost sync-badge"
      data-sync-state={activity.state}
      title={activity.state === 'failed' || activity.state === 'retrying' ? t(`sync.problem.${activity.problem}`) : undefined}
      onClick={() => go('sync')}
    >
      <Icon size={15} aria-hidden className={activity.state === 'syncing' ? 'sync-spin' : undefined} />
      {/* The name is the visible words after "Sync:", so speech input can say what it sees. */}
      <span className="visually-hidden">{t('sync.badge.prefix')} </span>
      <span>{label}</span>
      {pendingText && <span className="sync-badge-pending">{pendingText}</span>}
    </button>
  );
}
