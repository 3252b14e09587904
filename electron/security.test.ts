import { describe, expect, it, vi } from 'vitest';
import {
  contentSecurityPolicy,
  decidePermission,
  guardNavigation,
  isAllowedExternalUrl,
  isAppUrl,
  isTrustedIpcSender,
  restrictPermissions,
  syncServerOrigin,
  type GuardedContents,
} from './security';

const appUrl = 'app://baton/index.html';

describe('isAllowedExternalUrl', () => {
  it.each([
    ['https://baton.example/docs', true],
    ['mailto:sales@baton.example', true],
    ['http://insecure.example', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['app://baton/index.html', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => expect(isAllowedExternalUrl(url)).toBe(allowed));
});

describe('isAppUrl', () => {
  it.each([
    ['app://baton/index.html#/leads', appUrl, true],
    ['app://baton/assets/x.js', appUrl, true],
    ['app://evil/index.html', appUrl, false],
    ['https://baton/index.html', appUrl, false],
    ['http://127.0.0.1:5173/#/pipeline', 'http://127.0.0.1:5173/', true],
    ['http://127.0.0.1:9999/', 'http://127.0.0.1:5173/', false],
    ['file:///opt/baton/renderer/index.html#/leads', 'file:///opt/baton/renderer/index.html', true],
    ['file:///etc/passwd', 'file:///opt/baton/renderer/index.html', false],
    ['garbage', appUrl, false],
  ])('%s on %s → %s', (url, app, same) => expect(isAppUrl(url, app)).toBe(same));
});

describe('guardNavigation', () => {
  function fakeContents() {
    let openHandler: ((d: { url: string }) => { action: 'deny' }) | undefined;
    const listeners = new Map<string, (...args: never[]) => void>();
    const contents = {
      setWindowOpenHandler: (h: typeof openHandler) => void (openHandler = h),
      on: (event: string, listener: (...args: never[]) => void) => void listeners.set(event, listener),
    } as unknown as GuardedContents;
    const prevented = (event: string, ...args: unknown[]) => {
      const e = { preventDefault: vi.fn() };
      (listeners.get(event) as (...a: unknown[]) => void)(e, ...args);
      return e.preventDefault.mock.calls.length > 0;
    };
    return {
      contents,
      open: (url: string) => openHandler!({ url }),
      navigate: (url: string) => prevented('will-navigate', url),
      redirect: (url: string) => prevented('will-redirect', url),
      frameNavigate: (url: string) => {
        const details = { url, isMainFrame: false, preventDefault: vi.fn() };
        (listeners.get('will-frame-navigate') as (d: typeof details) => void)(details);
        return details.preventDefault.mock.calls.length > 0;
      },
      attachWebview: () => prevented('will-attach-webview'),
    };
  }

  it('denies window.open and hands https links to the system browser', () => {
    const openExternal = vi.fn();
    const f = fakeContents();
    guardNavigation(f.contents, appUrl, openExternal);
    expect(f.open('https://baton.example')).toEqual({ action: 'deny' });
    expect(f.open('http://evil.example')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://baton.example']]);
  });

  it('blocks navigation and redirects away from the app, but allows the app itself', () => {
    const f = fakeContents();
    guardNavigation(f.contents, appUrl, vi.fn());
    expect(f.navigate('https://evil.example')).toBe(true);
    expect(f.navigate('file:///etc/passwd')).toBe(true);
    expect(f.navigate('app://baton/index.html#/leads')).toBe(false);
    expect(f.redirect('https://evil.example/login')).toBe(true);
    expect(f.redirect('app://baton/index.html')).toBe(false);
  });

  it('blocks any frame navigating away and every <webview>', () => {
    const f = fakeContents();
    guardNavigation(f.contents, appUrl, vi.fn());
    expect(f.frameNavigate('https://evil.example')).toBe(true);
    expect(f.frameNavigate('app://baton/index.html')).toBe(false);
    expect(f.attachWebview()).toBe(true);
  });
});

describe('permissions', () => {
  it('grants only the clipboard write, and only to the app’s pages', () => {
    expect(decidePermission('clipboard-sanitized-write', 'app://baton/index.html', appUrl)).toBe(true);
    expect(decidePermission('clipboard-sanitized-write', 'https://evil.example', appUrl)).toBe(false);
    for (const p of ['media', 'geolocation', 'notifications', 'midi', 'hid', 'serial', 'usb', 'fullscreen', 'openExternal', 'clipboard-read'])
      expect(decidePermission(p, 'app://baton/index.html', appUrl)).toBe(false);
  });

  it('installs both the request and the check handler', () => {
    let request: ((c: { getURL(): string }, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let check: ((c: { getURL(): string } | null, p: string, origin: string) => boolean) | undefined;
    restrictPermissions({ setPermissionRequestHandler: (h) => void (request = h), setPermissionCheckHandler: (h) => void (check = h) }, appUrl);
    const cb = vi.fn();
    request!({ getURL: () => appUrl }, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);
    expect(check!(null, 'clipboard-sanitized-write', 'app://baton')).toBe(true);
    expect(check!(null, 'clipboard-sanitized-write', 'https://evil.example')).toBe(false);
  });
});

describe('content security policy', () => {
  it('connects only to itself and the configured sync server', () => {
    const csp = contentSecurityPolicy(null);
    expect(csp).toContain("connect-src 'self';");
    expect(csp).not.toMatch(/connect-src[^;]*(https?:)(?!\/\/)/);
    expect(contentSecurityPolicy('https://couch.example:6984')).toContain("connect-src 'self' https://couch.example:6984;");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('accepts a sync server over https, or plain http on this machine only', () => {
    expect(syncServerOrigin('https://couch.example:6984/baton')).toEqual({ ok: true, origin: 'https://couch.example:6984' });
    expect(syncServerOrigin('http://127.0.0.1:5984')).toEqual({ ok: true, origin: 'http://127.0.0.1:5984' });
    expect(syncServerOrigin('http://localhost:5984')).toEqual({ ok: true, origin: 'http://localhost:5984' });
    expect(syncServerOrigin('http://couch.example')).toEqual({ ok: false, reason: 'not_https' });
    expect(syncServerOrigin('ftp://couch.example')).toEqual({ ok: false, reason: 'invalid_url' });
    expect(syncServerOrigin('couch')).toEqual({ ok: false, reason: 'invalid_url' });
  });
});

describe('isTrustedIpcSender', () => {
  const ours = { id: 1 };
  const isMain = (s: unknown) => s === ours;
  it('accepts the main window’s top frame on the app page (the accepting path)', () => {
    expect(isTrustedIpcSender({ sender: ours, senderFrame: { url: 'app://baton/index.html#/reports', parent: null } }, isMain, appUrl)).toBe(true);
  });
  it('refuses a page navigated elsewhere, a sub-frame, no frame, another window', () => {
    expect(isTrustedIpcSender({ sender: ours, senderFrame: { url: 'https://evil.example/', parent: null } }, isMain, appUrl)).toBe(false);
    expect(isTrustedIpcSender({ sender: ours, senderFrame: { url: appUrl, parent: {} } }, isMain, appUrl)).toBe(false);
    expect(isTrustedIpcSender({ sender: ours, senderFrame: null }, isMain, appUrl)).toBe(false);
    expect(isTrustedIpcSender({ sender: ours }, isMain, appUrl)).toBe(false);
    expect(isTrustedIpcSender({ sender: { id: 2 }, senderFrame: { url: appUrl, parent: null } }, isMain, appUrl)).toBe(false);
  });
});
