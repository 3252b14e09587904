import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './security';
import { syncServerSetting } from './sync-server';

describe('the allowed sync server', () => {
  it('puts the configured server in connect-src, remembers it, and refuses plain http to another host', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'baton-sync-')), 'sync-server.json');
    const setting = syncServerSetting(path);
    expect(await setting.load()).toBeNull();
    await expect(setting.handler({ url: 'https://couch.example/db' })).resolves.toEqual({ ok: true, origin: 'https://couch.example' });
    expect(contentSecurityPolicy(setting.origin())).toContain("connect-src 'self' https://couch.example;");
    await expect(setting.handler({ url: 'http://couch.example' })).resolves.toEqual({ ok: false, reason: 'not_https' });
    expect(setting.origin()).toBe('https://couch.example');
    // Another start reads it back.
    expect(await syncServerSetting(path).load()).toBe('https://couch.example');
    await setting.handler({ url: null });
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ origin: null });
  });
});
