import { Bell } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Popover, formatDate, reportError } from '../../ui';
import { useWorkspaceApi } from '../../workspace-api';
import { useSeenBreaches } from './inbox-store';
import { inboxText, openContactAddress, useInbox } from './use-inbox';
import { useDesktopAlerts } from './use-desktop-alerts';

/** The bell in the top bar: a badge with the unread count, the inbox in a popover, and the system alerts. */
export function InboxButton() {
  const { t, i18n } = useTranslation();
  const api = useWorkspaceApi();
  const { lines, workspaceId } = useInbox();
  const see = useSeenBreaches((s) => s.see);
  const [open, setOpen] = useState(false);
  useDesktopAlerts(lines);
  const unread = lines.filter((l) => !l.read);
  const markRead = (ids: string[]) => {
    see(
      workspaceId,
      ids.filter((id) => id.startsWith('sla:')),
    );
    void api.actions.markNotificationsRead({ ids: ids.filter((id) => !id.startsWith('sla:')) }).catch(reportError);
  };
  const openContact = (contactId: string | null, id: string) => {
    markRead([id]);
    setOpen(false);
    if (contactId) openContactAddress(contactId);
  };
  const label = unread.length ? t('desktop.inbox.buttonUnread', { count: unread.length }) : t('desktop.inbox.button');
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      align="end"
      label={t('desktop.inbox.title')}
      trigger={
        <button type="button" className="btn btn-ghost inbox-trigger" aria-label={label}>
          <Bell size={16} aria-hidden />
          {unread.length > 0 && (
            <span className="inbox-badge" aria-hidden>
              {unread.length > 99 ? '99+' : unread.length}
            </span>
          )}
        </button>
      }
    >
      <div className="inbox">
        <header className="inbox-header">
          <strong>{t('desktop.inbox.title')}</strong>
          {unread.length > 0 && (
            <Button variant="ghost" onClick={() => markRead(unread.map((l) => l.id))}>
              {t('desktop.inbox.markAllRead')}
            </Button>
          )}
        </header>
        {lines.length === 0 ? (
          <p className="muted">{t('desktop.inbox.empty')}</p>
        ) : (
          <ul className="inbox-list">
            {lines.slice(0, 50).map((line) => (
              <li key={line.id} data-unread={!line.read || undefined}>
                <button type="button" onClick={() => openContact(line.contactId, line.id)}>
                  <span>{inboxText(t, line)}</span>
                  <span className="muted">{formatDate(line.at, i18n.language)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Popover>
  );
}
