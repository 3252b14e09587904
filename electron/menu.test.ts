import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuCommands } from '../shared/ipc';
import { aboutDetail, buildMenuTemplate, type MenuOptions } from './menu';

const options = (over: Partial<MenuOptions> = {}): MenuOptions => ({
  platform: 'linux',
  isPackaged: true,
  language: 'en',
  send: vi.fn(),
  showAbout: vi.fn(),
  openDataFolder: vi.fn(),
  saveDiagnostics: vi.fn(),
  ...over,
});
const items = (template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.();

describe('the application menu', () => {
  it('has File, Edit, View, Window and Help, in English and in Korean', () => {
    expect(buildMenuTemplate(options()).map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    const ko = buildMenuTemplate(options({ language: 'ko' }));
    expect(ko.map((m) => m.label)).toEqual(['파일', '편집', '보기', '창', '도움말']);
    expect(items(ko).find((i) => i.id === 'backup.restore')?.label).toBe('백업에서 복원…');
    // Every item the user reads has a label in the chosen language (roles would speak the OS's language).
    for (const item of items(ko)) if (item.type !== 'separator' && item.role !== 'appMenu' && item.role !== 'zoom') expect(item.label, item.role).toBeTruthy();
  });

  it('offers every menu command, each sent to the window by its id', () => {
    const o = options();
    const all = items(buildMenuTemplate(o));
    for (const command of menuCommands) click(all.find((i) => i.id === command));
    expect((o.send as ReturnType<typeof vi.fn>).mock.calls.map(([c]) => c)).toEqual([...menuCommands]);
    click(all.find((i) => i.id === 'help.about'));
    click(all.find((i) => i.id === 'help.data-folder'));
    click(all.find((i) => i.id === 'help.diagnostics'));
    expect(o.showAbout).toHaveBeenCalled();
    expect(o.openDataFolder).toHaveBeenCalled();
    expect(o.saveDiagnostics).toHaveBeenCalled();
  });

  it('has no developer tools (and no reload) in the packaged app', () => {
    expect(items(buildMenuTemplate(options({ isPackaged: true }))).map((i) => i.role)).not.toContain('toggleDevTools');
    expect(items(buildMenuTemplate(options({ isPackaged: true }))).map((i) => i.role)).not.toContain('reload');
    expect(items(buildMenuTemplate(options({ isPackaged: false }))).map((i) => i.role)).toContain('toggleDevTools');
  });

  it('shows the renderer’s own keys without taking them from the page, and repeats no accelerator', () => {
    const all = items(buildMenuTemplate(options()));
    expect(all.find((i) => i.id === 'palette.open')).toMatchObject({ accelerator: 'CmdOrCtrl+K', registerAccelerator: false });
    // The board binds Ctrl/Cmd+Z for its undo: the menu's undo must leave the key to the page.
    expect(all.find((i) => i.role === 'undo')).toMatchObject({ registerAccelerator: false });
    const accelerators = all.flatMap((i) => (i.accelerator ? [String(i.accelerator)] : []));
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('adds the macOS app menu on a Mac', () => {
    expect(buildMenuTemplate(options({ platform: 'darwin' }))[0]).toEqual({ role: 'appMenu' });
  });

  it('writes the About details in the menu’s language', () => {
    expect(aboutDetail('ko', { version: '1.2.3', electron: '42.1', chrome: '140', node: '22.12' })).toBe(
      '버전 1.2.3\nElectron 42.1 · Chromium 140 · Node 22.12',
    );
  });
});
