import type { Page } from 'playwright-core';

/** The Personas & ICP screen as marketing uses it. */
export class PersonasPageModel {
  constructor(readonly page: Page) {}

  async open(tab: 'icp' | 'personas' | 'voice' | 'content' = 'personas'): Promise<void> {
    await this.page.evaluate((t) => (location.hash = `#/personas?tab=${t}`), tab);
    await this.page.locator('#personas-panel').waitFor();
  }

  /** The histogram's figures (its table, which prints and which screen readers read): contacts per fit band. */
  async histogram(): Promise<string[]> {
    return this.page.getByTestId('icp-histogram-table').locator('tbody td:nth-child(2)').allTextContents();
  }

  /** Waits until the preview answers the draft on screen (not an earlier one). */
  async previewSettled(): Promise<void> {
    await this.page.locator('[data-testid="icp-preview"][aria-busy="false"]').waitFor({ timeout: 30_000 });
  }

  async patternTestSettled(): Promise<void> {
    await this.page.locator('[data-testid="pattern-test"][aria-busy="false"]').waitFor({ timeout: 30_000 });
  }

  /** A fact of the open record page (ICP fit, persona…), by its label. */
  fact(label: string) {
    return this.page.locator(`xpath=//dl[contains(@class,"facts")]//dt[normalize-space()="${label}"]/following-sibling::dd[1]`);
  }

  /** Contacts of the open workspace whose job title has `word` as a whole word, counted in its database (not through the UI). */
  async countTitles(word: string): Promise<number> {
    return this.page.evaluate(async (w) => {
      const dbs = (await indexedDB.databases()).filter((d) => d.name?.startsWith('baton-ws-'));
      let count = 0;
      for (const info of dbs) {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(info.name!);
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const all = await new Promise<{ jobTitle: string | null; deletedAt: number | null }[]>((resolve) => {
          const req = db.transaction('contacts').objectStore('contacts').getAll();
          req.onsuccess = () => resolve(req.result);
        });
        const re = new RegExp(`(^|[^\\p{L}\\p{N}])${w}($|[^\\p{L}\\p{N}])`, 'iu');
        count += all.filter((c) => c.deletedAt === null && c.jobTitle && re.test(c.jobTitle)).length;
        db.close();
      }
      return count;
    }, word);
  }

  /** Picks `content` as the file the next file dialog opens. */
  async chooseFile(name: string, content: string, click: () => Promise<void>): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await click();
    await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
  }
}
