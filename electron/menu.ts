import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc';
import { menuLabels, type MenuLanguage } from './menu-labels';

export type MenuOptions = {
  platform: NodeJS.Platform;
  /** A packaged app has no developer tools and no reload in its menu. */
  isPackaged: boolean;
  language: MenuLanguage;
  /** Asks the window to run one of its commands (the same ones its command palette offers). */
  send(command: MenuCommand): void;
  showAbout(): void;
  openDataFolder(): void;
  saveDiagnostics(): void;
};

/**
 * The application menu in the app's language. Keys the renderer already binds (Ctrl/Cmd+K for the
 * palette, Ctrl/Cmd+Z for the board's undo) are shown but not registered, so the page keeps them
 * (`registerAccelerator: false`); a registered accelerator would take the key before the page sees it.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const l = menuLabels[options.language];
  const mac = options.platform === 'darwin';
  const run = (command: MenuCommand) => () => options.send(command);
  const dev: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ role: 'reload', label: l.reload }, { role: 'toggleDevTools', label: l.devTools }, { type: 'separator' }];
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: l.file,
      submenu: [
        { id: 'workspace.new', label: l.newWorkspace, click: run('workspace.new') },
        { id: 'workspace.import', label: l.openWorkspaceFile, accelerator: 'CmdOrCtrl+O', click: run('workspace.import') },
        { id: 'workspace.switch', label: l.switchWorkspace, click: run('workspace.switch') },
        { type: 'separator' },
        { id: 'import.csv', label: l.importCsv, click: run('import.csv') },
        { id: 'workspace.export', label: l.exportWorkspace, accelerator: 'CmdOrCtrl+Shift+E', click: run('workspace.export') },
        { type: 'separator' },
        { id: 'backup.now', label: l.backupNow, click: run('backup.now') },
        { id: 'backup.restore', label: l.restoreBackup, click: run('backup.restore') },
        { type: 'separator' },
        mac ? { role: 'close', label: l.close } : { role: 'quit', label: l.quit },
      ],
    },
    {
      label: l.edit,
      submenu: [
        { role: 'undo', label: l.undo, registerAccelerator: false },
        { role: 'redo', label: l.redo, registerAccelerator: false },
        { type: 'separator' },
        { role: 'cut', label: l.cut },
        { role: 'copy', label: l.copy },
        { role: 'paste', label: l.paste },
        { role: 'selectAll', label: l.selectAll },
      ],
    },
    {
      label: l.view,
      submenu: [
        { id: 'palette.open', label: l.commandPalette, accelerator: 'CmdOrCtrl+K', registerAccelerator: false, click: run('palette.open') },
        { type: 'separator' },
        ...dev,
        { role: 'resetZoom', label: l.actualSize },
        { role: 'zoomIn', label: l.zoomIn },
        { role: 'zoomOut', label: l.zoomOut },
        { type: 'separator' },
        { id: 'prefs.theme', label: l.darkMode, click: run('prefs.theme') },
        { role: 'togglefullscreen', label: l.fullScreen },
      ],
    },
    {
      label: l.window,
      submenu: [{ role: 'minimize', label: l.minimize }, ...(mac ? [{ role: 'zoom' as const }] : [{ role: 'close' as const, label: l.close }])],
    },
    {
      role: 'help',
      label: l.help,
      submenu: [
        { id: 'help.about', label: l.about, click: options.showAbout },
        { id: 'help.data-folder', label: l.openDataFolder, click: options.openDataFolder },
        { id: 'help.diagnostics', label: l.diagnostics, click: options.saveDiagnostics },
      ],
    },
  ];
}

/** The About box's detail line in the menu's language. */
export function aboutDetail(language: MenuLanguage, versions: { version: string; electron: string; chrome: string; node: string }): string {
  return menuLabels[language].aboutDetail.replace(/\{(\w+)\}/g, (_, key: keyof typeof versions) => versions[key] ?? '');
}
