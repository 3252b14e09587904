import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../shared/ipc';

/** A fake `electron` module: records what main.ts asks of it. */
const fake = vi.hoisted(() => {
  const handled = new Map<string, unknown>();
  const windows: { options: Record<string, unknown>; url?: string; openHandler?: unknown }[] = [];
  let ready: () => void = () => undefined;
  class BrowserWindow {
    static getAllWindows = () => windows;
    static fromWebContents = () => null;
    webContents = {
      setWindowOpenHandler: (h: unknown) => void (this.record.openHandler = h),
      on: () => undefined,
    };
    record: { options: Record<string, unknown>; url?: string; openHandler?: unknown };
    constructor(options: Record<string, unknown>) {
      this.record = { options };
      windows.push(this.record);
    }
    once() {}
    loadURL(url: string) {
      this.record.url = url;
      return Promise.resolve();
    }
  }
  return {
    handled,
    windows,
    fireReady: () => ready(),
    module: {
      app: {
        whenReady: () => new Promise<void>((resolve) => (ready = resolve)),
        on: vi.fn(),
        getVersion: () => '0.1.0',
        getPath: () => '/tmp/baton-user-data',
        quit: vi.fn(),
      },
      BrowserWindow,
      ipcMain: { handle: (channel: string, listener: unknown) => void handled.set(channel, listener) },
      dialog: {},
      Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: (t: unknown) => t },
      safeStorage: { isEncryptionAvailable: () => false },
      shell: { openExternal: vi.fn() },
    },
  };
});
vi.mock('electron', () => fake.module);

describe('main process start-up (with a fake electron)', () => {
  beforeEach(async () => {
    await import('./main');
    fake.fireReady();
    await new Promise((r) => setTimeout(r, 0));
  });

  it('registers every IPC channel, sets a menu and opens one secure window', () => {
    expect([...fake.handled.keys()].sort()).toEqual([...ipcChannels].sort());
    expect(fake.module.Menu.setApplicationMenu).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]!.options['webPreferences']).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(fake.windows[0]!.url).toMatch(/^file:\/\/.*renderer\/index\.html$/);
    expect(fake.windows[0]!.openHandler).toBeTypeOf('function');
  });

  it('answers no IPC call from a sender that is not the main window', async () => {
    const listener = fake.handled.get('app:version') as (e: { sender: unknown }, a: unknown) => Promise<unknown>;
    await expect(listener({ sender: { getURL: () => 'https://evil.example' } }, {})).rejects.toThrow(/sender is not the Baton window/);
  });
});
