import { useEffect, useRef } from 'react';
import { queueIds, type QueueId } from '../features/leads/lead-views';
import { useLeads } from '../features/leads/leads-store';
import { useNavigation } from './navigation-store';
import { formatRoute, parseRoute } from './route';

const isQueue = (value: string): value is QueueId => (queueIds as readonly string[]).includes(value);

/**
 * Keeps the place in the URL hash and the hash in the place: a reload, a link, back and forward
 * land on the same page, record or queue.
 */
export function useRouteSync(): void {
  useEffect(() => {
    const apply = () => {
      const route = parseRoute(window.location.hash);
      useNavigation.setState({ page: route.page });
      if (route.page !== 'leads') return;
      const leads = useLeads.getState();
      if ((route.contactId ?? null) !== leads.openContactId) leads.openContact(route.contactId ?? null);
      // No queue in the address is the All contacts queue (back to the first page restores it).
      const queue = route.queue && isQueue(route.queue) ? route.queue : 'all';
      if (!route.contactId && queue !== leads.queue) leads.setQueue(queue);
    };
    apply();
    window.addEventListener('hashchange', apply);
    return () => window.removeEventListener('hashchange', apply);
  }, []);
  const page = useNavigation((s) => s.page);
  const contactId = useLeads((s) => s.openContactId);
  const queue = useLeads((s) => s.queue);
  // The first render still holds the state from before the URL was read: let the URL win once.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const next = formatRoute({ page, contactId: contactId ?? undefined, queue });
    if (window.location.hash !== next) window.location.hash = next;
  }, [page, contactId, queue]);
}
