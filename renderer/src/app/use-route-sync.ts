import { useEffect, useRef } from 'react';
import type { Address, FeatureManifest } from './feature-manifest';
import { useNavigation } from './navigation-store';
import { formatRoute, parseRoute } from './route';

const nowhere: Address = { path: [], params: {} };

/**
 * Keeps the place in the URL hash and the hash in the place: a reload, a link, back and forward
 * land on the same page and the same place inside it (each feature says what its place is). An
 * address naming no page is rewritten to the first page, so the address bar never lies.
 */
export function useRouteSync(features: readonly FeatureManifest[]): void {
  const pages = features.filter((f) => f.page);
  useEffect(() => {
    const apply = () => {
      const route = parseRoute(window.location.hash);
      const feature = pages.find((f) => f.id === route.page);
      if (!feature) {
        const home = pages[0]!;
        window.history.replaceState(null, '', formatRoute({ page: home.id, ...nowhere }));
        useNavigation.setState({ page: home.id });
        home.route?.apply(nowhere);
        return;
      }
      useNavigation.setState({ page: feature.id });
      feature.route?.apply(route);
    };
    apply();
    window.addEventListener('hashchange', apply);
    return () => window.removeEventListener('hashchange', apply);
    // The manifest list is a module constant.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const page = useNavigation((s) => s.page);
  const addresses = new Map<string, Address>();
  // Every routed feature's address hook runs on every render, in the same order: the manifest list is a
  // module constant, so the hook order never changes.
  for (const f of pages) if (f.route) addresses.set(f.id, f.route.useAddress());
  const next = formatRoute({ page, ...(addresses.get(page) ?? nowhere) });
  // The first render still holds the state from before the URL was read: let the URL win once.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (window.location.hash !== next) window.location.hash = next;
  }, [next]);
}
