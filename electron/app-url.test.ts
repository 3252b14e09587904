import { describe, expect, it } from 'vitest';
import { appEntryUrl, resolveAppUrl } from './app-url';

describe('resolveAppUrl', () => {
  it('uses the dev server only when not packaged, and only on this machine', () => {
    expect(resolveAppUrl({ isPackaged: false, devServerUrl: 'http://127.0.0.1:5173/' })).toBe('http://127.0.0.1:5173/');
    expect(resolveAppUrl({ isPackaged: false, devServerUrl: 'http://localhost:5173' })).toBe('http://localhost:5173/');
    expect(resolveAppUrl({ isPackaged: true, devServerUrl: 'http://127.0.0.1:5173/' })).toBe(appEntryUrl);
    expect(resolveAppUrl({ isPackaged: false, devServerUrl: 'https://evil.example/' })).toBe(appEntryUrl);
    expect(resolveAppUrl({ isPackaged: false, devServerUrl: 'http://192.168.1.5:5173/' })).toBe(appEntryUrl);
    expect(resolveAppUrl({ isPackaged: false, devServerUrl: 'not a url' })).toBe(appEntryUrl);
    expect(resolveAppUrl({ isPackaged: false, devServerUrl: undefined })).toBe(appEntryUrl);
  });
});
