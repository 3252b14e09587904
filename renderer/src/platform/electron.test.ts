import { describe, expect, it, vi } from 'vitest';
import type { BatonBridge } from '@shared/ipc';
import { electronPlatform } from './electron';
import { CredentialNotStored } from './platform';

function fakeBridge(results: Record<string, unknown> = {}) {
  const listeners = new Map<string, (payload: unknown) => void>();
  const invoke = vi.fn(async (channel: string) => results[channel] ?? null);
  const bridge = { invoke, on: (event: string, listener: (p: unknown) => void) => (listeners.set(event, listener), () => listeners.delete(event)) };
  return { bridge: bridge as unknown as BatonBridge, invoke, emit: (event: string, payload: unknown) => listeners.get(event)?.(payload), listeners };
}

describe('electronPlatform', () => {
  it('maps each call to its IPC channel with the contract’s argument shape', async () => {
    const { bridge, invoke } = fakeBridge({
      'file:save': { saved: true, path: '/x' },
      'credentials:set': { stored: true },
      'notify:show': { shown: true },
      'report:print-pdf': { saved: true },
      'sync:allow-server': { ok: true, origin: 'https://couch.example' },
    });
    const platform = electronPlatform(bridge);
    const data = new Uint8Array([1]);
    const meta = { workspaceName: 'A', reason: 'manual' as const, counts: {} };
    await expect(platform.saveFile('a.baton', data, [{ name: 'Baton', extensions: ['baton'] }])).resolves.toBe(true);
    await platform.credentials.set('k', 'v');
    await platform.backups.list('ws');
    await platform.backups.write('ws', data, meta);
    await platform.setLanguage('ko');
    await expect(platform.notify({ id: 'n', title: 't', body: 'b' })).resolves.toBe(true);
    await expect(platform.exportPdf('Sales')).resolves.toBe('saved');
    await expect(platform.allowSyncServer('https://couch.example')).resolves.toEqual({ ok: true });
    expect(invoke.mock.calls).toEqual([
      ['file:save', { suggestedName: 'a.baton', data, filters: [{ name: 'Baton', extensions: ['baton'] }] }],
      ['credentials:set', { key: 'k', value: 'v' }],
      ['backup:list', { workspaceId: 'ws' }],
      ['backup:write', { workspaceId: 'ws', data, meta }],
      ['app:set-language', { language: 'ko' }],
      ['notify:show', { id: 'n', title: 't', body: 'b' }],
      ['report:print-pdf', { suggestedName: 'Sales' }],
      ['sync:allow-server', { url: 'https://couch.example' }],
    ]);
    expect(platform.credentials.secure).toBe(true);
  });

  it('turns a refused secret into an error that says why', async () => {
    const { bridge } = fakeBridge({ 'credentials:set': { stored: false, reason: 'plain_text_backend' } });
    const error = await electronPlatform(bridge)
      .credentials.set('k', 'v')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialNotStored);
    expect((error as CredentialNotStored).reason).toBe('plain_text_backend');
    expect((error as Error).message).toMatch(/no keyring/);
  });

  it('passes main’s events on: menu commands, opened files, clicked notifications', () => {
    const { bridge, emit, listeners } = fakeBridge();
    const platform = electronPlatform(bridge);
    const commands: string[] = [];
    const off = platform.onMenuCommand((c) => commands.push(c));
    const opened = vi.fn();
    platform.onFileOpened(opened);
    const clicked: string[] = [];
    platform.onNotificationClicked((id) => clicked.push(id));
    emit('menu:command', { command: 'backup.now' });
    emit('file:opened', {});
    emit('notification:clicked', { id: 'n1' });
    expect(commands).toEqual(['backup.now']);
    expect(opened).toHaveBeenCalledTimes(1);
    expect(clicked).toEqual(['n1']);
    off();
    expect(listeners.has('menu:command')).toBe(false);
  });

  it('exports a PDF through report:print-pdf and says whether it was saved', async () => {
    const invoke = vi.fn(async () => ({ saved: true }));
    const platform = electronPlatform({ invoke } as unknown as BatonBridge);
    await expect(platform.exportPdf('p.pdf')).resolves.toBe('saved');
    invoke.mockResolvedValueOnce({ saved: false } as never);
    await expect(platform.exportPdf('p.pdf')).resolves.toBe('cancelled');
    expect(invoke).toHaveBeenCalledWith('report:print-pdf', { suggestedName: 'p.pdf' });
  });
});
