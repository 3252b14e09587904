import { Users } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { resolveCurrentMember, useCurrentMemberChoice } from '../../app/current-member-store';
import { Button, EmptyState, formatCurrency, formatNumber, showToast } from '../../ui';
import { useWorkspaceApi, useWorkspaceQuery } from '../../workspace-api';
import { DeactivateDialog } from './DeactivateDialog';
import { MemberDialog } from './MemberDialog';
import { useTeamDialog } from './team-store';
import { teamErrorLine } from './team-text';
import type { TeamRow } from './team-types';

/** The team (DOMAIN.md §1 roles): who works the leads, their capacity, territory, quota and calendar; add, edit, deactivate with reassignment. */
export function TeamPage() {
  const { t, i18n } = useTranslation();
  const { id: workspaceId, actions } = useWorkspaceApi();
  const overview = useWorkspaceQuery((q) => q.teamOverview(), []);
  const { dialog, open, close } = useTeamDialog();
  const chosen = useCurrentMemberChoice((s) => s.byWorkspace[workspaceId]);
  const rows = overview?.rows ?? [];
  const team = rows.map((r) => r.member);
  const me = resolveCurrentMember(team, chosen);
  const isAdmin = me?.admin === true && me.active;
  const n = (value: number) => formatNumber(value, i18n.language);

  const reactivate = async (row: TeamRow) => {
    const result = await actions.reactivateMember({ memberId: row.member.id, byMemberId: me?.id ?? null });
    showToast(
      result.ok
        ? { tone: 'ok', text: t('team.reactivated', { name: row.member.name }) }
        : { tone: 'error', text: result.errors.map((e) => teamErrorLine(t, e)).join('; ') },
    );
  };

  const editing = dialog?.kind === 'edit' ? (team.find((m) => m.id === dialog.memberId) ?? null) : null;
  const leaving = dialog?.kind === 'deactivate' ? team.find((m) => m.id === dialog.memberId) : undefined;

  return (
    <section className="page team-page" aria-labelledby="team-title">
      <header className="page-header">
        <h1 id="team-title" tabIndex={-1}>
          {t('team.title')}
        </h1>
        {overview && <span className="page-count">{t('team.count', { count: rows.length })}</span>}
        <span className="team-header-actions">
          <Button variant="primary" onClick={() => open({ kind: 'add' })} disabled={!isAdmin}>
            {t('team.add')}
          </Button>
        </span>
      </header>
      {overview && !isAdmin && me && <p className="team-note">{t('team.adminOnly', { name: me.name })}</p>}
      {overview && rows.length === 0 && (
        <EmptyState icon={<Users size={28} aria-hidden />} title={t('team.emptyTitle')}>
          {t('team.emptyBody')}
        </EmptyState>
      )}
      {rows.length > 0 && (
        <div className="team-table-wrap">
          <table className="data-table team-table">
            <thead>
              <tr>
                <th scope="col">{t('team.column.name')}</th>
                <th scope="col">{t('team.column.role')}</th>
                <th scope="col">{t('team.column.admin')}</th>
                <th scope="col">{t('team.column.status')}</th>
                <th scope="col" className="num">
                  {t('team.column.capacity')}
                </th>
                <th scope="col" className="num">
                  {t('team.column.openLeads')}
                </th>
                <th scope="col" className="num">
                  {t('team.column.openDeals')}
                </th>
                <th scope="col">{t('team.column.territory')}</th>
                <th scope="col" className="num">
                  {t('team.column.quota')}
                </th>
                <th scope="col">{t('team.column.calendar')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('team.column.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const m = row.member;
                const over = m.capacity !== null && row.openLeads > m.capacity;
                return (
                  <tr key={m.id} data-member-id={m.id} className={m.active ? undefined : 'team-inactive'}>
                    <th scope="row">
                      <span className="team-name">{m.name}</span>
                      {m.email && <span className="team-email">{m.email}</span>}
                    </th>
                    <td>{t(`role.${m.role}`)}</td>
                    <td>{m.admin ? <span className="badge">{t('team.adminYes')}</span> : t('team.none')}</td>
                    <td>{m.active ? t('team.active') : <span className="badge badge-warning">{t('team.inactive')}</span>}</td>
                    <td className="num">{m.capacity === null ? <span className="muted">{t('team.unlimited')}</span> : n(m.capacity)}</td>
                    <td className={over ? 'num team-over' : 'num'}>{n(row.openLeads)}</td>
                    <td className="num">{n(row.openDeals)}</td>
                    <td>{m.territory ?? t('team.none')}</td>
                    <td className="num">{m.quota === null ? t('team.none') : formatCurrency(m.quota, overview!.currency, i18n.language, true)}</td>
                    <td>{m.calendar ? t('team.ownCalendar', { zone: m.calendar.timeZone }) : <span className="muted">{t('team.workspaceCalendar')}</span>}</td>
                    <td className="team-row-actions">
                      <Button variant="ghost" aria-label={t('team.editLabel', { name: m.name })} onClick={() => open({ kind: 'edit', memberId: m.id })}>
                        {t('team.edit')}
                      </Button>
                      {m.active ? (
                        <Button
                          variant="ghost"
                          aria-label={t('team.deactivateLabel', { name: m.name })}
                          disabled={!isAdmin}
                          onClick={() => open({ kind: 'deactivate', memberId: m.id })}
                        >
                          {t('team.deactivate')}
                        </Button>
                      ) : (
                        <Button
                          variant="ghost"
                          aria-label={t('team.reactivateLabel', { name: m.name })}
                          disabled={!isAdmin}
                          onClick={() => void reactivate(row)}
                        >
                          {t('team.reactivate')}
                        </Button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {overview && (dialog?.kind === 'add' || editing) && (
        <MemberDialog key={editing?.id ?? 'new'} member={editing} me={me} currency={overview.currency} workspaceCalendar={overview.calendar} onClose={close} />
      )}
      {leaving && <DeactivateDialog member={leaving} team={team} me={me} onClose={close} />}
    </section>
  );
}
