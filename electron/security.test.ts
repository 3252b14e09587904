import { describe, expect, it, vi } from 'vitest';
import { guardNavigation, isAllowedExternalUrl, isAppUrl, secureWebPreferences, type GuardedContents } from './security';

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and keeps Node out of the renderer', () => {
    expect(secureWebPreferences('/p.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      preload: '/p.cjs',
    });
  });
});

describe('isAllowedExternalUrl', () => {
  it.each([
    ['https://baton.example/docs', true],
    ['mailto:sales@baton.example', true],
    ['http://insecure.example', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => expect(isAllowedExternalUrl(url)).toBe(allowed));
});

describe('guardNavigation', () => {
  function fakeContents() {
    let openHandler: ((d: { url: string }) => { action: 'deny' }) | undefined;
    let navigate: ((e: { preventDefault(): void }, url: string) => void) | undefined;
    const contents: GuardedContents = {
      setWindowOpenHandler: (h) => void (openHandler = h),
      on: (_event, listener) => void (navigate = listener),
    };
    return {
      contents,
      open: (url: string) => openHandler!({ url }),
      navigate: (url: string) => {
        const event = { preventDefault: vi.fn() };
        navigate!(event, url);
        return event.preventDefault.mock.calls.length > 0;
      },
    };
  }
  const appUrl = 'file:///opt/baton/renderer/index.html';

  it('denies window.open and hands https links to the system browser', () => {
    const openExternal = vi.fn();
    const f = fakeContents();
    guardNavigation(f.contents, appUrl, openExternal);
    expect(f.open('https://baton.example')).toEqual({ action: 'deny' });
    expect(f.open('http://evil.example')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://baton.example']]);
  });

  it('blocks navigation away from the app but allows the app itself', () => {
    const f = fakeContents();
    guardNavigation(f.contents, appUrl, vi.fn());
    expect(f.navigate('https://evil.example')).toBe(true);
    expect(f.navigate('file:///etc/passwd')).toBe(true);
    expect(f.navigate('file:///opt/baton/renderer/index.html#/leads')).toBe(false);
  });

  it('treats the dev server origin as the app', () => {
    expect(isAppUrl('http://127.0.0.1:5173/#/pipeline', 'http://127.0.0.1:5173/')).toBe(true);
    expect(isAppUrl('http://127.0.0.1:9999/', 'http://127.0.0.1:5173/')).toBe(false);
  });
});
