import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createAppHandlers } from '../app-handlers';
import { BACKUPS_KEPT, backupHandlers } from './backup-handlers';
import { credentialHandlers } from './credential-handlers';
import { fileHandlers } from './file-handlers';
import { printHandlers } from './print-handlers';

const bytes = (s: string) => new TextEncoder().encode(s);

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

  it('opens the chosen file by name', async () => {
    const h = fileHandlers({
      showSaveDialog: vi.fn(),
      showOpenDialog: async () => ({ canceled: false, filePaths: ['/home/me/team.baton'] }),
      writeFile: vi.fn(),
      readFile: async () => bytes('data'),
    });
    await expect(h['file:open']({ filters: [] })).resolves.toEqual({ name: 'team.baton', data: bytes('data') });
  });
});

describe('backup handlers', () => {
  it(`keeps the newest ${BACKUPS_KEPT} backups of a workspace`, async () => {
    const root = await mkdtemp(join(tmpdir(), 'baton-backup-'));
    let clock = 1000;
    const h = backupHandlers(root, () => clock++);
    for (let i = 0; i < BACKUPS_KEPT + 3; i++) await h['backup:write']({ workspaceId: 'ws1', data: bytes(`v${i}`) });
    const list = await h['backup:list']({ workspaceId: 'ws1' });
    expect(list).toHaveLength(BACKUPS_KEPT);
    expect(list[0]!.at).toBe(1000 + BACKUPS_KEPT + 2);
    expect(await readdir(join(root, 'ws1'))).toHaveLength(BACKUPS_KEPT);
    expect(await readFile(join(root, 'ws1', list[0]!.name), 'utf8')).toBe(`v${BACKUPS_KEPT + 2}`);
    await expect(h['backup:list']({ workspaceId: 'never' })).resolves.toEqual([]);
    expect(new TextDecoder().decode((await h['backup:read']({ workspaceId: 'ws1', name: list[0]!.name }))!)).toBe(`v${BACKUPS_KEPT + 2}`);
    await expect(h['backup:read']({ workspaceId: 'ws1', name: 'backup-1.baton' })).resolves.toBeNull();
  });
});

describe('credential handlers', () => {
  const fakeSafeStorage = (available = true) => ({
    isEncryptionAvailable: () => available,
    encryptString: (plain: string) => bytes(`enc:${plain}`),
    decryptString: (cipher: Uint8Array) => new TextDecoder().decode(cipher).replace(/^enc:/, ''),
  });

  it('stores only ciphertext and reads it back', async () => {
    let store: Record<string, string> = {};
    const h = credentialHandlers({ ...fakeSafeStorage(), load: async () => ({ ...store }), save: async (s) => void (store = s) });
    await h['credentials:set']({ key: 'sync', value: 'hunter2' });
    expect(JSON.stringify(store)).not.toContain('hunter2');
    await expect(h['credentials:get']({ key: 'sync' })).resolves.toBe('hunter2');
    await h['credentials:delete']({ key: 'sync' });
    await expect(h['credentials:get']({ key: 'sync' })).resolves.toBeNull();
  });

  it('refuses to store a secret when the OS offers no encryption', async () => {
    const save = vi.fn();
    const h = credentialHandlers({ ...fakeSafeStorage(false), load: async () => ({}), save });
    await expect(h['credentials:set']({ key: 'sync', value: 'x' })).rejects.toThrow(/Secure storage is not available/);
    expect(save).not.toHaveBeenCalled();
  });

  it('persists through the app handlers under the user data folder', async () => {
    const userDataDir = await mkdtemp(join(tmpdir(), 'baton-user-'));
    const h = createAppHandlers({
      version: '0.1.0',
      userDataDir,
      dialogs: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
      safeStorage: fakeSafeStorage(),
      printToPDF: vi.fn(),
    });
    await h['credentials:set']({ key: 'sync.password', value: 's3cret' });
    await expect(h['credentials:get']({ key: 'sync.password' })).resolves.toBe('s3cret');
    expect(await readFile(join(userDataDir, 'credentials.json'), 'utf8')).not.toContain('s3cret');
    await expect(h['app:version']({})).resolves.toBe('0.1.0');
  });
});

describe('print handlers (a fake electron)', () => {
  const pdf = bytes('%PDF-1.7 fake');
  const fakeElectron = (filePath: string | null) => ({
    printToPDF: vi.fn(async () => pdf),
    showSaveDialog: vi.fn(async () => (filePath === null ? { canceled: true } : { canceled: false, filePath })),
    writeFile: vi.fn(async () => undefined),
  });

  it("prints the window's page to PDF, on A4 with its backgrounds, and writes it where the user chose", async () => {
    const electron = fakeElectron('/home/me/persona.pdf');
    const h = printHandlers(electron);
    await expect(h['print:pdf']({ suggestedName: 'persona.pdf' })).resolves.toEqual({ saved: true, path: '/home/me/persona.pdf' });
    expect(electron.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ printBackground: true, pageSize: 'A4' }));
    expect(electron.showSaveDialog).toHaveBeenCalledWith({ defaultPath: 'persona.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    expect(electron.writeFile).toHaveBeenCalledWith('/home/me/persona.pdf', pdf);
  });

  it('writes nothing when the user cancels the dialog', async () => {
    const electron = fakeElectron(null);
    await expect(printHandlers(electron)['print:pdf']({ suggestedName: 'persona.pdf' })).resolves.toEqual({ saved: false });
    expect(electron.writeFile).not.toHaveBeenCalled();
  });
});
