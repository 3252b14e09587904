import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatHlc } from '@shared/sync';
import { seriousViolations } from './page-models/axe';
import { BatonApp } from './page-models/baton-app';
import { useBrowser } from './page-models/use-browser';
import { serverError, startProxy, type Proxy } from '../sync/proxy';
import { openReplica, type Replica } from '../sync/replica';
import { adminOf, startSyncServer } from '../sync/server';

const browser = useBrowser();
let server: Awaited<ReturnType<typeof startSyncServer>>;
// The browser calls the server cross-origin: the proxy answers CORS as a CouchDB with CORS enabled does.
let cors: Proxy;
beforeAll(async () => {
  server = await startSyncServer();
  cors = await startProxy(server.url, { cors: true });
});
afterAll(async () => {
  await cors?.close();
  await server?.stop();
});

const section = (page: Page) => page.locator('form.sync-form');
async function fill(page: Page, values: { url?: string; database?: string; user?: string; password?: string }) {
  const form = section(page);
  if (values.url !== undefined) await form.getByLabel(/Server address|서버 주소/).fill(values.url);
  if (values.database !== undefined) await form.getByLabel(/^Database$|^데이터베이스$/).fill(values.database);
  if (values.user !== undefined) await form.getByLabel(/User name|사용자 이름/).fill(values.user);
  if (values.password !== undefined) await form.getByLabel(/^Password$|^비밀번호$/).fill(values.password);
}
const until = async (check: () => Promise<boolean>, what: string, ms = 20_000) => {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return Date.now() - start;
};

