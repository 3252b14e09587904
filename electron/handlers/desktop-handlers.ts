import type { IpcHandlers } from '../../shared/ipc';
import type { MenuLanguage } from '../menu-labels';

type SaveDialog = (options: { defaultPath: string; filters: { name: string; extensions: string[] }[] }) => Promise<{ canceled: boolean; filePath?: string }>;

/** What the desktop-only channels need from Electron, injected so tests run without it. */
export type DesktopDeps = {
  setLanguage(language: MenuLanguage): void;
  openDataFolder(): Promise<void>;
  /** Facts for a diagnostic bundle, gathered without customer data (see diagnostics.ts). */
  diagnostics(): Promise<unknown>;
  showSaveDialog: SaveDialog;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** Shows a native notification; false where the system has none. Clicking it reports `id`. */
  showNotification(note: { id: string; title: string; body: string }): boolean;
  /** The main window's page as a PDF. */
  printToPdf(): Promise<Uint8Array>;
  takeOpenedFiles(): Promise<{ name: string; data: Uint8Array }[]>;
};

const pdfName = (name: string) => (name.toLowerCase().endsWith('.pdf') ? name : `${name}.pdf`);

/** The desktop's own channels: menu language, data folder, diagnostics, notifications, PDF, opened files. */
export function desktopHandlers(
  deps: DesktopDeps,
): Pick<IpcHandlers, 'app:set-language' | 'app:open-data-folder' | 'app:save-diagnostics' | 'notify:show' | 'report:print-pdf' | 'file:take-opened'> {
  return {
    'app:set-language': async ({ language }) => deps.setLanguage(language),
    'app:open-data-folder': () => deps.openDataFolder(),
    'app:save-diagnostics': async () => {
      const day = new Date().toISOString().slice(0, 10);
      const choice = await deps.showSaveDialog({ defaultPath: `baton-diagnostics-${day}.json`, filters: [{ name: 'JSON', extensions: ['json'] }] });
      if (choice.canceled || !choice.filePath) return { saved: false };
      await deps.writeFile(choice.filePath, new TextEncoder().encode(JSON.stringify(await deps.diagnostics(), null, 2)));
      return { saved: true };
    },
    'notify:show': async (note) => ({ shown: deps.showNotification(note) }),
    'report:print-pdf': async ({ suggestedName }) => {
      // Render first: the dialog is only worth showing when there is something to save.
      const pdf = await deps.printToPdf();
      const choice = await deps.showSaveDialog({ defaultPath: pdfName(suggestedName), filters: [{ name: 'PDF', extensions: ['pdf'] }] });
      if (choice.canceled || !choice.filePath) return { saved: false };
      await deps.writeFile(choice.filePath, pdf);
      return { saved: true };
    },
    'file:take-opened': () => deps.takeOpenedFiles(),
  };
}
