import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { BatonApp } from './page-models/baton-app';
import { FakeHost, installFakeBridge } from './page-models/fake-bridge';
import { useBrowser } from './page-models/use-browser';
import { WorkspaceFiles } from './page-models/workspace-files';

const browser = useBrowser();

/** The app as the desktop runs it: the Electron adapter over a fake bridge (see page-models/fake-bridge.ts). */
async function desktopApp(locale: 'en-US' | 'ko-KR' = 'en-US') {
  const app = await BatonApp.open(browser(), inject('baseUrl'), locale, installFakeBridge);
  return { app, host: new FakeHost(app.page), files: new WorkspaceFiles(app) };
}

async function quickAdd(app: BatonApp, first: string, last: string) {
  await app.page.getByRole('button', { name: 'Add contact' }).first().click();
  const dialog = app.page.getByRole('dialog');
  await dialog.getByLabel('First name').fill(first);
  await dialog.getByLabel('Last name').fill(last);
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await app.page.locator('#record-title', { hasText: `${first} ${last}` }).waitFor();
}

describe('desktop shell (Electron adapter over a fake bridge)', () => {
  it('backs up from the menu, restores a backup after backing up the current state, and the menu follows the language', async () => {
    const { app, host, files } = await desktopApp();
    await app.createEmptyWorkspace('Client A');
    await app.heading('No contacts yet').waitFor();
    await quickAdd(app, 'Ada', 'Lovelace');
    expect((await host.state()).language).toBe('en');

    // File › Back up now.
    await host.menu('backup.now');
    await app.page.getByText(/^Backed up Client A \(.+\)\.$/).waitFor();
    const [workspaceKey] = Object.keys((await host.state()).backups);
    const [manual] = (await host.state()).backups[workspaceKey!]!;
    expect(manual!.meta).toMatchObject({ workspaceName: 'Client A', reason: 'manual', counts: expect.objectContaining({ contacts: 1 }) });

    // A change after the backup.
    await app.page.keyboard.press('Escape');
    await quickAdd(app, 'Grace', 'Hopper');
    await app.page.keyboard.press('Escape');
    await app.page.getByText('2 of 2').waitFor();

    // File › Restore from a backup…: the restore screen lists it with when, why and what it holds.
    await host.menu('backup.restore');
    const dialog = app.page.getByRole('dialog', { name: 'Restore from a backup' });
    const row = dialog.locator('.backup-list li').first();
    await row.getByText('On request').waitFor();
    await row.getByText(/^1 contacts · 0 companies · 0 deals · /).waitFor();
    await app.screenshot('desktop-restore-en');
    await row.getByRole('button', { name: /^Restore Client A from / }).click();
    const confirm = app.page.getByRole('dialog', { name: /^Restore Client A as it was on / });
    await confirm.getByText('Client A as it is now is backed up first').waitFor();
    await app.screenshot('desktop-restore-confirm-en');
    await confirm.getByRole('button', { name: 'Back up and restore' }).click();
    await app.page.getByText(/^Restored Client A as it was on .+\. The state before was backed up\.$/).waitFor({ timeout: 60_000 });

    // Back to one contact, still Client A; the state before the restore is the newest backup.
    await app.page.getByRole('navigation').getByText('Client A').waitFor();
    await app.navigate('Leads');
    await app.page.getByText('1 of 1').waitFor();
    const after = (await host.state()).backups[workspaceKey!]!;
    expect(after.map((b) => b.meta?.reason)).toEqual(['before_restore', 'manual']);
    expect(after[0]!.meta?.counts['contacts']).toBe(2);
    expect(Object.keys((await host.state()).backups)).toEqual([workspaceKey]);

    // Settings lists the same backups; the language reaches the menu.
    await files.openSettings();
    await app.page.locator('.backup-list li').nth(1).waitFor();
    await app.page.getByRole('button', { name: /Switch language to 한국어/ }).click();
    await app.page.getByRole('heading', { name: '백업', exact: true }).waitFor();
    await expect.poll(async () => (await host.state()).language).toBe('ko');
    await app.page.locator('.backup-list').scrollIntoViewIfNeeded();
    await app.screenshot('desktop-settings-backups-ko');
    await host.menu('backup.restore');
    await app.page.getByRole('dialog', { name: '백업에서 복원' }).getByText('복원하기 전').waitFor();
    await app.screenshot('desktop-restore-ko');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('opens a workspace file the OS hands over, and backs up before it replaces the workspace and before a delete', async () => {
    const { app, host, files } = await desktopApp();
    await app.createEmptyWorkspace('Client B');
    await app.heading('No contacts yet').waitFor();
    await quickAdd(app, 'Ada', 'Lovelace');
    await app.page.keyboard.press('Escape');
    // File › Export workspace file…: through the native save dialog.
    await host.menu('workspace.export');
    await expect.poll(async () => (await host.state()).saved.length, { timeout: 30_000 }).toBe(1);
    const file = await host.savedFile(0);
    expect(gunzipSync(file).toString('utf8').split('\n', 1)[0]).toContain('"$baton":"workspace"');

    // A second, empty workspace; then the user double-clicks the exported file.
    await app.runCommand('new', 'New empty workspace');
    await app.page.getByRole('dialog').getByLabel('Workspace name').fill('Client C');
    await app.page.getByRole('dialog').getByRole('button', { name: 'Create workspace' }).click();
    await app.page.getByRole('navigation').getByText('Client C').waitFor();
    await host.openWithApp('Client B 2026-01-01.baton', file);
    const dialog = app.page.getByRole('dialog', { name: 'Import a workspace file' });
    await dialog
      .getByTestId('chosen-file')
      .getByText(/Client B 2026-01-01\.baton/)
      .waitFor();
    await app.screenshot('desktop-opened-file-en');
    await dialog.getByRole('radio', { name: /Replace Client C/ }).check();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await app.page.getByText(/^Replaced Client C with the file\. A backup \(.+\) was kept\.$/).waitFor({ timeout: 60_000 });
    await app.navigate('Leads');
    await app.page.getByText('1 of 1').waitFor();
    const reasons = () => host.state().then((s) => Object.values(s.backups).flatMap((list) => list.map((b) => `${b.meta?.workspaceName}:${b.meta?.reason}`)));
    expect(await reasons()).toEqual(['Client C:before_replace']);

    // Deleting Client B is backed up first too.
    await files.openSettings();
    await files.rowAction('Client B', /^Delete$/);
    await app.page.getByRole('dialog').getByRole('button', { name: 'Back up and delete' }).click();
    await app.page.getByText(/^Deleted Client B\. A backup/).waitFor();
    expect((await reasons()).sort()).toEqual(['Client B:before_delete', 'Client C:before_replace']);
    // The deleted workspace's backup opens as a new workspace; the replaced one restores into Client C.
    await app.page.locator('.backup-list li').filter({ hasText: 'Client B' }).getByRole('button', { name: 'Open as new workspace' }).waitFor();
    await app.page
      .locator('.backup-list li')
      .filter({ hasText: 'Client C' })
      .getByRole('button', { name: /^Restore Client C from / })
      .waitFor();
    await app.runCommand('dark', 'Toggle light / dark theme');
    await app.page.locator('.backup-list').scrollIntoViewIfNeeded();
    await app.screenshot('desktop-settings-backups-dark-en');

    // A design file double-clicked: the Designs page asks to import it; importing backs the workspace up first.
    await app.navigate('Designs');
    await app.page.getByRole('button', { name: 'Export design file' }).click();
    await expect.poll(async () => (await host.state()).saved.length, { timeout: 30_000 }).toBe(2);
    const design = await host.savedFile(1);
    await host.openWithApp('Client design.baton-design.json', design);
    const ask = app.page.getByRole('dialog', { name: 'Import a design file?' });
    await ask.getByText('You opened Client design.baton-design.json with Baton.', { exact: false }).waitFor();
    await ask.getByRole('button', { name: 'Import this file' }).click();
    await app.page
      .getByText(/^Imported the design “.+”: 0 design changes\./)
      .first()
      .waitFor({ timeout: 60_000 });
    await expect.poll(async () => (await reasons()).filter((r) => r.endsWith(':before_design_apply')).length).toBe(1);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('saves a report as a PDF through the desktop, and the inbox says what it will hold', async () => {
    const { app, host } = await desktopApp();
    await app.createEmptyWorkspace('Client D');
    await app.heading('No contacts yet').waitFor();
    await app.page.getByRole('button', { name: 'Notifications' }).click();
    await app.page.getByText('Nothing for you right now.', { exact: false }).waitFor();
    await app.screenshot('desktop-inbox-empty-en');
    await app.page.keyboard.press('Escape');
    await app.navigate('Reports');
    // Nothing to print while the workspace is empty; one contact makes a report.
    await app.page.getByRole('button', { name: 'Save as PDF', disabled: true }).waitFor();
    await app.navigate('Leads');
    await app.page.getByRole('button', { name: 'Add contact' }).first().click();
    const dialog = app.page.getByRole('dialog');
    await dialog.getByLabel('First name').fill('Ada');
    await dialog.getByLabel('Last name').fill('Lovelace');
    await dialog.getByLabel('E-mail').fill('ada@analytical.example');
    await dialog.getByRole('button', { name: 'Add contact' }).click();
    await app.page.locator('#record-title', { hasText: 'Ada Lovelace' }).waitFor();
    await app.navigate('Reports');
    await app.page.getByRole('button', { name: 'Save as PDF', disabled: false }).click();
    await app.page.getByText('Saved the report as a PDF.').waitFor();
    expect((await host.state()).printed).toEqual([expect.stringMatching(/^Reports \d{4}-\d{2}-\d{2}$/)]);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});

describe('the notifications inbox', () => {
  it('lists what is mine in Korean, opens the contact, and counts it read', async () => {
    const app = await BatonApp.open(browser(), inject('baseUrl'), 'ko-KR');
    await app.loadDemo('데모 불러오기');
    const bell = app.page.getByRole('button', { name: /^알림, 읽지 않음: \d+$/ });
    const unread = async () => Number((await bell.getAttribute('aria-label'))!.match(/: (\d+)$/)![1]);
    const before = await unread();
    await app.page.getByRole('button', { name: '라이트/다크 테마 전환' }).click();
    await bell.click();
    const panel = app.page.getByRole('dialog', { name: '알림' });
    const first = panel.locator('.inbox-list li[data-unread] button').first();
    await first.waitFor();
    await app.screenshot('inbox-demo-dark-ko');
    await first.click();
    await app.page.locator('#record-title').waitFor();
    await expect.poll(unread).toBe(before - 1);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});

describe('backups in the web build (browser storage and downloads)', () => {
  it('backs up on request and restores from Settings, in Korean and dark mode', async () => {
    const app = await BatonApp.open(browser(), inject('baseUrl'), 'ko-KR');
    await app.page.getByLabel('워크스페이스 이름').fill('고객사 A');
    await app.page.getByRole('button', { name: '워크스페이스 만들기' }).click();
    await app.page.getByRole('navigation').getByText('고객사 A').waitFor();
    const files = new WorkspaceFiles(app);
    await files.openSettings();
    await app.page.getByRole('button', { name: '지금 백업' }).click();
    await app.page.getByText(/^고객사 A을\(를\) 백업했습니다/).waitFor();
    expect(await files.backupCount()).toBe(1);
    await app.page.locator('.backup-list li').getByText('직접 요청').waitFor();
    await app.runCommand('dark', /테마/);
    await app.page.locator('.backup-list').scrollIntoViewIfNeeded();
    await app.screenshot('web-backups-dark-ko');
    await app.page
      .locator('.backup-list li')
      .getByRole('button', { name: /고객사 A 복원$/ })
      .click();
    await app.page.getByRole('dialog').getByRole('button', { name: '백업하고 복원' }).click();
    await app.page.getByText(/상태로 복원했습니다\. 복원 전 상태는 백업했습니다\.$/).waitFor({ timeout: 60_000 });
    expect(await files.backupCount()).toBe(2);
    await app.page.getByRole('navigation').getByText('고객사 A').waitFor();
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
