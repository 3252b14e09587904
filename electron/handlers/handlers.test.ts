import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { BACKUPS_KEPT, type BackupMeta } from '../../shared/backups/backup-policy';
import { createAppHandlers } from '../app-handlers';
import { writeFileAtomic } from '../atomic-file';
import { credentialFile, CredentialStoreUnreadable } from '../credential-store';
import { backupHandlers } from './backup-handlers';
import { credentialHandlers } from './credential-handlers';
import { desktopHandlers, type DesktopDeps } from './desktop-handlers';
import { fileHandlers } from './file-handlers';

const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array | null) => (b === null ? null : new TextDecoder().decode(b));
const meta = (reason: BackupMeta['reason'] = 'daily'): BackupMeta => ({ workspaceName: 'Client A', reason, counts: { contacts: 3, deals: 1 } });
const tempDir = (prefix: string) => mkdtemp(join(tmpdir(), prefix));

describe('file handlers', () => {
  it('writes the bytes where the user chose, or nothing when cancelled', async () => {
    const writeFile = vi.fn(async () => undefined);
    const deps = { showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/tmp/x.baton' })), showOpenDialog: vi.fn(), writeFile, readFile: vi.fn() };
    const h = fileHandlers(deps);
    await expect(h['file:save']({ suggestedName: 'x.baton', filters: [], data: bytes('hi') })).resolves.toEqual({ saved: true, path: '/tmp/x.baton' });
    expect(writeFile).toHaveBeenCalledWith('/tmp/x.baton', bytes('hi'));
    deps.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await expect(h['file:save']({ suggestedName: 'x.baton', filters: [], data: bytes('hi') })).resolves.toEqual({ saved: false });
    expect(writeFile).toHaveBeenCalledTimes(1);
  });

  it('opens the chosen file by name, and reads nothing when cancelled', async () => {
    const readFile = vi.fn(async () => bytes('data'));
    const showOpenDialog = vi.fn(async () => ({ canceled: false, filePaths: ['/home/me/team.baton'] }));
    const h = fileHandlers({ showSaveDialog: vi.fn(), showOpenDialog, writeFile: vi.fn(), readFile });
    await expect(h['file:open']({ filters: [{ name: 'CSV', extensions: ['csv'] }] })).resolves.toEqual({ name: 'team.baton', data: bytes('data') });
    expect(showOpenDialog).toHaveBeenCalledWith({ filters: [{ name: 'CSV', extensions: ['csv'] }], properties: ['openFile'] });
    expect(readFile).toHaveBeenCalledWith('/home/me/team.baton');
    showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(h['file:open']({ filters: [] })).resolves.toBeNull();
    expect(readFile).toHaveBeenCalledTimes(1);
  });
});

describe('backup handlers', () => {
  it(`keeps the newest ${BACKUPS_KEPT} backups of a workspace, each with its metadata`, async () => {
    const root = await tempDir('baton-backup-');
    let clock = 1000;
    const h = backupHandlers(root, () => clock++);
    for (let i = 0; i < BACKUPS_KEPT + 3; i++) await h['backup:write']({ workspaceId: 'ws1', data: bytes(`v${i}`), meta: meta() });
    const list = await h['backup:list']({ workspaceId: 'ws1' });
    expect(list).toHaveLength(BACKUPS_KEPT);
    expect(list[0]).toMatchObject({ at: 1000 + BACKUPS_KEPT + 2, bytes: 3, meta: meta() });
    // The backups and their sidecars, nothing else (no temp files left behind).
    expect(await readdir(join(root, 'ws1'))).toHaveLength(2 * BACKUPS_KEPT);
    expect(text(await h['backup:read']({ workspaceId: 'ws1', name: list[0]!.name }))).toBe(`v${BACKUPS_KEPT + 2}`);
    await expect(h['backup:read']({ workspaceId: 'ws1', name: 'backup-1000.baton' })).resolves.toBeNull();
    await expect(h['backup:list']({ workspaceId: 'never' })).resolves.toEqual([]);
  });

  it('gives unique names to backups taken within one millisecond, even when written at once', async () => {
    const root = await tempDir('baton-backup-');
    const h = backupHandlers(root, () => 5000);
    const written = await Promise.all([1, 2, 3].map((i) => h['backup:write']({ workspaceId: 'ws', data: bytes(`b${i}`), meta: meta() })));
    expect(written.map((w) => w.name)).toEqual(['backup-5000.baton', 'backup-5000-1.baton', 'backup-5000-2.baton']);
    for (const [i, w] of written.entries()) expect(text(await h['backup:read']({ workspaceId: 'ws', name: w.name }))).toBe(`b${i + 1}`);
    expect((await h['backup:list']({ workspaceId: 'ws' }))[0]!.name).toBe('backup-5000-2.baton');
  });

  it('never leaves half a backup under a backup’s name: a failed write keeps the older backups and no file', async () => {
    const root = await tempDir('baton-backup-');
    let clock = 1;
    let failing = false;
    // The disk fills up while the backup's temp file is written: a partial temp file stays behind.
    const write: typeof writeFileAtomic = async (path, data, options) => {
      if (failing && path.endsWith('.baton')) {
        await writeFile(join(root, 'ws', `.${path.split('/').pop()}.x.tmp`), 'part');
        throw new Error('ENOSPC: no space left on device');
      }
      return writeFileAtomic(path, data, options);
    };
    const h = backupHandlers(root, () => clock++, BACKUPS_KEPT, write);
    await h['backup:write']({ workspaceId: 'ws', data: bytes('good'), meta: meta() });
    failing = true;
    await expect(h['backup:write']({ workspaceId: 'ws', data: bytes('new'), meta: meta() })).rejects.toThrow(/ENOSPC/);
    expect((await h['backup:list']({ workspaceId: 'ws' })).map((b) => b.name)).toEqual(['backup-1.baton']);
    expect(await readdir(join(root, 'ws'))).not.toContain('backup-2.baton');
    // The next write clears what the failed one left (its temp file and its sidecar).
    failing = false;
    await h['backup:write']({ workspaceId: 'ws', data: bytes('next'), meta: meta() });
    expect((await readdir(join(root, 'ws'))).sort()).toEqual(['backup-1.baton', 'backup-1.baton.json', 'backup-3.baton', 'backup-3.baton.json']);
  });

  it('verifies a backup by reading it back: one that does not match is removed and the older ones kept', async () => {
    const root = await tempDir('baton-backup-');
    let clock = 1;
    let corrupt = false;
    // A disk that silently writes something else than it was given.
    const write: typeof writeFileAtomic = (path, data, options) => writeFileAtomic(path, corrupt && path.endsWith('.baton') ? bytes('garbled') : data, options);
    const h = backupHandlers(root, () => clock++, BACKUPS_KEPT, write);
    for (let i = 0; i < BACKUPS_KEPT; i++) await h['backup:write']({ workspaceId: 'ws', data: bytes(`v${i}`), meta: meta() });
    corrupt = true;
    await expect(h['backup:write']({ workspaceId: 'ws', data: bytes('latest'), meta: meta() })).rejects.toThrow(/differs from what was written/);
    const list = await h['backup:list']({ workspaceId: 'ws' });
    // Rotation did not run: all fourteen good backups are still there.
    expect(list).toHaveLength(BACKUPS_KEPT);
    expect(text(await h['backup:read']({ workspaceId: 'ws', name: list[0]!.name }))).toBe(`v${BACKUPS_KEPT - 1}`);
  });

  it('refuses to hand out a backup whose contents changed on disk since it was verified', async () => {
    const root = await tempDir('baton-backup-');
    const h = backupHandlers(root, () => 42);
    const { name } = await h['backup:write']({ workspaceId: 'ws', data: bytes('original'), meta: meta('before_delete') });
    await writeFile(join(root, 'ws', name), 'tampered');
    await expect(h['backup:read']({ workspaceId: 'ws', name })).rejects.toThrow(/is damaged/);
  });

  it('lists a backup without a readable sidecar with no metadata rather than hiding it', async () => {
    const root = await tempDir('baton-backup-');
    await mkdir(join(root, 'ws'));
    await writeFile(join(root, 'ws', 'backup-7.baton'), 'old format');
    await writeFile(join(root, 'ws', 'backup-8.baton'), 'x');
    await writeFile(join(root, 'ws', 'backup-8.baton.json'), '{not json');
    const h = backupHandlers(root);
    expect(await h['backup:list']({ workspaceId: 'ws' })).toEqual([
      { name: 'backup-8.baton', at: 8, bytes: 1, meta: null },
      { name: 'backup-7.baton', at: 7, bytes: 10, meta: null },
    ]);
    expect(text(await h['backup:read']({ workspaceId: 'ws', name: 'backup-7.baton' }))).toBe('old format');
  });
});

describe('credential handlers', () => {
  const fakeSafeStorage = (available = true, backend = 'gnome_libsecret') => ({
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (plain: string) => bytes(`enc:${plain}`),
    decryptString: (cipher: Uint8Array) => new TextDecoder().decode(cipher).replace(/^enc:/, ''),
  });
  const memory = () => {
    let store = new Map<string, string>();
    return { load: async () => new Map(store), save: vi.fn(async (s: Map<string, string>) => void (store = s)), peek: () => store };
  };

  it('stores only ciphertext and reads it back', async () => {
    const m = memory();
    const h = credentialHandlers({ ...fakeSafeStorage(), ...m });
    await expect(h['credentials:set']({ key: 'sync', value: 'hunter2' })).resolves.toEqual({ stored: true });
    expect(JSON.stringify([...m.peek()])).not.toContain('hunter2');
    await expect(h['credentials:get']({ key: 'sync' })).resolves.toBe('hunter2');
    await h['credentials:delete']({ key: 'sync' });
    await expect(h['credentials:get']({ key: 'sync' })).resolves.toBeNull();
  });

  it('refuses to store a secret when the OS offers no encryption, and says why', async () => {
    const m = memory();
    const h = credentialHandlers({ ...fakeSafeStorage(false), ...m });
    await expect(h['credentials:set']({ key: 'sync', value: 'x' })).resolves.toEqual({ stored: false, reason: 'no_encryption' });
    expect(m.save).not.toHaveBeenCalled();
  });

  it('refuses Linux’s basic_text backend (no keyring): it would be plain text', async () => {
    const m = memory();
    const h = credentialHandlers({ ...fakeSafeStorage(true, 'basic_text'), ...m });
    await expect(h['credentials:set']({ key: 'sync', value: 'x' })).resolves.toEqual({ stored: false, reason: 'plain_text_backend' });
    expect(m.save).not.toHaveBeenCalled();
  });

  it('a prototype-like key is its own entry, never the store’s prototype', async () => {
    const dir = await tempDir('baton-cred-');
    const file = credentialFile(join(dir, 'c.json'));
    const h = credentialHandlers({ ...fakeSafeStorage(), ...file });
    // The channel schema refuses these names before any handler runs (register-ipc.test.ts); the store is a Map regardless.
    await h['credentials:set']({ key: '__proto__', value: 'x' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((await file.load()).get('__proto__')).toBeDefined();
  });
});

describe('the credential file', () => {
  it('is written atomically with owner-only permissions and read back', async () => {
    const dir = await tempDir('baton-cred-');
    const path = join(dir, 'credentials.json');
    const file = credentialFile(path);
    expect((await file.load()).size).toBe(0);
    await file.save(new Map([['sync.password', 'Y2lwaGVy']]));
    expect([...(await file.load())]).toEqual([['sync.password', 'Y2lwaGVy']]);
    expect(await readdir(dir)).toEqual(['credentials.json']);
    const { stat } = await import('node:fs/promises');
    if (process.platform !== 'win32') expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('a file that cannot be read is an error, never an empty store the next write would overwrite', async () => {
    const dir = await tempDir('baton-cred-');
    const path = join(dir, 'credentials.json');
    await writeFile(path, '{"sync.password": "Y2lw'); // cut off mid-write by something else
    const m = credentialFile(path);
    await expect(m.load()).rejects.toBeInstanceOf(CredentialStoreUnreadable);
    const h = credentialHandlers({
      isEncryptionAvailable: () => true,
      encryptString: bytes,
      decryptString: (c) => new TextDecoder().decode(c),
      ...m,
    });
    await expect(h['credentials:set']({ key: 'other', value: 'v' })).rejects.toThrow(/could not be read/);
    expect(await readFile(path, 'utf8')).toBe('{"sync.password": "Y2lw');
    await writeFile(path, '["not", "an", "object"]');
    await expect(m.load()).rejects.toThrow(/not an object/);
    await writeFile(path, '{"k": 1}');
    await expect(m.load()).rejects.toThrow(/not text/);
  });
});

describe('desktop handlers', () => {
  const deps = (over: Partial<DesktopDeps> = {}): DesktopDeps => ({
    setLanguage: vi.fn(),
    openDataFolder: vi.fn(async () => undefined),
    diagnostics: async () => ({ kind: 'baton-diagnostics' }),
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/tmp/out' })),
    writeFile: vi.fn(async () => undefined),
    showNotification: vi.fn(() => true),
    printToPdf: vi.fn(async () => bytes('%PDF-1.7')),
    takeOpenedFiles: async () => [{ name: 'a.baton', data: bytes('x') }],
    ...over,
  });

  it('sets the menu language, opens the data folder, shows notifications and hands out opened files', async () => {
    const d = deps();
    const h = desktopHandlers(d);
    await h['app:set-language']({ language: 'ko' });
    expect(d.setLanguage).toHaveBeenCalledWith('ko');
    await h['app:open-data-folder']({});
    expect(d.openDataFolder).toHaveBeenCalled();
    await expect(h['notify:show']({ id: 'n1', title: 'SLA', body: 'Kim' })).resolves.toEqual({ shown: true });
    expect(d.showNotification).toHaveBeenCalledWith({ id: 'n1', title: 'SLA', body: 'Kim' });
    await expect(h['file:take-opened']({})).resolves.toEqual([{ name: 'a.baton', data: bytes('x') }]);
  });

  it('prints the page to a PDF where the user chose, or writes nothing when cancelled', async () => {
    const d = deps();
    const h = desktopHandlers(d);
    await expect(h['report:print-pdf']({ suggestedName: 'Sales report' })).resolves.toEqual({ saved: true });
    expect(d.showSaveDialog).toHaveBeenCalledWith({ defaultPath: 'Sales report.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    expect(d.writeFile).toHaveBeenCalledWith('/tmp/out', bytes('%PDF-1.7'));
    const cancelled = deps({ showSaveDialog: vi.fn(async () => ({ canceled: true })) });
    await expect(desktopHandlers(cancelled)['report:print-pdf']({ suggestedName: 'r.pdf' })).resolves.toEqual({ saved: false });
    expect(cancelled.writeFile).not.toHaveBeenCalled();
  });

  it('saves the diagnostic bundle as JSON', async () => {
    const d = deps();
    await expect(desktopHandlers(d)['app:save-diagnostics']({})).resolves.toEqual({ saved: true });
    const [, data] = (d.writeFile as ReturnType<typeof vi.fn>).mock.calls[0]! as [string, Uint8Array];
    expect(JSON.parse(text(data)!)).toEqual({ kind: 'baton-diagnostics' });
  });
});

describe('the app handlers', () => {
  it('persist credentials and backups under the user data folder', async () => {
    const userDataDir = await tempDir('baton-user-');
    const h = createAppHandlers({
      version: '0.1.0',
      userDataDir,
      dialogs: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
      safeStorage: {
        isEncryptionAvailable: () => true,
        getSelectedStorageBackend: () => 'kwallet5',
        encryptString: (p) => bytes(`enc:${p}`),
        decryptString: (c) => text(c)!.slice(4),
      },
      desktop: deps(),
      allowSyncServer: async () => ({ ok: true, origin: null }),
    });
    await h['credentials:set']({ key: 'sync.password', value: 's3cret' });
    await expect(h['credentials:get']({ key: 'sync.password' })).resolves.toBe('s3cret');
    expect(await readFile(join(userDataDir, 'credentials.json'), 'utf8')).not.toContain('s3cret');
    await h['backup:write']({ workspaceId: 'ws', data: bytes('b'), meta: meta() });
    expect(await readdir(join(userDataDir, 'backups', 'ws'))).toHaveLength(2);
    await expect(h['app:version']({})).resolves.toBe('0.1.0');
  });
});

function deps(): Omit<DesktopDeps, 'showSaveDialog' | 'writeFile'> {
  return {
    setLanguage: vi.fn(),
    openDataFolder: vi.fn(async () => undefined),
    diagnostics: async () => ({}),
    showNotification: () => false,
    printToPdf: async () => bytes(''),
    takeOpenedFiles: async () => [],
  };
}
