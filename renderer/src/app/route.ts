import { pages, type Page } from './navigation-store';

/** Where the user is: a page, and on the leads page an open record or a queue. Lives in the URL hash. */
export type Route = { page: Page; contactId?: string; queue?: string };

const isPage = (value: string): value is Page => (pages as readonly string[]).includes(value);

/** `#/leads/<id>`, `#/leads?queue=sla_breached`, `#/settings`; anything else is the leads list. */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [first = '', second] = path.split('/');
  const page: Page = isPage(first) ? first : 'leads';
  const route: Route = { page };
  if (first === 'leads' && second) route.contactId = decodeURIComponent(second);
  const queue = new URLSearchParams(query).get('queue');
  if (page === 'leads' && !route.contactId && queue) route.queue = queue;
  return route;
}

export function formatRoute(route: Route): string {
  if (route.page !== 'leads') return `#/${route.page}`;
  if (route.contactId) return `#/leads/${encodeURIComponent(route.contactId)}`;
  return route.queue && route.queue !== 'all' ? `#/leads?queue=${encodeURIComponent(route.queue)}` : '#/leads';
}
