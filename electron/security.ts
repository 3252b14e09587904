/** Links the app may hand to the operating system: web pages over https and e-mail. */
export function isAllowedExternalUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'mailto:';
  } catch {
    return false;
  }
}

/** True when `raw` is a page of the app itself (same origin as the app's own entry URL). */
export function isAppUrl(raw: string, appUrl: string): boolean {
  try {
    const url = new URL(raw);
    const app = new URL(appUrl);
    if (app.protocol === 'file:') return url.protocol === 'file:' && url.pathname === app.pathname;
    // A custom scheme's origin is "null" to URL: compare scheme and host instead.
    return url.protocol === app.protocol && url.host === app.host && url.origin === app.origin;
  } catch {
    return false;
  }
}

type NavigationEvent = { preventDefault(): void };
type NavigationDetails = { url: string; isMainFrame?: boolean; preventDefault(): void };
/** The slice of `webContents` the guards need; tests pass a fake. */
export type GuardedContents = {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  on(event: 'will-navigate' | 'will-redirect', listener: (event: NavigationEvent, url: string) => void): void;
  on(event: 'will-frame-navigate', listener: (details: NavigationDetails) => void): void;
  on(event: 'will-attach-webview', listener: (event: NavigationEvent) => void): void;
};

/**
 * Denies every window.open, every navigation and redirect away from the app (in any frame) and
 * every <webview>; allowed external links (https, mailto) open in the user's browser instead.
 * Installed on every webContents by the `web-contents-created` hook, so no contents is missed.
 */
export function guardNavigation(contents: GuardedContents, appUrl: string, openExternal: (url: string) => void): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
  const guard = (event: NavigationEvent, url: string) => {
    if (isAppUrl(url, appUrl)) return;
    event.preventDefault();
    if (isAllowedExternalUrl(url)) openExternal(url);
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  // Sub-frames too: Baton has none, so any frame navigating away is refused (and not opened outside).
  contents.on('will-frame-navigate', (details) => {
    if (!isAppUrl(details.url, appUrl)) details.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Permissions Baton's pages use: writing to the clipboard (copy buttons). Everything else —
 * camera, microphone, geolocation, notifications from the page (native ones come from main),
 * MIDI, HID, serial, USB, fullscreen requests, opening external protocols — is denied.
 */
export const allowedPermissions: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** The permission decision: allowed permissions, asked by a page of the app, only. */
export function decidePermission(permission: string, requestingUrl: string, appUrl: string): boolean {
  return allowedPermissions.has(permission) && isAppUrl(requestingUrl, appUrl);
}

/** The slice of a session the permission handlers need. */
export type PermissionSession = {
  setPermissionRequestHandler(handler: (contents: { getURL(): string }, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (contents: { getURL(): string } | null, permission: string, requestingOrigin: string) => boolean): void;
};

/** Installs the request and the check handler: both answer with `decidePermission`. */
export function restrictPermissions(session: PermissionSession, appUrl: string): void {
  session.setPermissionRequestHandler((contents, permission, callback) => callback(decidePermission(permission, contents.getURL(), appUrl)));
  session.setPermissionCheckHandler((contents, permission, requestingOrigin) => decidePermission(permission, contents?.getURL() ?? requestingOrigin, appUrl));
}

/** The origin a sync server URL allows in connect-src, or why it is refused (https, except on this machine). */
export function syncServerOrigin(raw: string): { ok: true; origin: string } | { ok: false; reason: 'invalid_url' | 'not_https' } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'invalid_url' };
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) return { ok: true, origin: url.origin };
  return { ok: false, reason: url.protocol === 'http:' ? 'not_https' : 'invalid_url' };
}

/**
 * The app's Content Security Policy, sent as a header with every page of the app protocol:
 * scripts, styles, workers and fetches from the app itself only, and fetches to the configured
 * sync server — not to any http/https host.
 */
export function contentSecurityPolicy(syncOrigin: string | null): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "worker-src 'self' blob:",
    // React and Radix set inline style attributes; no inline script is allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${syncOrigin ? ` ${syncOrigin}` : ''}`,
    "object-src 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/** The parts of an IPC event the sender check reads. */
export type IpcEventLike = { sender: unknown; senderFrame?: { url: string; parent: unknown } | null };

/**
 * An IPC call is answered only when it comes from the main window's top frame showing the app
 * itself: the frame's own URL is checked (an iframe or a navigated-away page is refused), not only
 * which window it belongs to.
 */
export function isTrustedIpcSender(event: IpcEventLike, isMainWindowContents: (sender: unknown) => boolean, appUrl: string): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isMainWindowContents(event.sender) && isAppUrl(frame.url, appUrl);
}
