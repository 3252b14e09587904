import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, safeStorage, shell } from 'electron';
import { createAppHandlers } from './app-handlers';
import { buildMenuTemplate } from './menu';
import { registerIpcHandlers } from './register-ipc';
import { guardNavigation, isAppUrl, secureWebPreferences } from './security';

/** Dev: the Vite server; packaged: the built renderer next to this file. */
const appUrl = process.env['VITE_DEV_SERVER_URL'] ?? `file://${join(__dirname, '../renderer/index.html')}`;
let mainWindow: BrowserWindow | null = null;

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Baton',
    webPreferences: secureWebPreferences(join(__dirname, 'preload.cjs')),
  });
  guardNavigation(win.webContents, appUrl, (url) => void shell.openExternal(url));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(appUrl);
  return win;
}

void app.whenReady().then(() => {
  registerIpcHandlers(
    ipcMain,
    (sender) => {
      const owner = BrowserWindow.fromWebContents(sender as Electron.WebContents);
      return owner !== null && owner === mainWindow && isAppUrl((sender as Electron.WebContents).getURL(), appUrl);
    },
    createAppHandlers({
      version: app.getVersion(),
      userDataDir: app.getPath('userData'),
      dialogs: {
        showSaveDialog: (options) => dialog.showSaveDialog(options),
        showOpenDialog: (options) => dialog.showOpenDialog(options),
      },
      safeStorage,
      printToPDF: async (options) => {
        if (!mainWindow) throw new Error('print:pdf: the Baton window is not open');
        return new Uint8Array(await mainWindow.webContents.printToPDF(options));
      },
    }),
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(process.platform)));
  mainWindow = createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
