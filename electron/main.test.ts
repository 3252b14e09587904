import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../shared/ipc';

type Listener = (event: unknown, arg?: unknown) => Promise<unknown>;
type WindowRecord = { options: Record<string, unknown>; url?: string; contents: FakeContents };
type FakeContents = { id: number; on: ReturnType<typeof vi.fn>; setWindowOpenHandler: ReturnType<typeof vi.fn>; send: ReturnType<typeof vi.fn> };

/** A fake `electron` module: records what main.ts asks of it. Reset before each test (main.ts runs at import). */
const fake = vi.hoisted(() => {
  const state = {
    handled: new Map<string, Listener>(),
    windows: [] as WindowRecord[],
    appEvents: new Map<string, (...args: unknown[]) => void>(),
    ready: (() => undefined) as () => void,
    isPackaged: false,
    gotLock: true,
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
    permissionRequest: undefined as undefined | ((contents: { getURL(): string }, permission: string, callback: (ok: boolean) => void) => void),
    permissionCheck: undefined as undefined | ((contents: { getURL(): string } | null, permission: string, origin: string) => boolean),
  };
  let nextId = 1;
  class BrowserWindow {
    static getAllWindows = () => state.windows;
    static fromWebContents = (contents: unknown) => (instances.find((w) => w.webContents === contents) ?? null) as BrowserWindow | null;
    webContents: FakeContents;
    record: WindowRecord;
    constructor(options: Record<string, unknown>) {
      this.webContents = { id: nextId++, on: vi.fn(), setWindowOpenHandler: vi.fn(), send: vi.fn() };
      this.record = { options, contents: this.webContents };
      state.windows.push(this.record);
      instances.push(this);
    }
    focused = 0;
    once() {}
    on() {}
    maximize() {}
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {
      this.focused++;
    }
    loadURL(url: string) {
      this.record.url = url;
      return Promise.resolve();
    }
  }
  const instances: BrowserWindow[] = [];
  const module = {
    app: {
      get isPackaged() {
        return state.isPackaged;
      },
      requestSingleInstanceLock: () => state.gotLock,
      whenReady: () => new Promise<void>((resolve) => (state.ready = resolve)),
      on: (event: string, listener: (...args: unknown[]) => void) => void state.appEvents.set(event, listener),
      getVersion: () => '0.1.0',
      getPath: () => '/tmp/baton-main-test-user-data',
      getLocale: () => 'en-US',
      quit: vi.fn(),
    },
    BrowserWindow,
    ipcMain: { handle: (channel: string, listener: Listener) => void state.handled.set(channel, listener) },
    dialog: {},
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: (t: unknown) => t },
    Notification: { isSupported: () => false },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => void state.schemes.push(...schemes),
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) => void state.protocolHandlers.set(scheme, handler),
    },
    safeStorage: { isEncryptionAvailable: () => false },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: typeof state.permissionRequest) => void (state.permissionRequest = h),
        setPermissionCheckHandler: (h: typeof state.permissionCheck) => void (state.permissionCheck = h),
      },
    },
    shell: { openExternal: vi.fn() },
  };
  const reset = () => {
    state.handled.clear();
    state.windows.length = 0;
    instances.length = 0;
    state.appEvents.clear();
    state.schemes.length = 0;
    state.protocolHandlers.clear();
    module.Menu.setApplicationMenu.mockClear();
    module.app.quit.mockClear();
  };
  return { state, module, reset, instances };
});
vi.mock('electron', () => fake.module);

async function startMain({ isPackaged = false, devServerUrl }: { isPackaged?: boolean; devServerUrl?: string } = {}) {
  fake.reset();
  fake.state.isPackaged = isPackaged;
  if (devServerUrl) process.env['VITE_DEV_SERVER_URL'] = devServerUrl;
  else delete process.env['VITE_DEV_SERVER_URL'];
  vi.resetModules();
  await import('./main');
  fake.state.ready();
  // whenReady's continuation reads two small files before it opens the window.
  await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
  return fake.state.windows[0]!;
}

const call = (channel: string, event: unknown, arg: unknown = {}) => fake.state.handled.get(channel)!(event, arg);

