import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contactDisplayName } from '@shared/index';
import type { Contact } from '@shared/model';
import { useWorkspaceApi, useWorkspaceQuery, type Duplicate } from '../../../workspace-api';
import { useUndoToast } from '../../../app/use-undo-toast';
import { useRecordNote } from './RecordMessage';
import { Button, ConfirmDialog, formatDate } from '../../../ui';
import { fieldErrorsText } from '../../../i18n/field-errors';
import { describeKept } from '../merge-note';

export type MergeCardProps = { contact: Contact; companyName: string | null };

/** Duplicates of this contact (same e-mail, or same name at the same company), merged into it on request. */
export function MergeCard({ contact, companyName }: MergeCardProps) {
  const { t, i18n } = useTranslation();
  const { undoable } = useWorkspaceApi();
  const offerUndo = useUndoToast();
  // Tied to the contact's version: an Undo (or any later change) retires "Merged: …".
  const { note, say } = useRecordNote(contact.updatedAt);
  const message = note?.text ?? null;
  const setMessage = (text: string, at?: number) => say(text, 'ok', at);
  const [confirming, setConfirming] = useState<Duplicate | null>(null);
  /** E-mail, title and when it was added: what tells two people of the same name apart. */
  const identify = (c: Contact) => [c.email, c.jobTitle, t('mergeCard.added', { date: formatDate(c.createdAt, i18n.language) })].filter(Boolean).join(' · ');
  const merge = async (d: Duplicate) => {
    setConfirming(null);
    const { value: result, batchId } = await undoable.mergeContacts({ keepId: contact.id, duplicateId: d.contact.id });
    if (!result.ok) return setMessage(fieldErrorsText(t, result.errors));
    const text = [t('mergeCard.merged'), result.value.kept.length ? t('mergeCard.kept', { items: describeKept(t, result.value.kept) }) : null]
      .filter(Boolean)
      .join(' ');
    setMessage(text, result.value.contact.updatedAt);
    offerUndo(text, batchId);
  };
  const duplicates = useWorkspaceQuery(
    (q) =>
      q.duplicates({
        probe: { email: contact.email ?? '', firstName: contact.firstName, lastName: contact.lastName, companyName: companyName ?? '' },
        exceptId: contact.id,
      }),
    [contact.id, contact.email, contact.firstName, contact.lastName, companyName],
  );
  if (!duplicates || (duplicates.length === 0 && !message)) return null;
  return (
    <section className="record-card" aria-labelledby="merge-title">
      <h2 id="merge-title">{t('mergeCard.title')}</h2>
      {message && (
        <p className="stage-message" role="status">
          {message}
        </p>
      )}
      <ul className="duplicate-list">
        {duplicates.map((d) => (
          <li key={d.contact.id}>
            <span>
              <bdi>{contactDisplayName(d.contact)}</bdi>{' '}
              <span className="muted">({d.reason === 'email' ? t('quickAdd.sameEmail') : t('quickAdd.sameName')})</span>
              <span className="muted duplicate-detail">{identify(d.contact)}</span>
            </span>
            <Button onClick={() => setConfirming(d)}>{t('mergeCard.merge')}</Button>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={confirming !== null}
        title={t('confirm.mergeTitle', { other: confirming ? contactDisplayName(confirming.contact) : '', name: contactDisplayName(contact) })}
        body={t('confirm.mergeBody', { name: contactDisplayName(contact) })}
        confirmLabel={t('confirm.merge')}
        onConfirm={() => confirming && void merge(confirming)}
        onCancel={() => setConfirming(null)}
      >
        {confirming && (
          <dl className="merge-compare">
            <dt>{t('confirm.mergeKeeps')}</dt>
            <dd>
              <bdi>{contactDisplayName(contact)}</bdi> <span className="muted">{identify(contact)}</span>
            </dd>
            <dt>{t('confirm.mergeRemoves')}</dt>
            <dd>
              <bdi>{contactDisplayName(confirming.contact)}</bdi> <span className="muted">{identify(confirming.contact)}</span>
            </dd>
          </dl>
        )}
      </ConfirmDialog>
    </section>
  );
}
