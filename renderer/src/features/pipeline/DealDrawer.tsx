import * as RadixDialog from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dealTouchTypes, timeInDealStages } from '@shared/index';
import { fieldErrorsText } from '../../i18n/field-errors';
import { Button, TextInput, formatCurrency, formatDate, formatNumber, useFocusReturn } from '../../ui';
import type { TeamMember } from '@shared/model';
import { useWorkspaceApi, useWorkspaceQuery } from '../../workspace-api';
import { DealEditForm } from './DealEditForm';

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
  const [note, setNote] = useState('');
  const [logged, setLogged] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const record = useWorkspaceQuery((q) => (dealId ? q.dealRecord({ dealId }) : null), [dealId]);
  useFocusReturn(dealId !== null);
  const stageName = (id: string) => record?.pipeline?.stages.find((s) => s.id === id)?.name ?? id;
  return (
    <RadixDialog.Root open={dealId !== null} onOpenChange={(open) => !open && (setEditing(false), onClose())}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="drawer-overlay" />
        <RadixDialog.Content className="drawer" aria-modal="true" aria-describedby={undefined} onCloseAutoFocus={(e) => e.preventDefault()}>
          <header className="drawer-header">
            <RadixDialog.Title className="dialog-title">
              <bdi>{record?.deal.title ?? ''}</bdi>
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
                  <dd>{record.deal.amount === null ? '—' : formatCurrency(record.deal.amount, record.deal.currency, i18n.language)}</dd>
                </div>
                <div className="fact">
                  <dt>{t('board.list.close')}</dt>
                  <dd>{record.deal.expectedCloseDate === null ? '—' : formatDate(record.deal.expectedCloseDate, i18n.language, timeZone)}</dd>
                </div>
              </dl>
              <h3>{t('board.drawer.log')}</h3>
              <form className="deal-log" onSubmit={(e) => e.preventDefault()} aria-label={t('board.drawer.log')}>
                <TextInput value={note} onValueChange={setNote} placeholder={t('log.note')} aria-label={t('log.note')} maxLength={2000} />
                <span className="row-actions inline">
                  {dealTouchTypes.map((type) => (
                    <Button
                      key={type}
                      onClick={async () => {
                        const contactId = record.deal.primaryContactId ?? record.deal.contactIds[0];
                        if (!contactId) return;
                        const result = await actions.logActivity({ contactId, dealId: record.deal.id, type, note, byMemberId: memberId });
                        if (result.ok) {
                          setNote('');
                          setLogged(t('board.drawer.logged', { activity: t(`log.${type}`) }));
                        } else setLogged(fieldErrorsText(t, result.errors));
                      }}
                    >
                      {t(`log.${type}`)}
                    </Button>
                  ))}
                </span>
                {logged && (
                  <p className="muted" role="status">
                    {logged}
                  </p>
                )}
              </form>
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
              {record.tasks.length > 0 && (
                <>
                  <h3>{t('board.drawer.tasks')}</h3>
                  <ul className="plain-list">
                    {record.tasks.map((task) => (
                      <li key={task.id}>
                        {task.title}
                        {task.dueAt !== null && <span className="muted"> · {formatDate(task.dueAt, i18n.language, timeZone)}</span>}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          )}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
