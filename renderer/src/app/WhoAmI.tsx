import { UserRound } from 'lucide-react';
import { useTranslation } from 'react-i18next';
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
      <select value={me?.id ?? ''} onChange={(e) => choose(workspaceId, e.target.value)} aria-label={t('whoAmI.label')}>
        {team.map((m) => (
          <option key={m.id} value={m.id}>
            {t('whoAmI.option', { name: m.name, role: t(`role.${m.role}`) })}
            {m.admin ? ` · ${t('whoAmI.admin')}` : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
