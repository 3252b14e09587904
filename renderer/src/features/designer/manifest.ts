import './designer.css';
import { Workflow } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Address, Command, FeatureManifest } from '../../app/feature-manifest';
import { useNavigation } from '../../app/navigation-store';
import { DesignerPage } from './DesignerPage';
import { designerTabs, useDesigner } from './designer-store';

/** `#/designer?tab=table&stage=mql`: the tab and the open stage survive reload, links and Back. */
function applyAddress({ params }: Address) {
  const state = useDesigner.getState();
  const tab = designerTabs.find((t) => t === params.tab) ?? 'lifecycle';
  if (tab !== state.tab) state.setTab(tab);
  const stageId = params.stage ?? null;
  if (stageId !== state.stageId) state.openStage(stageId);
}

function useAddress(): Address {
  const tab = useDesigner((s) => s.tab);
  const stageId = useDesigner((s) => s.stageId);
  return { path: [], params: { ...(tab !== 'lifecycle' ? { tab } : {}), ...(stageId && tab === 'lifecycle' ? { stage: stageId } : {}) } };
}

function useDesignerCommands(): Command[] {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  const open = (tab: 'lifecycle' | 'table') => () => {
    useDesigner.getState().setTab(tab);
    go('designer');
  };
  return [
    {
      id: 'designer.lifecycle',
      group: 'navigate',
      label: t('designer.paletteLifecycle'),
      keywords: ['lifecycle', 'stages', '라이프사이클', '단계'],
      run: open('lifecycle'),
    },
    { id: 'designer.table', group: 'navigate', label: t('designer.paletteTable'), keywords: ['table', 'print', '표', '인쇄'], run: open('table') },
  ];
}

export const designerFeature: FeatureManifest = {
  id: 'designer',
  page: { label: (t) => t('designer.nav'), icon: Workflow, Component: DesignerPage },
  route: { apply: applyAddress, useAddress },
  useCommands: useDesignerCommands,
};
