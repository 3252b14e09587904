import type { IpcHandlers } from '../../shared/ipc';

/** Margins in inches, as Electron's printToPDF takes them. */
export type PdfOptions = { printBackground: boolean; pageSize: 'A4'; margins: { top: number; bottom: number; left: number; right: number } };

/** What printing to PDF needs of Electron, injected so tests run without it. */
export type PrintDeps = {
  /** The Baton window's page as PDF bytes (webContents.printToPDF), laid out by its print stylesheet. */
  printToPDF(options: PdfOptions): Promise<Uint8Array>;
  showSaveDialog(options: { defaultPath: string; filters: { name: string; extensions: string[] }[] }): Promise<{ canceled: boolean; filePath?: string }>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
};

export function printHandlers(deps: PrintDeps): Pick<IpcHandlers, 'print:pdf'> {
  return {
    'print:pdf': async ({ suggestedName }) => {
      // Rendered before the dialog opens: what is saved is the page as the user asked for it, not after.
      const pdf = await deps.printToPDF({ printBackground: true, pageSize: 'A4', margins: { top: 0.4, bottom: 0.4, left: 0.4, right: 0.4 } });
      const choice = await deps.showSaveDialog({ defaultPath: suggestedName, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
      if (choice.canceled || !choice.filePath) return { saved: false };
      await deps.writeFile(choice.filePath, pdf);
      return { saved: true, path: choice.filePath };
    },
  };
}
