import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { planAlerts } from '@shared/notifications/inbox';
import { platform } from '../../app/services';
import { reportError, showToast } from '../../ui';
import type { InboxLine } from '../../workspace-api';
import { inboxText, openContactAddress } from './use-inbox';

/**
 * System notifications for hand-offs routed to me and SLA breaches that arrive while Baton runs,
 * throttled by shared's `planAlerts` (one per minute; several become one summary). Where the host has
 * none (the web build) the same alert is a toast. What was there when the workspace opened is only
 * in the inbox; clicking a notification opens its contact.
 */
export function useDesktopAlerts(lines: readonly InboxLine[]) {
  const { t } = useTranslation();
  const known = useRef<Set<string> | null>(null);
  const lastAlertAt = useRef<number | null>(null);
  const latest = useRef(lines);
  useEffect(() => {
    latest.current = lines;
  });
  useEffect(() => {
    if (known.current === null) {
      // The first answer is the backlog: it waits in the inbox.
      if (lines.length) known.current = new Set(lines.map((l) => l.id));
      return;
    }
    const seen = known.current;
    const fresh = lines.filter((l) => !seen.has(l.id));
    fresh.forEach((l) => seen.add(l.id));
    const now = Date.now();
    const { plan } = planAlerts(fresh, lastAlertAt.current, now);
    if (plan.show === 'none') return;
    lastAlertAt.current = now;
    const note =
      plan.show === 'one'
        ? { id: plan.item.id, title: inboxText(t, plan.item as InboxLine), body: '' }
        : {
            id: plan.items[0]!.id,
            title: t('desktop.inbox.summary', { count: plan.count }),
            body: plan.items.map((i) => inboxText(t, i as InboxLine)).join('\n'),
          };
    void platform.notify(note).then((shown) => !shown && showToast({ tone: 'ok', text: note.title }), reportError);
  }, [lines, t]);
  useEffect(
    () =>
      platform.onNotificationClicked((id) => {
        const line = latest.current.find((l) => l.id === id);
        if (line?.contactId) openContactAddress(line.contactId);
      }),
    [],
  );
}
