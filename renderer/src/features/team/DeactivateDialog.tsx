import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '@shared/model';
import { useUndoToast } from '../../app/use-undo-toast';
import { Button, Dialog, formatNumber } from '../../ui';
import { useWorkspaceApi, useWorkspaceQuery } from '../../workspace-api';
import type { DeactivationPreview, PreviewPart, PreviewRow } from './team-types';
import { teamErrorLine } from './team-text';

export type DeactivateDialogProps = { member: TeamMember; team: readonly TeamMember[]; me: TeamMember | null; onClose(): void };

/**
 * Deactivating a member: first what would be reassigned to whom (counts per new owner, the first
 * rows of each kind, what nobody can take and why), then one write with Undo in the toast.
 */
export function DeactivateDialog({ member, team, me, onClose }: DeactivateDialogProps) {
  const { t, i18n } = useTranslation();
  const { undoable } = useWorkspaceApi();
  const undoToast = useUndoToast();
  const preview = useWorkspaceQuery((q) => q.deactivationPreview({ memberId: member.id }), [member.id]);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const nameOf = (id: string | null) => team.find((m) => m.id === id)?.name ?? '—';
  const n = (value: number) => formatNumber(value, i18n.language);

  const confirm = async () => {
    setBusy(true);
    const { value, batchId } = await undoable.deactivateMember({ memberId: member.id, byMemberId: me?.id ?? null });
    setBusy(false);
    if (!value.ok) {
      setRefusal(t('team.deactivateDialog.refused', { why: value.errors.map((e) => teamErrorLine(t, e)).join('; ') }));
      return;
    }
    const counts = {
      name: member.name,
      leads: n(value.value.leads),
      deals: n(value.value.deals),
      tasks: n(value.value.tasks),
      left: n(value.value.unassignable),
    };
    undoToast(t(value.value.unassignable > 0 ? 'team.deactivateDialog.doneWithLeft' : 'team.deactivateDialog.done', counts), batchId);
    onClose();
  };
  const blocked = preview ? preview.errors.length > 0 : true;
  const empty = preview && preview.leads.total + preview.deals.total + preview.tasks.total === 0;

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('team.deactivateDialog.title', { name: member.name })}
      description={t('team.deactivateDialog.body', { name: member.name })}
      wide
    >
      {preview === undefined ? (
        <p role="status">{t('team.deactivateDialog.loading')}</p>
      ) : preview === null ? null : (
        <div className="team-preview" data-testid="reassignment-preview">
          {preview.errors.length > 0 && (
            <ul className="team-form-errors" role="alert">
              {preview.errors.map((e) => (
                <li key={e.code}>{teamErrorLine(t, e)}</li>
              ))}
            </ul>
          )}
          {empty ? <p>{t('team.deactivateDialog.nothing', { name: member.name })}</p> : <PreviewBody preview={preview} member={member} nameOf={nameOf} />}
        </div>
      )}
      {refusal && (
        <p className="error-text" role="alert">
          {refusal}
        </p>
      )}
      <div className="row-actions">
        <Button variant="ghost" onClick={onClose} autoFocus>
          {t('common.cancel')}
        </Button>
        <Button variant="primary" onClick={() => void confirm()} disabled={busy || blocked} aria-busy={busy || undefined}>
          {t('team.deactivateDialog.confirm')}
        </Button>
      </div>
    </Dialog>
  );
}

function PreviewBody({ preview, member, nameOf }: { preview: DeactivationPreview; member: TeamMember; nameOf(id: string | null): string }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  const parts = [
    ['leads', preview.leads, t('team.deactivateDialog.firstLeads')],
    ['deals', preview.deals, t('team.deactivateDialog.firstDeals')],
    ['tasks', preview.tasks, t('team.deactivateDialog.firstTasks')],
  ] as const;
  return (
    <>
      <dl className="team-preview-counts">
        {parts.map(([key, part]) => (
          <div key={key}>
            <dt>{t(`team.deactivateDialog.${key}`)}</dt>
            <dd>
              <strong>{n(part.total)}</strong>{' '}
              <span className="muted">{t('team.deactivateDialog.summaryLine', { assigned: n(part.assigned), total: n(part.total) })}</span>
            </dd>
          </div>
        ))}
      </dl>
      {preview.perOwner.length > 0 && (
        <table className="data-table team-preview-owners">
          <thead>
            <tr>
              <th scope="col">{t('team.deactivateDialog.newOwner')}</th>
              <th scope="col">{t('team.deactivateDialog.receives')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.perOwner.map((row) => (
              <tr key={row.memberId}>
                <th scope="row">{nameOf(row.memberId)}</th>
                <td>{t('team.deactivateDialog.receivesCounts', { leads: n(row.leads), deals: n(row.deals), tasks: n(row.tasks) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="team-preview-rows">
        {parts.map(([key, part, heading]) => (part.first.length > 0 ? <FirstRows key={key} part={part} heading={heading} nameOf={nameOf} /> : null))}
      </div>
      {preview.unassignable.length > 0 && (
        <div className="team-unassignable">
          <p>{t('team.deactivateDialog.unassignableTitle', { name: member.name })}</p>
          <ul>
            {preview.unassignable.map((row) => (
              <li key={row.id}>
                {t(`team.kind.${row.kind}`)} · {row.label}: {t(`team.unassignable.${row.reason!}`, { role: t(`role.${member.role}`) })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

function FirstRows({ part, heading, nameOf }: { part: PreviewPart; heading: string; nameOf(id: string | null): string }) {
  const { t, i18n } = useTranslation();
  return (
    <section>
      <h3>{heading}</h3>
      <ul>
        {part.first.map((row: PreviewRow) => (
          <li key={row.id} data-reassign-row={row.id}>
            <span>{row.label}</span>{' '}
            <span className={row.toOwnerId ? 'team-to' : 'team-to muted'}>{t('team.deactivateDialog.to', { owner: nameOf(row.toOwnerId) })}</span>
          </li>
        ))}
      </ul>
      {part.total > part.first.length && (
        <p className="muted">
          {t('team.deactivateDialog.more', {
            count: part.total - part.first.length,
            formattedCount: formatNumber(part.total - part.first.length, i18n.language),
          })}
        </p>
      )}
    </section>
  );
}
