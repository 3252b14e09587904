import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Tabs, tabId } from '../../ui';
import { useAfterWrites, useWorkerClient, useWorkspaceApi, useWorkspaceQuery } from '../../workspace-api';
import { ContentTab } from './content/ContentTab';
import { IcpTab } from './icp/IcpTab';
import { OnePager } from './one-pager/OnePager';
import { PersonasTab } from './persona/PersonasTab';
import { personasTabs, usePersonasPage } from './personas-store';
import { PersonasWorkerContext } from './use-personas-worker';
import { VoiceTab } from './voice/VoiceTab';

/** Marketing's side of the agreement (DOMAIN.md §6): the ICP, personas, what buyers say and the content for each stage. */
export function PersonasPage() {
  const { t } = useTranslation();
  const { tab, setTab, onePagerId } = usePersonasPage();
  const { id: workspaceId } = useWorkspaceApi();
  useEffect(() => {
    if (usePersonasPage.getState().workspaceId !== workspaceId) usePersonasPage.getState().reset(workspaceId);
  }, [workspaceId]);
  const library = useWorkspaceQuery((q) => q.personaLibrary(), []);
  const worker = useWorkerClient((api) => api.openPersonas());
  const [generation, setGeneration] = useState(0);
  // The worker read the workspace once; after a write (an import, another window) it reads it again.
  useAfterWrites(worker.client !== null, () => void worker.client?.refresh().then(() => setGeneration((g) => g + 1)), 500);
  if (library === undefined) return <p className="muted page-message">{t('personas.loading')}</p>;
  return (
    <PersonasWorkerContext.Provider value={{ ...worker, generation }}>
      {onePagerId ? (
        <OnePager library={library} personaId={onePagerId} />
      ) : (
        <section className="page personas-page" aria-labelledby="personas-title">
          <header className="page-header">
            <h1 id="personas-title">{t('personas.title')}</h1>
            <p className="muted">{t('personas.description')}</p>
          </header>
          <Tabs
            label={t('personas.tabsLabel')}
            items={personasTabs.map((id) => ({ id, label: t(`personas.tabs.${id}`) }))}
            value={tab}
            onChange={setTab}
            panelId="personas-panel"
            idPrefix="personas"
          />
          <div id="personas-panel" role="tabpanel" aria-labelledby={tabId('personas', tab)} className="personas-panel">
            {tab === 'icp' && <IcpTab library={library} />}
            {tab === 'personas' && <PersonasTab library={library} />}
            {tab === 'voice' && <VoiceTab library={library} />}
            {tab === 'content' && <ContentTab library={library} />}
          </div>
        </section>
      )}
    </PersonasWorkerContext.Provider>
  );
}
