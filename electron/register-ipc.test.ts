import { describe, expect, it, vi } from 'vitest';
import { ipcChannels, type IpcHandlers } from '../shared/ipc';
import { IpcRejected, registerIpcHandlers, type IpcMainLike } from './register-ipc';

type Listener = (event: { sender: unknown }, ...args: unknown[]) => Promise<unknown>;

function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => void listeners.set(channel, listener) };
  return { ipcMain, call: (channel: string, sender: unknown, arg: unknown) => listeners.get(channel)!({ sender }, arg), listeners };
}

const ourWindow = { id: 'baton' };
const handlers = (): IpcHandlers => ({
  'app:version': vi.fn(async () => '1.2.3'),
  'file:save': vi.fn(async () => ({ saved: false as const })),
  'file:open': vi.fn(async () => null),
  'backup:write': vi.fn(async () => ({ name: 'b', at: 1, bytes: 1 })),
  'backup:list': vi.fn(async () => []),
  'backup:read': vi.fn(async () => null),
  'credentials:get': vi.fn(async () => null),
  'credentials:set': vi.fn(async () => undefined),
  'credentials:delete': vi.fn(async () => undefined),
  'print:pdf': vi.fn(async () => ({ saved: false as const })),
});

describe('registerIpcHandlers', () => {
  it('registers every channel of the contract', () => {
    const { ipcMain, listeners } = fakeIpcMain();
    registerIpcHandlers(ipcMain, (s) => s === ourWindow, handlers());
    expect([...listeners.keys()].sort()).toEqual([...ipcChannels].sort());
  });

  it('passes valid arguments from our window to the handler', async () => {
    const { ipcMain, call } = fakeIpcMain();
    const h = handlers();
    registerIpcHandlers(ipcMain, (s) => s === ourWindow, h);
    await expect(call('app:version', ourWindow, {})).resolves.toBe('1.2.3');
    await call('credentials:set', ourWindow, { key: 'sync.password', value: 'secret' });
    expect(h['credentials:set']).toHaveBeenCalledWith({ key: 'sync.password', value: 'secret' });
  });

  it('rejects a sender that is not our window before any handler runs', async () => {
    const { ipcMain, call } = fakeIpcMain();
    const h = handlers();
    registerIpcHandlers(ipcMain, (s) => s === ourWindow, h);
    await expect(call('credentials:get', { id: 'other' }, { key: 'x' })).rejects.toBeInstanceOf(IpcRejected);
    expect(h['credentials:get']).not.toHaveBeenCalled();
  });

  it('rejects invalid arguments and names the field', async () => {
    const { ipcMain, call } = fakeIpcMain();
    const h = handlers();
    registerIpcHandlers(ipcMain, (s) => s === ourWindow, h);
    // A key that would walk out of the backup folder.
    await expect(call('backup:list', ourWindow, { workspaceId: '../../etc' })).rejects.toThrow(/backup:list: invalid argument at "workspaceId"/);
    await expect(call('file:save', ourWindow, { suggestedName: 'a.baton', filters: [], data: 'not bytes' })).rejects.toThrow(/"data"/);
    await expect(call('print:pdf', ourWindow, { suggestedName: 'persona.exe' })).rejects.toThrow(/print:pdf: invalid argument at "suggestedName"/);
    expect(h['backup:list']).not.toHaveBeenCalled();
    expect(h['file:save']).not.toHaveBeenCalled();
    expect(h['print:pdf']).not.toHaveBeenCalled();
  });
});
