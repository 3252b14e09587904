import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contactDisplayName } from '@shared/index';
import type { Contact } from '@shared/model';
import { findDuplicates, mergeContacts } from '../../../db/repositories/contact-create-repository';
import type { WorkspaceDb } from '../../../db/workspace-db';
import { Button } from '../../../ui';
import { describeKept } from '../merge-note';

export type MergeCardProps = { db: WorkspaceDb; contact: Contact; companyName: string | null };

/** Duplicates of this contact (same e-mail, or same name at the same company), merged into it on request. */
export function MergeCard({ db, contact, companyName }: MergeCardProps) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const duplicates = useLiveQuery(
    () =>
      findDuplicates(db, { email: contact.email ?? '', firstName: contact.firstName, lastName: contact.lastName, companyName: companyName ?? '' }, contact.id),
    [db, contact.id, contact.email, contact.firstName, contact.lastName, companyName],
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
              {contactDisplayName(d.contact)} <span className="muted">({d.reason === 'email' ? t('quickAdd.sameEmail') : t('quickAdd.sameName')})</span>
            </span>
            <Button
              onClick={async () => {
                const result = await mergeContacts(db, contact.id, d.contact.id);
                if (!result.ok) setMessage(t('common.error', { message: result.errors[0]?.message ?? '' }));
                else
                  setMessage(
                    [t('mergeCard.merged'), result.value.kept.length ? t('mergeCard.kept', { items: describeKept(t, result.value.kept) }) : null]
                      .filter(Boolean)
                      .join(' '),
                  );
              }}
            >
              {t('mergeCard.merge')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
