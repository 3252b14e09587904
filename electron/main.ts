import { readFile, stat } from 'node:fs/promises';
import { release } from 'node:os';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, Notification, protocol, safeStorage, screen, session, shell } from 'electron';
import type { MainEvent, MainEvents } from '../shared/ipc';
import { createAppHandlers } from './app-handlers';
import { appProtocolHandler } from './app-protocol';
import { appScheme, resolveAppUrl } from './app-url';
import { collectDiagnostics } from './diagnostics';
import { aboutDetail, buildMenuTemplate } from './menu';
import type { MenuLanguage } from './menu-labels';
import { filesFromArgv, openedFiles } from './opened-files';
import { registerIpcHandlers } from './register-ipc';
import { contentSecurityPolicy, guardNavigation, isAllowedExternalUrl, isTrustedIpcSender, restrictPermissions } from './security';
import { syncServerSetting } from './sync-server';
import { fitWindowState, loadWindowState, saveWindowState, trackWindowState, type WindowState } from './window-state';

// The dev server only when not packaged: a packaged app ignores VITE_DEV_SERVER_URL (see app-url.ts).
const appUrl = resolveAppUrl({ isPackaged: app.isPackaged, devServerUrl: process.env['VITE_DEV_SERVER_URL'] });
// Before `ready`: the app scheme is a standard, secure origin (IndexedDB, module workers, fetch).
protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }]);

/** Hands an allowed link to the system browser; everything else is dropped. */
function openExternal(url: string): void {
  // Only https: and mailto: URLs reach this call (isAllowedExternalUrl), never file: or custom schemes.
  if (isAllowedExternalUrl(url)) void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
}

// One Baton at a time: a second launch hands its files to the first and quits.
if (!app.requestSingleInstanceLock()) app.quit();
else start();

function start(): void {
  const userData = app.getPath('userData');
  let mainWindow: BrowserWindow | null = null;
  let language: MenuLanguage = app.getLocale().startsWith('ko') ? 'ko' : 'en';
  const send = <E extends MainEvent>(event: E, payload: MainEvents[E]) => mainWindow?.webContents.send(event, payload);
  const focus = () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  };
  const files = openedFiles({
    readFile: async (path) => new Uint8Array(await readFile(path)),
    fileSize: async (path) => (await stat(path)).size,
    notify: () => send('file:opened', {}),
  });
  for (const path of filesFromArgv(process.argv)) files.add(path);
  app.on('second-instance', (_event, argv) => {
    focus();
    for (const path of filesFromArgv(argv)) files.add(path);
  });
  // macOS hands files over by event, possibly before `ready`.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    files.add(path);
  });
  // Every webContents (the window, any that a bug or a library might create) gets the navigation guards.
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, appUrl, openExternal));

  const sync = syncServerSetting(join(userData, 'sync-server.json'));
  const versions = () => ({
    version: app.getVersion(),
    electron: process.versions.electron ?? '',
    chrome: process.versions.chrome ?? '',
    node: process.versions.node,
  });
  const handlers = createAppHandlers({
    version: app.getVersion(),
    userDataDir: userData,
    dialogs: {
      showSaveDialog: (options) => dialog.showSaveDialog(options),
      showOpenDialog: (options) => dialog.showOpenDialog(options),
    },
    safeStorage: {
      isEncryptionAvailable: () => safeStorage.isEncryptionAvailable(),
      getSelectedStorageBackend: () => (process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os'),
      encryptString: (plain) => safeStorage.encryptString(plain),
      decryptString: (cipher) => safeStorage.decryptString(Buffer.from(cipher)),
    },
    desktop: {
      setLanguage: (next) => {
        language = next;
        setMenu();
      },
      openDataFolder: async () => {
        const error = await shell.openPath(userData);
        if (error) throw new Error(error);
      },
      diagnostics: () =>
        collectDiagnostics({
          userDataDir: userData,
          appVersion: app.getVersion(),
          versions: process.versions,
          platform: process.platform,
          arch: process.arch,
          osRelease: release(),
          locale: app.getLocale(),
          isPackaged: app.isPackaged,
        }),
      showNotification: ({ id, title, body }) => {
        if (!Notification.isSupported()) return false;
        const note = new Notification({ title, body });
        note.on('click', () => {
          focus();
          send('notification:clicked', { id });
        });
        note.show();
        return true;
      },
      printToPdf: async () => {
        if (!mainWindow) throw new Error('No window to print.');
        return new Uint8Array(await mainWindow.webContents.printToPDF({ printBackground: true, pageSize: 'A4' }));
      },
      takeOpenedFiles: () => files.take(),
    },
    allowSyncServer: (args) => sync.handler(args),
  });

  function setMenu(): void {
    const template = buildMenuTemplate({
      platform: process.platform,
      isPackaged: app.isPackaged,
      language,
      send: (command) => send('menu:command', { command }),
      showAbout: () => void dialog.showMessageBox({ type: 'info', title: 'Baton', message: 'Baton', detail: aboutDetail(language, versions()) }),
      openDataFolder: () => void handlers['app:open-data-folder']({}),
      saveDiagnostics: () => void handlers['app:save-diagnostics']({}),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  function createWindow(state: WindowState): BrowserWindow {
    const win = new BrowserWindow({
      ...state,
      minWidth: 960,
      minHeight: 600,
      show: false,
      title: 'Baton',
      // Written out here, not built by a helper, so a reviewer (and Electronegativity) sees them at the constructor.
      webPreferences: {
        // The preload exposes only `invoke`/`on` over the typed contract of shared/ipc.ts, checked in main per channel.
        preload: join(__dirname, 'preload.cjs'), // eng-disable PRELOAD_JS_CHECK
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        safeDialogs: true,
        spellcheck: false,
        devTools: !app.isPackaged,
        // A middle click must not open anything either (window.open is denied by the navigation guards too).
        disableBlinkFeatures: 'Auxclick',
      },
    });
    if (state.maximized) win.maximize();
    trackWindowState(win, (next) => void saveWindowState(join(userData, 'window-state.json'), next).catch(() => undefined));
    win.once('ready-to-show', () => win.show());
    void win.loadURL(appUrl);
    return win;
  }

  void app.whenReady().then(async () => {
    await sync.load();
    restrictPermissions(session.defaultSession, appUrl);
    protocol.handle(
      appScheme,
      appProtocolHandler({
        root: join(__dirname, '../renderer'),
        readFile: async (path) => new Uint8Array(await readFile(path)),
        csp: () => contentSecurityPolicy(sync.origin()),
      }),
    );
    registerIpcHandlers(
      ipcMain,
      (event) =>
        isTrustedIpcSender(event, (sender) => mainWindow !== null && BrowserWindow.fromWebContents(sender as Electron.WebContents) === mainWindow, appUrl),
      handlers,
    );
    setMenu();
    const remembered = await loadWindowState(join(userData, 'window-state.json'));
    mainWindow = createWindow(
      fitWindowState(
        remembered,
        screen.getAllDisplays().map((d) => d.workArea),
      ),
    );
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void loadWindowState(join(userData, 'window-state.json')).then((s) => (mainWindow = createWindow(s)));
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
