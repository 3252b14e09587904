import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { BatonApp } from './baton-app';

/** Settings' workspaces section and the workspace-file dialogs, as a user drives them. */
export class WorkspaceFiles {
  constructor(readonly app: BatonApp) {}

  get page(): Page {
    return this.app.page;
  }

  async openSettings(): Promise<void> {
    await this.app.navigate(/Settings|설정/);
    await this.page.getByRole('heading', { name: /^(Workspaces|워크스페이스)$/ }).waitFor();
  }

  /** Exports the open workspace from Settings; returns the saved file's path and bytes. */
  async exportCurrent(dir: string): Promise<{ path: string; bytes: Buffer; name: string }> {
    const download = this.page.waitForEvent('download', { timeout: 60_000 });
    await this.page.getByRole('button', { name: 'Export workspace file' }).click();
    const file = await download;
    const path = `${dir}/${file.suggestedFilename()}`;
    await file.saveAs(path);
    return { path, bytes: readFileSync(path), name: file.suggestedFilename() };
  }

  /** Opens the import dialog, picks the file and chooses what to do with it; does not press Import. */
  async chooseImport(path: string, mode: RegExp): Promise<void> {
    await this.page.getByRole('button', { name: 'Import workspace file…' }).click();
    const dialog = this.page.getByRole('dialog');
    const chooser = this.page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Choose file…' }).click();
    await (await chooser).setFiles(path);
    await dialog.getByTestId('chosen-file').waitFor();
    await dialog.getByRole('radio', { name: mode }).check();
  }

  async runImport(): Promise<void> {
    await this.page.getByRole('dialog').getByRole('button', { name: 'Import', exact: true }).click();
  }

  row(name: string) {
    return this.page.locator('.workspace-list:not(.backup-list) li').filter({ has: this.page.getByText(name, { exact: true }) });
  }

  async rowAction(name: string, action: RegExp): Promise<void> {
    await this.row(name)
      .getByRole('button', { name: /Actions for|작업/ })
      .click();
    await this.page.getByRole('menuitem', { name: action }).click();
  }

  /** Records per table of every workspace database in this browser context, by workspace database name. */
  async storedCounts(): Promise<Record<string, Record<string, number>>> {
    return this.page.evaluate(async () => {
      const out: Record<string, Record<string, number>> = {};
      const request = <T>(r: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
      for (const { name } of await indexedDB.databases()) {
        if (!name?.startsWith('baton-ws-')) continue;
        const db = await request(indexedDB.open(name));
        const tables = [...db.objectStoreNames].filter((t) => t !== 'changes');
        const tx = db.transaction(tables, 'readonly');
        out[name] = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await request(tx.objectStore(t).count())] as const)));
        db.close();
      }
      return out;
    });
  }

  async backupCount(): Promise<number> {
    return this.page.evaluate(async () => {
      const names = (await indexedDB.databases()).map((d) => d.name);
      if (!names.includes('baton-backups')) return 0;
      return new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('baton-backups');
        open.onsuccess = () => {
          const r = open.result.transaction('backups').objectStore('backups').count();
          r.onsuccess = () => {
            open.result.close();
            resolve(r.result);
          };
          r.onerror = () => reject(r.error);
        };
        open.onerror = () => reject(open.error);
      });
    });
  }
}