describe('sync settings and live sync', () => {
  it('names connection problems in words, creates the database, syncs live with a Node replica both ways, shows the badge', async () => {
    const app = await BatonApp.open(browser(), inject('baseUrl'));
    const { page } = app;
    await app.createEmptyWorkspace('Sync team');
    await app.heading('Leads').waitFor();
    await app.navigate('Sync');
    await app.heading('Sync').waitFor();
    const form = section(page);
    const test = () => form.getByRole('button', { name: 'Test connection' }).click();

    // Bad input is refused by field before anything is sent.
    await fill(page, { url: 'http://couch.example.com', database: 'Baton Team', user: server.admin.name, password: 'wrong' });
    await test();
    await form.getByText('Use https:// — a password must not cross the network in clear').waitFor();
    await form.getByText('Database names are lower-case letters').waitFor();
    await app.screenshot('sync-bad-input-en');

    const database = `baton-e2e-${Date.now()}`;
    await fill(page, { url: 'http://127.0.0.1:9', database });
    await test();
    await form.getByRole('alert').getByText('Server unreachable — will retry.').waitFor();

    await fill(page, { url: cors.url });
    // Corrected, the field no longer shows what was wrong with what it held.
    await form.locator('.error-text').waitFor({ state: 'detached' });
    await test();
    await form.getByRole('alert').getByText('Wrong user name or password.').waitFor();

    await fill(page, { password: server.admin.password });
    await test();
    await form.getByRole('alert').getByText('The database does not exist — create it?').waitFor();
    await app.screenshot('sync-missing-database-en');
    await form.getByRole('button', { name: 'Create database' }).click();
    await form.getByRole('status').getByText(`Connected as ${server.admin.name}. The database is empty: this workspace will be uploaded to it.`).waitFor();
    // The button pressed is gone with the offer: focus goes on to the next step, not to the page's start.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Save and turn on sync');

    // Turn sync on (live by default): the badge appears and says it is live, nothing pending.
    await form.getByRole('button', { name: 'Save and turn on sync' }).click();
    const badge = page.getByRole('button', { name: /^Sync: / });
    await page.locator('.sync-badge[data-sync-state="live"]').waitFor();
    await page.getByTestId('sync-pending').getByText('0', { exact: true }).waitFor();
    await app.screenshot('sync-live-en');
    expect(await seriousViolations(page)).toEqual([]);

    // A Node replica (another machine) joins the database, adds a contact: the window shows it within seconds.
    const node: Replica = await openReplica(null, { serverUrl: server.url, database, user: server.admin });
    try {
      await node.engine.syncOnce();
      expect((await node.db.meta.toArray()).map((m) => m.name)).toEqual(['Sync team']);
      const id = await node.addContact('Nodeson');
      await node.engine.syncOnce();
      await app.navigate('Leads');
      const arrived = Date.now();
      await page.locator(`[data-contact-id="${id}"]`).waitFor({ timeout: 20_000 });
      console.log(`live sync, Node replica → window: ${Date.now() - arrived} ms after the Node push`);

      // The window edits the contact: the Node replica sees it.
      await page.locator(`[data-contact-id="${id}"]`).click();
      const profile = page.locator('[aria-labelledby="profile-title"]');
      await profile.getByRole('button', { name: 'Edit' }).click();
      await profile.getByLabel('Job title', { exact: true }).fill('Head of Sync');
      await profile.getByRole('button', { name: 'Save' }).click();
      await page.locator('.record-header', { hasText: 'Head of Sync' }).waitFor();
      const took = await until(async () => {
        await node.engine.syncOnce();
        return (await node.db.contacts.get(id))?.jobTitle === 'Head of Sync';
      }, 'the window’s edit on the Node replica');
      console.log(`live sync, window → Node replica: ${took} ms`);
    } finally {
      await node.close();
    }

    // The server goes away: the app works on, the badge says so and counts what waits; back, it catches up.
    cors.down();
    await page.locator('.sync-badge[data-sync-state="retrying"]').waitFor();
    const profile = page.locator('[aria-labelledby="profile-title"]');
    await profile.getByRole('button', { name: 'Edit' }).click();
    await profile.getByLabel('Job title', { exact: true }).fill('Offline edit');
    await profile.getByRole('button', { name: 'Save' }).click();
    await page.locator('.record-header', { hasText: 'Offline edit' }).waitFor();
    await page.getByRole('button', { name: /^Sync: Offline — will retry \d+ pending$/ }).waitFor();
    await app.screenshot('sync-offline-en');
    expect(await seriousViolations(page)).toEqual([]);
    // A server that answers, with an error, is not "offline".
    cors.up();
    cors.setFault(() => serverError);
    await page.getByRole('button', { name: /^Sync: Server trouble — will retry \d+ pending$/ }).waitFor({ timeout: 90_000 });
    cors.setFault(null);
    await page.locator('.sync-badge[data-sync-state="live"]').waitFor({ timeout: 90_000 });
    await page.locator('.sync-badge-pending').waitFor({ state: 'detached' });

    // Sync now, from the badge's page.
    await badge.click();
    await app.heading('Sync').waitFor();
    await page.getByRole('button', { name: 'Sync now' }).click();
    await page.locator('.toast', { hasText: /^Synced: \d+ sent, \d+ received\./ }).waitFor();

    // Dark, then Korean: the same screen, and a problem in Korean.
    await page.getByRole('button', { name: 'Toggle light / dark theme' }).click();
    await app.screenshot('sync-live-dark-en');
    await page.getByRole('button', { name: 'Switch language to 한국어' }).click();
    await app.heading('동기화').waitFor();
    await page.locator('.sync-badge', { hasText: '실시간 동기화' }).waitFor();
    await app.screenshot('sync-live-dark-ko');
    await fill(page, { password: 'wrong' });
    await form.getByRole('button', { name: '연결 테스트' }).click();
    await form.getByRole('alert').getByText('사용자 이름 또는 비밀번호가 틀렸습니다.').waitFor();
    // Korean has no capitals: the reason under a field keeps its leading Latin word as written (not "Https://를").
    await fill(page, { url: 'http://couch.example.com' });
    await form.getByRole('button', { name: '연결 테스트' }).click();
    expect(await form.locator('.error-text').first().innerText()).toMatch(/^https:\/\/를 사용하세요/);
    await fill(page, { url: cors.url });
    // Corrected, the field no longer shows what was wrong with what it held.
    await form.locator('.error-text').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '라이트/다크 테마 전환' }).click();
    await app.screenshot('sync-wrong-password-ko');

    // A malformed document on the server (someone else's tool wrote it): skipped, and named in Korean with its field.
    const broken = {
      _id: 'contacts:broken-1',
      baton: 1,
      table: 'contacts',
      record: { id: 'broken-1' },
      clocks: { id: formatHlc({ wall: Date.now(), counter: 0, replica: 'other' }) },
    };
    await adminOf(server).bulk(database, [broken]);
    await page
      .locator('.sync-rejected li', { hasText: 'contacts:broken-1' })
      .getByText(/레코드의 “.+” 필드가 올바르지 않습니다\./)
      .waitFor({ timeout: 20_000 });
    await app.screenshot('sync-skipped-ko');

    // Reload: sync resumes by itself (the password stayed for this tab's session).
    await page.reload();
    await page.locator('.sync-badge[data-sync-state="live"]').waitFor();
    // A second tab of the same workspace leaves syncing to the first (one window syncs a workspace).
    const second = await app.context.newPage();
    await second.goto(page.url());
    await second.locator('.sync-badge[data-sync-state="elsewhere"]').waitFor();
    await second.screenshot({ path: 'tests/e2e/screenshots/sync-second-tab-ko.png' });
    // The first tab closes: the second takes over, with no password of its own (kept per tab). It asks for
    // one; the server's 401 to a sign-in without a password is not a wrong password.
    await page.close();
    await second.locator('.sync-state', { hasText: '여기에는 동기화 비밀번호가 없습니다. 아래에 비밀번호를 입력하고 설정을 저장하세요.' }).waitFor();
    await second.screenshot({ path: 'tests/e2e/screenshots/sync-second-tab-takes-over-ko.png' });
    await second.close();

    // The errors seen are the ones asked for: the closed port, the wrong passwords, the missing database, the server in trouble.
    const unexpected = app.errors.filter(
      (e) => !/^(401|404|500) /.test(e) && !/ERR_CONNECTION_REFUSED|ERR_EMPTY_RESPONSE|ERR_CONNECTION_RESET|Failed to fetch|status of 40[14]/.test(e),
    );
    expect(unexpected).toEqual([]);
    await app.close();
  });
});
