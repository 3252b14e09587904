import { describe, expect, it, vi } from 'vitest';
import { filesFromArgv, isOpenableFile, openedFiles } from './opened-files';

describe('files opened with Baton', () => {
  it('takes workspace and design files from a command line, nothing else', () => {
    expect(
      filesFromArgv(['/opt/Baton/baton', '--no-sandbox', '/home/me/a.baton', '/home/me/b.BATON', '/home/me/f.baton-design.json', '/etc/passwd', '/x.json']),
    ).toEqual(['/home/me/a.baton', '/home/me/b.BATON', '/home/me/f.baton-design.json']);
    expect(isOpenableFile('/tmp/x.baton.tmp')).toBe(false);
  });

  it('reads each file once, only the ones handed over, and tells the window', async () => {
    const readFile = vi.fn(async (path: string) => new TextEncoder().encode(path));
    const notify = vi.fn();
    const queue = openedFiles({ readFile, fileSize: async () => 10, notify });
    expect(queue.add('/home/me/client.baton')).toBe(true);
    expect(queue.add('/home/me/notes.txt')).toBe(false);
    expect(notify).toHaveBeenCalledTimes(1);
    expect((await queue.take()).map((f) => f.name)).toEqual(['client.baton']);
    expect(await queue.take()).toEqual([]);
    expect(readFile.mock.calls).toEqual([['/home/me/client.baton']]);
  });

  it('skips a file that vanished or is too large to be a workspace', async () => {
    const queue = openedFiles({
      readFile: async () => new Uint8Array(1),
      fileSize: async (path) => (path.includes('huge') ? 2 ** 31 : Promise.reject(new Error('ENOENT'))),
      notify: () => undefined,
    });
    queue.add('/huge.baton');
    queue.add('/gone.baton');
    expect(await queue.take()).toEqual([]);
  });
});