describe('main process start-up (with a fake electron)', () => {
  afterEach(() => delete process.env['VITE_DEV_SERVER_URL']);

  it('registers every IPC channel, sets a menu and opens one secure window on the app scheme', async () => {
    const win = await startMain();
    expect([...fake.state.handled.keys()].sort()).toEqual([...ipcChannels].sort());
    expect(fake.module.Menu.setApplicationMenu).toHaveBeenCalled();
    expect(win.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      devTools: true,
    });
    expect(win.url).toBe('app://baton/index.html');
    expect(fake.state.schemes).toEqual([expect.objectContaining({ scheme: 'app' })]);
    expect(fake.state.protocolHandlers.has('app')).toBe(true);
  });

  it('a packaged app ignores VITE_DEV_SERVER_URL and has no developer tools', async () => {
    const win = await startMain({ isPackaged: true, devServerUrl: 'https://evil.example/' });
    expect(win.url).toBe('app://baton/index.html');
    expect(win.options['webPreferences']).toMatchObject({ devTools: false });
  });

  it('in development loads the local dev server, never a remote one', async () => {
    expect((await startMain({ devServerUrl: 'http://127.0.0.1:5173/' })).url).toBe('http://127.0.0.1:5173/');
    expect((await startMain({ devServerUrl: 'https://evil.example/' })).url).toBe('app://baton/index.html');
  });

  describe('the IPC sender check', () => {
    let win: WindowRecord;
    beforeEach(async () => {
      win = await startMain();
    });
    const topFrame = (url: string) => ({ url, parent: null });

    it('answers the main window’s top frame on the app’s own page', async () => {
      await expect(call('app:version', { sender: win.contents, senderFrame: topFrame('app://baton/index.html#/leads') })).resolves.toBe('0.1.0');
    });

    it('refuses another page in the main window, a sub-frame, a missing frame and another window', async () => {
      await expect(call('app:version', { sender: win.contents, senderFrame: topFrame('https://evil.example/') })).rejects.toThrow(
        /sender is not the Baton window/,
      );
      await expect(
        call('app:version', { sender: win.contents, senderFrame: { url: 'app://baton/index.html', parent: topFrame('app://baton/index.html') } }),
      ).rejects.toThrow(/sender is not the Baton window/);
      await expect(call('app:version', { sender: win.contents, senderFrame: null })).rejects.toThrow(/sender is not the Baton window/);
      const other = { id: 99 };
      await expect(call('app:version', { sender: other, senderFrame: topFrame('app://baton/index.html') })).rejects.toThrow(/sender is not the Baton window/);
    });
  });

  it('guards every new webContents and denies permissions Baton does not use', async () => {
    await startMain();
    const contents = { setWindowOpenHandler: vi.fn(), on: vi.fn() };
    fake.state.appEvents.get('web-contents-created')!({}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.on.mock.calls.map(([event]) => event)).toEqual(['will-navigate', 'will-redirect', 'will-frame-navigate', 'will-attach-webview']);
    const app = { getURL: () => 'app://baton/index.html' };
    const answers: boolean[] = [];
    fake.state.permissionRequest!(app, 'media', (ok) => answers.push(ok));
    fake.state.permissionRequest!(app, 'clipboard-sanitized-write', (ok) => answers.push(ok));
    fake.state.permissionRequest!({ getURL: () => 'https://evil.example' }, 'clipboard-sanitized-write', (ok) => answers.push(ok));
    expect(answers).toEqual([false, true, false]);
    expect(fake.state.permissionCheck!(app, 'geolocation', 'app://baton')).toBe(false);
  });

  it('serves the app scheme only from inside the renderer folder', async () => {
    await startMain();
    const response = await fake.state.protocolHandlers.get('app')!({ url: 'app://baton/../../etc/passwd' });
    expect(response.status).toBe(404);
  });

  it('hands a second launch’s workspace file to the first window', async () => {
    const win = await startMain();
    fake.state.appEvents.get('second-instance')!({}, ['/opt/baton/baton', '--flag', '/home/me/client.baton', '/home/me/notes.txt']);
    expect(win.contents.send).toHaveBeenCalledWith('file:opened', {});
    expect(win.contents.send).toHaveBeenCalledTimes(1);
    expect(fake.instances[0]!.focused).toBe(1);
  });

  it('quits at once when another Baton holds the single-instance lock', async () => {
    fake.reset();
    fake.state.gotLock = false;
    vi.resetModules();
    await import('./main');
    expect(fake.module.app.quit).toHaveBeenCalled();
    expect(fake.state.handled.size).toBe(0);
    fake.state.gotLock = true;
  });
});
