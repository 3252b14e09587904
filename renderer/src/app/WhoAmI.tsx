import { UserRound } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Select } from '../ui';
import { useWorkspaceApi, useWorkspaceQuery } from '../workspace-api';
import { resolveCurrentMember, useCurrentMemberChoice } from './current-member-store';

/**
 * Who is using Baton here, visible and switchable: "My hand-offs", who moved a stage and who may
 * override all depend on it (an SDR must not wonder why the queue is someone else's).
 */
export function WhoAmI() {
  const { t } = useTranslation();
  const { id: workspaceId } = useWorkspaceApi();
  const team = useWorkspaceQuery((q) => q.team(), []) ?? [];
  const chosen = useCurrentMemberChoice((s) => s.byWorkspace[workspaceId]);
  const choose = useCurrentMemberChoice((s) => s.choose);
  const me = resolveCurrentMember(team, chosen);
  if (team.length === 0) return null;
  return (
    <label className="who-am-i">
      <UserRound size={15} aria-hidden />
      <span className="who-am-i-label">{t('whoAmI.label')}</span>
      <Select
        value={me?.id ?? ''}
        onValueChange={(memberId) => choose(workspaceId, memberId)}
        aria-label={t('whoAmI.label')}
        options={team.map((m) => ({
          value: m.id,
          label: `${t('whoAmI.option', { name: m.name, role: t(`role.${m.role}`) })}${m.admin ? ` · ${t('whoAmI.admin')}` : ''}`,
        }))}
      />
    </label>
  );
}
