import { extname, isAbsolute, join, normalize, relative } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export type AppProtocolDeps = {
  /** The built renderer folder. */
  root: string;
  readFile(path: string): Promise<Uint8Array>;
  /** The CSP in force now (it names the configured sync server, which can change). */
  csp(): string;
};

/**
 * Serves `app://baton/<path>` from the built renderer, every response with the CSP header. A path
 * that would leave the renderer folder, another host or a missing file answers 404.
 */
export function appProtocolHandler(deps: AppProtocolDeps): (request: { url: string }) => Promise<Response> {
  const notFound = () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return notFound();
    }
    if (url.host !== 'baton') return notFound();
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return notFound();
    }
    const file = normalize(join(deps.root, pathname === '/' ? '/index.html' : pathname));
    const inside = relative(deps.root, file);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return notFound();
    const data = await deps.readFile(file).catch(() => null);
    if (!data) return notFound();
    return new Response(data as BodyInit, {
      status: 200,
      headers: {
        'content-type': types[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-security-policy': deps.csp(),
        'x-content-type-options': 'nosniff',
      },
    });
  };
}
