import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appProtocolHandler } from './app-protocol';

describe('the app protocol', () => {
  it('serves the renderer with the CSP header and refuses everything outside it', async () => {
    const base = await mkdtemp(join(tmpdir(), 'baton-proto-'));
    const root = join(base, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html>');
    await writeFile(join(root, 'assets', 'app.js'), 'export {}');
    await writeFile(join(base, 'secret.txt'), 'outside');
    const serve = appProtocolHandler({ root, readFile: async (p) => new Uint8Array(await readFile(p)), csp: () => "default-src 'none'" });

    const page = await serve({ url: 'app://baton/index.html' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect((await serve({ url: 'app://baton/assets/app.js' })).headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await serve({ url: 'app://baton/' })).status).toBe(200);

    for (const url of [
      'app://baton/../secret.txt',
      'app://baton/%2e%2e/secret.txt',
      'app://baton/assets/..%2f..%2fsecret.txt',
      'app://other/index.html',
      'app://baton/missing.js',
    ])
      expect((await serve({ url })).status, url).toBe(404);
  });
});
