import { describe, expect, it, vi } from 'vitest';
import type { BatonBridge } from '@shared/ipc';
import { electronPlatform } from './electron';

describe('electronPlatform', () => {
  it('maps each call to its IPC channel with the contract’s argument shape', async () => {
    const invoke = vi.fn(async (channel: string) => (channel === 'file:save' ? { saved: true, path: '/x' } : null));
    const platform = electronPlatform({ invoke } as unknown as BatonBridge);
    const data = new Uint8Array([1]);
    await expect(platform.saveFile('a.baton', data, [{ name: 'Baton', extensions: ['baton'] }])).resolves.toBe(true);
    await platform.credentials.set('k', 'v');
    await platform.backups.list('ws');
    expect(invoke.mock.calls).toEqual([
      ['file:save', { suggestedName: 'a.baton', data, filters: [{ name: 'Baton', extensions: ['baton'] }] }],
      ['credentials:set', { key: 'k', value: 'v' }],
      ['backup:list', { workspaceId: 'ws' }],
    ]);
    expect(platform.credentials.secure).toBe(true);
  });

  it('exports a PDF through print:pdf and says whether it was saved', async () => {
    const invoke = vi.fn(async () => ({ saved: true, path: '/home/me/p.pdf' }));
    const platform = electronPlatform({ invoke } as unknown as BatonBridge);
    await expect(platform.exportPdf('p.pdf')).resolves.toBe('saved');
    invoke.mockResolvedValueOnce({ saved: false } as never);
    await expect(platform.exportPdf('p.pdf')).resolves.toBe('cancelled');
    expect(invoke).toHaveBeenCalledWith('print:pdf', { suggestedName: 'p.pdf' });
  });
});
