import * as RadixDialog from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { daysInStage, timeInDealStages } from '@shared/index';
import { fieldErrorsText } from '../../i18n/field-errors';
import { Button, TaskList, formatCurrency, formatDate, formatNumber, useFocusReturn } from '../../ui';
import type { TeamMember } from '@shared/model';
import { useWorkspaceApi, useWorkspaceQuery } from '../../workspace-api';
import { DealEditForm } from './DealEditForm';
import { DealLog } from './DealLog';

export type DealDrawerProps = {
  dealId: string | null;
  timeZone: string;
  now: number;
  memberId: string | null;
  team: TeamMember[];
  onClose(): void;
  onOpenContact(id: string): void;
};

/** A deal at a glance beside the board: its facts, the time it spent in each stage, its contacts and open tasks. */
export function DealDrawer({ dealId, timeZone, now, memberId, team, onClose, onOpenContact }: DealDrawerProps) {
  const { t, i18n } = useTranslation();
  const { actions } = useWorkspaceApi();
  const [editing, setEditing] = useState(false);
  const record = useWorkspaceQuery((q) => (dealId ? q.dealRecord({ dealId }) : null), [dealId]);
  useFocusReturn(dealId !== null);
  const stageName = (id: string) => record?.pipeline?.stages.find((s) => s.id === id)?.name ?? id;
  const ownerName = (id: string) => team.find((m) => m.id === id)?.name ?? '—';
  const daysIn = record ? daysInStage(record.deal, now) : 0;
  return (
    <RadixDialog.Root open={dealId !== null} onOpenChange={(open) => !open && (setEditing(false), onClose())}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="drawer-overlay" />
        <RadixDialog.Content
          className="drawer"
          aria-modal="true"
          aria-describedby={undefined}
          onCloseAutoFocus={(e) => e.preventDefault()}
          // Escape while editing leaves the edit (its unsaved changes go), not the deal.
          onEscapeKeyDown={(e) => {
            if (editing) {
              e.preventDefault();
              setEditing(false);
            }
          }}
        >
          <header className="drawer-header">
            <RadixDialog.Title className="dialog-title">
              <bdi>{record?.deal.title ?? t('board.drawer.loading')}</bdi>
            </RadixDialog.Title>
            <RadixDialog.Close className="icon-button" aria-label={t('board.drawer.close')}>
              <X size={16} aria-hidden />
            </RadixDialog.Close>
          </header>
          {record && editing && <DealEditForm key={record.deal.id} deal={record.deal} team={team} onDone={() => setEditing(false)} />}
          {record && !editing && (
            <>
              {record.deal.status === 'open' && (
                <Button variant="ghost" onClick={() => setEditing(true)}>
                  {t('board.drawer.edit')}
                </Button>
              )}
              <dl className="facts">
                <div className="fact">
                  <dt>{t('board.list.stage')}</dt>
                  <dd>{stageName(record.deal.stageId)}</dd>
                </div>
                <div className="fact">
                  <dt>{t('board.list.amount')}</dt>
                  <dd>
                    {record.deal.amount === null
                      ? '—'
                      : formatCurrency(record.deal.amount, record.deal.currency, i18n.language, Number.isInteger(record.deal.amount))}
                  </dd>
                </div>
                <div className="fact">
                  <dt>{t('board.list.close')}</dt>
                  <dd>{record.deal.expectedCloseDate === null ? '—' : formatDate(record.deal.expectedCloseDate, i18n.language, timeZone)}</dd>
                </div>
                <div className="fact">
                  <dt>{t('board.list.owner')}</dt>
                  <dd>{record.deal.ownerId ? ownerName(record.deal.ownerId) : '—'}</dd>
                </div>
                <div className="fact">
                  <dt>{t('board.list.company')}</dt>
                  <dd>
                    <bdi>{record.companyName ?? '—'}</bdi>
                  </dd>
                </div>
                {record.deal.status === 'open' && (
                  <div className="fact">
                    <dt>{t('board.drawer.inStage')}</dt>
                    <dd>{t('board.drawer.days', { count: daysIn, formattedCount: formatNumber(daysIn, i18n.language) })}</dd>
                  </div>
                )}
              </dl>
              <h3>{t('board.drawer.log')}</h3>
              <DealLog deal={record.deal} activities={record.activities} memberId={memberId} ownerName={ownerName} timeZone={timeZone} />
              <h3>{t('board.drawer.history')}</h3>
              <ol className="deal-history">
                {timeInDealStages(record.deal, record.moves, now).map((s) => (
                  <li key={`${s.stageId}-${s.enteredAt}`}>
                    <strong>{stageName(s.stageId)}</strong>
                    <span className="muted">
                      {formatDate(s.enteredAt, i18n.language, timeZone)} ·{' '}
                      {t('board.drawer.days', { count: Math.floor(s.days), formattedCount: formatNumber(Math.floor(s.days), i18n.language) })}
                    </span>
                  </li>
                ))}
              </ol>
              <h3>{t('board.drawer.contacts')}</h3>
              <ul className="plain-list">
                {record.contacts.map((c) => (
                  <li key={c.id}>
                    <button type="button" className="link-button" onClick={() => onOpenContact(c.id)}>
                      <bdi>{c.name}</bdi>
                    </button>
                  </li>
                ))}
              </ul>
              <h3>{t('board.drawer.tasks')}</h3>
              {record.deal.status === 'open' ? (
                <TaskList
                  tasks={record.tasks}
                  now={now}
                  timeZone={timeZone}
                  ownerName={ownerName}
                  onAdd={async (title, dueAt) => {
                    const contactId = record.deal.primaryContactId ?? record.deal.contactIds[0];
                    if (!contactId) return t('board.drawer.noContact');
                    const result = await actions.addTask({ contactId, dealId: record.deal.id, title, dueAt, ownerId: record.deal.ownerId ?? memberId });
                    return result.ok ? null : fieldErrorsText(t, result.errors);
                  }}
                  onDone={(taskId) => void actions.setTaskDone({ taskId, done: true })}
                />
              ) : (
                <p className="muted">{t('board.drawer.closedNoTasks')}</p>
              )}
            </>
          )}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
