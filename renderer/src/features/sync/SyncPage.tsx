import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceApi, useWorkspaceQuery } from '../../workspace-api';
import { draftOf, SyncSettingsForm, type SyncDraft } from './SyncSettingsForm';
import { readPassword } from './sync-password';
import { SyncStatus } from './SyncStatus';

/** Sync settings and status of the open workspace (docs/sync.md). */
export function SyncPage() {
  const { t } = useTranslation();
  const api = useWorkspaceApi();
  const overview = useWorkspaceQuery((q) => q.syncOverview(), []);
  const [initial, setInitial] = useState<SyncDraft | null>(null);
  const loaded = overview !== undefined;
  useEffect(() => {
    if (!loaded || initial) return;
    let live = true;
    void readPassword(api.id).then(({ password, remembered }) => live && setInitial(draftOf(overview.config, password, remembered)));
    return () => {
      live = false;
    };
  }, [api, loaded, initial, overview]);
  return (
    <section className="page sync-page" aria-labelledby="sync-title">
      <header className="page-header">
        <h1 id="sync-title">{t('sync.title')}</h1>
      </header>
      <div className="sync-body">
        <p className="muted sync-intro">{t('sync.intro')}</p>
        {overview?.config && <SyncStatus overview={overview} />}
        {initial && <SyncSettingsForm initial={initial} config={overview?.config ?? null} />}
      </div>
    </section>
  );
}
