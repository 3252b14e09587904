import { useTranslation } from 'react-i18next';
import { Tabs, tabId } from '../../ui';
import { designerTabs, useDesigner, type DesignerTab } from './designer-store';
import { LifecycleTab } from './lifecycle/LifecycleTab';
import { RoutingTab } from './routing/RoutingTab';
import { ScoringTab } from './scoring/ScoringTab';
import { TableTab } from './table/TableTab';

const panels: Record<DesignerTab, () => React.ReactNode> = {
  lifecycle: () => <LifecycleTab />,
  table: () => <TableTab />,
  scoring: () => <ScoringTab />,
  routing: () => <RoutingTab />,
};

/** The funnel design as a document (DOMAIN.md §7): the lifecycle as a flow and as a table, scoring and routing. */
export function DesignerPage() {
  const { t } = useTranslation();
  const { tab, setTab } = useDesigner();
  return (
    <section className="page designer-page" aria-labelledby="designer-title">
      <header className="page-header">
        <h1 id="designer-title">{t('designer.title')}</h1>
        <p className="muted designer-description">{t('designer.description')}</p>
      </header>
      <Tabs
        label={t('designer.tabsLabel')}
        items={designerTabs.map((id) => ({ id, label: t(`designer.tabs.${id}`) }))}
        value={tab}
        onChange={setTab}
        panelId="designer-panel"
        idPrefix="designer"
        className="no-print"
      />
      <div id="designer-panel" role="tabpanel" aria-labelledby={tabId('designer', tab)} className="designer-panel">
        {panels[tab]()}
      </div>
    </section>
  );
}
