import './personas.css';
import { UserRound } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Address, Command, FeatureManifest } from '../../app/feature-manifest';
import { useNavigation } from '../../app/navigation-store';
import { PersonasPage } from './PersonasPage';
import { personasTabs, usePersonasPage, type PersonasTab } from './personas-store';

/** `#/personas?tab=personas&persona=<id>`, `#/personas/one-pager/<id>`: reload, links and Back keep the place. */
function applyAddress({ path, params }: Address) {
  const state = usePersonasPage.getState();
  const onePager = path[0] === 'one-pager' ? (path[1] ?? null) : null;
  const tab = personasTabs.find((t) => t === params.tab) ?? 'personas';
  if (tab !== state.tab) state.setTab(tab);
  const personaId = onePager ?? params.persona ?? null;
  if (personaId !== state.personaId) state.openPersona(personaId);
  if (onePager !== usePersonasPage.getState().onePagerId) state.openOnePager(onePager);
}

function useAddress(): Address {
  const tab = usePersonasPage((s) => s.tab);
  const personaId = usePersonasPage((s) => s.personaId);
  const onePagerId = usePersonasPage((s) => s.onePagerId);
  if (onePagerId) return { path: ['one-pager', onePagerId], params: {} };
  return { path: [], params: { ...(tab !== 'personas' ? { tab } : {}), ...(personaId && tab === 'personas' ? { persona: personaId } : {}) } };
}

function usePersonasCommands(): Command[] {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  const open = (tab: PersonasTab) => () => {
    usePersonasPage.getState().setTab(tab);
    go('personas');
  };
  return [
    { id: 'personas.icp', group: 'navigate', label: t('personas.palette.icp'), keywords: ['icp', 'ideal customer', '이상적인 고객', '핏'], run: open('icp') },
    { id: 'personas.personas', group: 'navigate', label: t('personas.palette.personas'), keywords: ['persona', '페르소나', 'title'], run: open('personas') },
    {
      id: 'personas.voice',
      group: 'navigate',
      label: t('personas.palette.voice'),
      keywords: ['quote', 'voice of customer', '인용', '고객의 소리'],
      run: open('voice'),
    },
    { id: 'personas.content', group: 'navigate', label: t('personas.palette.content'), keywords: ['content', 'asset', '콘텐츠', 'tofu'], run: open('content') },
  ];
}

export const personasFeature: FeatureManifest = {
  id: 'personas',
  page: { label: (t) => t('nav.personas'), icon: UserRound, Component: PersonasPage },
  route: { apply: applyAddress, useAddress },
  useCommands: usePersonasCommands,
};
