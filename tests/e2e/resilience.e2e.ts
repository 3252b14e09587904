import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './page-models/use-browser';
import { openDemo } from './page-models/demo';

const browser = useBrowser();

describe('no silent failure', () => {
  it('a write that fails (storage refuses it) is shown as an error, and the data is as it was', async () => {
    const { app, leads } = await openDemo(browser(), inject('baseUrl'));
    const page = app.page;
    await leads.filterStage('Lead');
    await leads.openRow(0);
    const name = (await page.locator('#record-title').textContent())!;
    // The browser's storage starts refusing writes (as a full disk or a closed database would).
    await page.evaluate(() => {
      const fail = () => {
        throw new DOMException('The disk is full', 'QuotaExceededError');
      };
      const proto = IDBObjectStore.prototype as unknown as Record<string, unknown>;
      (window as unknown as { __restore: Record<string, unknown> }).__restore = { put: proto['put'], add: proto['add'] };
      proto['put'] = fail;
      proto['add'] = fail;
    });
    await page.locator('body').press('n');
    await page.getByLabel('What happened?').fill('A note that cannot be saved');
    await page.keyboard.press('Enter');
    const toast = page.locator('.toast-error');
    await toast.waitFor();
    await expect(toast.textContent()).resolves.toContain('Something went wrong and nothing was saved');
    await app.screenshot('failed-write-toast-en');
    await page.evaluate(() => {
      const proto = IDBObjectStore.prototype as unknown as Record<string, unknown>;
      Object.assign(proto, (window as unknown as { __restore: Record<string, unknown> }).__restore);
    });
    // The record's address survives the reload: it opens again, without the note.
    await page.reload();
    await page.locator('#record-title', { hasText: name }).waitFor();
    await leads.timeline().waitFor();
    expect(await leads.timeline().getByText('A note that cannot be saved').count()).toBe(0);
    await app.close();
  });

  it('another window deleting the open workspace asks this one to reload instead of failing silently', async () => {
    const { app } = await openDemo(browser(), inject('baseUrl'));
    const other = await app.context.newPage();
    await other.goto(inject('baseUrl'));
    await other.evaluate(async () => {
      const names = (await indexedDB.databases()).map((d) => d.name!).filter((n) => n.startsWith('baton-ws-'));
      await Promise.all(
        names.map((n) => new Promise((done) => Object.assign(indexedDB.deleteDatabase(n), { onsuccess: done, onerror: done, onblocked: done }))),
      );
    });
    const dialog = app.page.getByRole('dialog', { name: 'This workspace changed in another window' });
    await dialog.waitFor();
    await app.screenshot('other-window-changed-en');
    await other.close();
    await app.close();
  });

  it('a bulk recycle asks first, and Undo in the toast brings the contacts back', async () => {
    const { app, leads } = await openDemo(browser(), inject('baseUrl'));
    const page = app.page;
    await leads.filterStage('Lead');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push((await leads.rows().nth(i).getAttribute('data-contact-id'))!);
      await leads.rows().nth(i).getByRole('checkbox').check();
    }
    await page.getByRole('button', { name: 'Recycle…' }).click();
    await page.getByRole('menuitem', { name: 'Bad timing' }).click();
    const dialog = page.getByRole('dialog', { name: 'Recycle 3 contacts?' });
    await dialog.waitFor();
    await app.screenshot('confirm-bulk-recycle-en');
    await dialog.getByRole('button', { name: 'Recycle' }).click();
    for (const id of ids) await page.locator(`[data-contact-id="${id}"]`).waitFor({ state: 'detached' });
    // The toast says which action it can undo.
    const toast = page.locator('.toast', { hasText: 'Recycled (Bad timing): 3 updated' });
    await toast.waitFor();
    await app.screenshot('undo-toast-en');
    await toast.getByRole('button', { name: 'Undo' }).click();
    await page.locator('.toast', { hasText: 'Undone.' }).waitFor();
    for (const id of ids) await page.locator(`[data-contact-id="${id}"]`).waitFor();
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('two tabs editing one contact: different fields both survive; the same field asks which value to keep', async () => {
    const { app, leads } = await openDemo(browser(), inject('baseUrl'));
    const a = app.page;
    await leads.filterStage('Lead');
    const id = await leads.openRow(0);
    const b = await app.context.newPage();
    await b.goto(`${inject('baseUrl')}#/leads/${id}`);
    await b.locator('#record-title').waitFor();
    const profile = (page: typeof a) => page.locator('[aria-labelledby="profile-title"]');
    const edit = async (page: typeof a, field: string, value: string) => {
      await profile(page).getByRole('button', { name: 'Edit' }).click();
      await profile(page).getByLabel(field, { exact: true }).fill(value);
    };
    // B starts editing the phone; meanwhile A changes the job title and saves.
    await edit(b, 'Phone', '010-5555-0101');
    await edit(a, 'Job title', 'Head of Growth');
    await profile(a).getByRole('button', { name: 'Save' }).click();
    await a.locator('.record-header', { hasText: 'Head of Growth' }).waitFor();
    await profile(b).getByRole('button', { name: 'Save' }).click();
    await b.locator('.record-header', { hasText: 'Head of Growth' }).waitFor();
    await profile(b).getByText('010-5555-0101').waitFor();
    await a.locator('.record-header', { hasText: 'Head of Growth' }).waitFor();
    await profile(a).getByText('010-5555-0101').waitFor();
    // Now both change the job title: the later save is asked, not silently reverting the other.
    await edit(b, 'Job title', 'VP Growth');
    await edit(a, 'Job title', 'Chief Growth Officer');
    await profile(a).getByRole('button', { name: 'Save' }).click();
    await a.locator('.record-header', { hasText: 'Chief Growth Officer' }).waitFor();
    await profile(b).getByRole('button', { name: 'Save' }).click();
    await profile(b).getByText('was changed meanwhile (in another window) to “Chief Growth Officer”').waitFor();
    await b.screenshot({ path: 'tests/e2e/screenshots/edit-conflict-en.png' });
    // Choosing is deciding: "Use mine" saves at once.
    await profile(b).getByRole('button', { name: 'Use mine' }).click();
    await a.locator('.record-header', { hasText: 'VP Growth' }).waitFor();
    expect(app.errors).toEqual([]);
    await b.close();
    await app.close();
  });
});
