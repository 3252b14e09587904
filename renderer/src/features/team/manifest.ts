import './team.css';
import { UsersRound } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Command, FeatureManifest } from '../../app/feature-manifest';
import { useNavigation } from '../../app/navigation-store';
import { TeamPage } from './TeamPage';
import { useTeamDialog } from './team-store';

/** "Add a team member" from the palette: opens the Team page with the form. */
function useTeamCommands(): Command[] {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  const open = useTeamDialog((s) => s.open);
  return [
    {
      id: 'team.add',
      group: 'workspace',
      label: t('team.paletteAdd'),
      keywords: ['team', 'member', '팀', '구성원'],
      run: () => {
        go('team');
        open({ kind: 'add' });
      },
    },
  ];
}

export const teamFeature: FeatureManifest = {
  id: 'team',
  page: { label: (t) => t('team.nav'), icon: UsersRound, Component: TeamPage },
  useCommands: useTeamCommands,
};
