import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, formatNumber, showToast } from '../../ui';
import { useWorkspaceApi, type SyncOverview } from '../../workspace-api';
import { useSyncStore } from './sync-store';

/** Where sync stands: what it is doing, last sync, pending changes, conflicts resolved, skipped documents; sync now or turn it off. */
export function SyncStatus({ overview }: { overview: SyncOverview }) {
  const { t, i18n } = useTranslation();
  const api = useWorkspaceApi();
  const activity = useSyncStore((s) => s.activity);
  const [running, setRunning] = useState(false);
  const { config, progress, pending } = overview;
  if (!config) return null;
  const lang = i18n.language;
  const when = (at: number | null) => (at === null ? t('sync.never') : new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium' }).format(at));
  const state = config.enabled ? activity.state : 'off';
  const problem = activity.state === 'failed' || activity.state === 'retrying' ? activity.problem : config.enabled ? progress.lastProblem : null;

  const syncNow = async () => {
    setRunning(true);
    try {
      const outcome = await useSyncStore.getState().ensure(api).syncNow();
      if (outcome.ok) showToast({ tone: 'ok', text: t('sync.ranNow', { pushed: outcome.result.pushed, pulled: outcome.result.pulled }) });
      else showToast({ tone: 'error', text: t(`sync.problem.${outcome.problem}`) });
    } finally {
      setRunning(false);
    }
  };
  const toggle = async (enabled: boolean) => {
    await api.actions.setSyncSwitches({ enabled });
    if (!enabled) showToast({ tone: 'ok', text: t('sync.turnedOff') });
  };

  return (
    <section className="sync-section sync-status" aria-labelledby="sync-status-title">
      <h2 id="sync-status-title">{t('sync.status')}</h2>
      <p className="sync-state" data-sync-state={state}>
        {/* Retrying, the reason says it all ("Server unreachable — will retry."): the badge's words before it said "will retry" twice. */}
        {state === 'retrying' && problem ? (
          t(`sync.problem.${problem}`)
        ) : (
          <>
            {t(`sync.badge.${state}`)}
            {problem && <span className="sync-problem"> — {t(`sync.problem.${problem}`)}</span>}
          </>
        )}
      </p>
      <dl className="sync-figures">
        <dt>{t('sync.lastSync')}</dt>
        <dd>{when(progress.lastSyncAt)}</dd>
        <dt>{t('sync.pending')}</dt>
        <dd data-testid="sync-pending">{formatNumber(pending, lang)}</dd>
        <dt title={t('sync.conflictsHint')}>{t('sync.conflicts')}</dt>
        <dd>{formatNumber(progress.conflictsResolved, lang)}</dd>
        <dt title={t('sync.rejectedHint')}>{t('sync.rejected')}</dt>
        <dd>{progress.rejectedCount === 0 ? t('sync.none') : formatNumber(progress.rejectedCount, lang)}</dd>
      </dl>
      {progress.rejected.length > 0 && (
        <ul className="sync-rejected">
          {progress.rejected.map((r) => (
            <li key={`${r.id}-${r.at}`} title={r.code ? r.reason : undefined}>
              <code>{r.id}</code>{' '}
              {r.code
                ? t(`sync.skipped.${r.code === 'server_refused' && !r.reason ? 'server_refused_plain' : r.code}`, { field: r.field ?? '', detail: r.reason })
                : r.reason}
            </li>
          ))}
        </ul>
      )}
      <div className="row-actions">
        {config.enabled ? (
          <>
            <Button variant="ghost" onClick={() => void toggle(false)}>
              {t('sync.turnOff')}
            </Button>
            {/* Not during a run (a demo workspace's first sync takes seconds): a second run beside it only waits for it and does its work again. */}
            <Button
              variant="primary"
              onClick={() => void syncNow()}
              disabled={running || state === 'elsewhere' || state === 'syncing'}
              aria-busy={running || undefined}
            >
              {running ? t('sync.syncing') : t('sync.syncNow')}
            </Button>
          </>
        ) : (
          <Button variant="primary" onClick={() => void toggle(true)}>
            {t('sync.turnOn')}
          </Button>
        )}
      </div>
    </section>
  );
}
