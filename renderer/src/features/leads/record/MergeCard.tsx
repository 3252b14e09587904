import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contactDisplayName } from '@shared/index';
import type { Contact } from '@shared/model';
import { useWorkspaceApi, useWorkspaceQuery } from '../../../workspace-api';
import { Button } from '../../../ui';
import { fieldErrorsText } from '../field-errors';
import { describeKept } from '../merge-note';

export type MergeCardProps = { contact: Contact; companyName: string | null };

/** Duplicates of this contact (same e-mail, or same name at the same company), merged into it on request. */
export function MergeCard({ contact, companyName }: MergeCardProps) {
  const { t } = useTranslation();
  const { actions } = useWorkspaceApi();
  const [message, setMessage] = useState<string | null>(null);
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
              {contactDisplayName(d.contact)} <span className="muted">({d.reason === 'email' ? t('quickAdd.sameEmail') : t('quickAdd.sameName')})</span>
            </span>
            <Button
              onClick={async () => {
                const result = await actions.mergeContacts({ keepId: contact.id, duplicateId: d.contact.id });
                if (!result.ok) setMessage(fieldErrorsText(t, result.errors));
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
