import type { Address } from './feature-manifest';

/** Where the user is: a page and the place inside it. Lives in the URL hash. */
export type Route = { page: string } & Address;

/** `#/leads/<id>`, `#/leads?queue=sla_breached`, `#/settings`: page, path segments, query parameters. */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [page = '', ...rest] = path.split('/').filter(Boolean);
  return { page, path: rest.map(decodeURIComponent), params: Object.fromEntries(new URLSearchParams(query)) };
}

export function formatRoute({ page, path, params }: Route): string {
  const query = new URLSearchParams(params).toString();
  return `#/${[page, ...path.map(encodeURIComponent)].join('/')}${query ? `?${query}` : ''}`;
}
