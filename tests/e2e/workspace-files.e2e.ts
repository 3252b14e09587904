import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { describe, expect, inject, it } from 'vitest';
import { BatonApp } from './page-models/baton-app';
import { useBrowser } from './page-models/use-browser';
import { WorkspaceFiles } from './page-models/workspace-files';

const browser = useBrowser();
const dir = mkdtempSync(join(tmpdir(), 'baton-wsfile-'));

async function demoWithFile(locale: 'en-US' | 'ko-KR' = 'en-US') {
  const app = await BatonApp.open(browser(), inject('baseUrl'), locale);
  await app.loadDemo(locale === 'ko-KR' ? '데모 불러오기' : 'Load demo');
  const files = new WorkspaceFiles(app);
  await files.openSettings();
  return { app, files };
}

describe('workspace files', () => {
  it('exports the demo workspace, imports the file as a new workspace with the same counts, and merges it back unchanged', async () => {
    const { app, files } = await demoWithFile();
    await app.screenshot('workspace-files-settings-en');
    const file = await files.exportCurrent(dir);
    expect(file.name).toMatch(/^Demo workspace \d{4}-\d{2}-\d{2}\.baton$/);
    // gzip, and inside it the header line of a workspace file.
    expect([file.bytes[0], file.bytes[1]]).toEqual([0x1f, 0x8b]);
    expect(gunzipSync(file.bytes).toString('utf8').split('\n', 1)[0]).toContain('"$baton":"workspace"');

    await files.chooseImport(file.path, /Open as a new workspace/);
    await app.screenshot('workspace-files-import-dialog-en');
    await files.runImport();
    await app.page.getByText('Opened Demo workspace from the file.').waitFor({ timeout: 60_000 });
    const counts = Object.values(await files.storedCounts());
    expect(counts).toHaveLength(2);
    expect(counts[0]).toEqual(counts[1]);
    expect(counts[0]!['contacts']).toBe(2000);
    await app.navigate('Leads');
    await app.page.getByText('2,000 of 2,000').waitFor();

    // The same file merged into the copy it made: every record already the same, no conflict.
    await files.openSettings();
    await files.chooseImport(file.path, /Merge into Demo workspace/);
    await files.runImport();
    const summary = app.page.getByRole('dialog').getByRole('status');
    await summary.getByText(/^0 added, 0 updated from the file, 0 kept as they were here, [\d,]+ already the same\.$/).waitFor({ timeout: 60_000 });
    await app.screenshot('workspace-files-merged-en');
    await app.page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('refuses a corrupted file with a clear error and changes nothing; replace keeps a backup of what it replaces', async () => {
    const { app, files } = await demoWithFile();
    const file = await files.exportCurrent(dir);
    const text = gunzipSync(file.bytes).toString('utf8');
    // One changed character inside a record: the checksum no longer matches.
    const corrupted = join(dir, 'corrupted.baton');
    writeFileSync(corrupted, gzipSync(Buffer.from(text.replace('"firstName":"', '"firstName":"X'), 'utf8')));

    await app.runCommand('new', 'New empty workspace');
    await app.page.getByRole('dialog').getByLabel('Workspace name').fill('Client A');
    await app.page.getByRole('dialog').getByRole('button', { name: 'Create workspace' }).click();
    await app.page.getByRole('navigation').getByText('Client A').waitFor();
    await files.openSettings();
    const before = await files.storedCounts();

    await files.chooseImport(corrupted, /Replace Client A/);
    await files.runImport();
    const alert = app.page.getByRole('dialog').getByRole('alert');
    await alert.getByText('The file was not imported. Nothing was changed.').waitFor({ timeout: 60_000 });
    await expect(alert.textContent()).resolves.toContain('checksum does not match');
    await app.screenshot('workspace-files-refused-en');
    expect(await files.storedCounts()).toEqual(before);
    // A refused file needs no backup: nothing was touched.
    expect(await files.backupCount()).toBe(0);
    await app.page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

    await files.chooseImport(file.path, /Replace Client A/);
    await files.runImport();
    await app.page.getByText(/^Replaced Client A with the file\. A backup \(.+\) was kept\.$/).waitFor({ timeout: 60_000 });
    expect(await files.backupCount()).toBe(1);
    await app.page.getByRole('navigation').getByText('Client A').waitFor();
    await app.navigate('Leads');
    await app.page.getByText('2,000 of 2,000').waitFor();
    expect(Object.keys(await files.storedCounts())).toHaveLength(2);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('renames, duplicates, deletes and restores the backup, from Settings and the palette, in dark mode and in Korean', async () => {
    const app = await BatonApp.open(browser(), inject('baseUrl'));
    const files = new WorkspaceFiles(app);
    await app.createEmptyWorkspace('Alpha');
    await app.heading('No contacts yet').waitFor();
    await files.openSettings();

    await files.rowAction('Alpha', /^Rename$/);
    await app.page.getByRole('dialog').getByLabel('Workspace name').fill('Beta');
    await app.page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await app.page.getByRole('navigation').getByText('Beta').waitFor();

    await app.runCommand('duplicate', 'Duplicate this workspace');
    await files.row('Beta (copy)').waitFor();
    await app.runCommand('dark', 'Toggle light / dark theme');
    await app.screenshot('workspace-files-settings-dark-en');

    await files.rowAction('Beta (copy)', /^Delete$/);
    await app.page.getByRole('dialog').getByText('A backup is taken first').waitFor();
    await app.screenshot('workspace-files-delete-dark-en');
    await app.page.getByRole('dialog').getByRole('button', { name: 'Back up and delete' }).click();
    await app.page.getByText(/^Deleted Beta \(copy\)\. A backup/).waitFor();
    await expect(files.row('Beta (copy)').count()).resolves.toBe(0);
    expect(await files.backupCount()).toBe(1);
    expect(Object.keys(await files.storedCounts())).toHaveLength(1);

    // The deleted workspace's backup is listed and opens again as a new workspace.
    const backup = app.page.locator('.backup-list li').filter({ hasText: 'Beta (copy)' });
    await backup.getByText('no longer here').waitFor();
    await backup.getByRole('button', { name: 'Open as new workspace' }).click();
    await app.page.getByText('Opened the backup of Beta (copy) as a new workspace.').waitFor();
    await app.page.getByRole('navigation').getByText('Beta (copy)').waitFor();
    await files.row('Beta (copy)').waitFor();
    expect(Object.keys(await files.storedCounts())).toHaveLength(2);

    await app.page.getByRole('button', { name: /Switch language to 한국어/ }).click();
    await app.page.getByRole('heading', { name: '워크스페이스', exact: true }).waitFor();
    await app.screenshot('workspace-files-settings-dark-ko');
    await app.page.getByRole('button', { name: '워크스페이스 파일 가져오기…' }).click();
    await app.page
      .getByRole('dialog')
      .getByRole('radio', { name: /Beta \(copy\) 바꾸기/ })
      .waitFor();
    await app.screenshot('workspace-files-import-dialog-ko');
    expect(app.errors).toEqual([]);
    await app.close();
  });
});

describe('CSV export of lists', () => {
  /** Opens the list's "Export CSV" panel, leaves the columns as offered except `untick`, saves; returns the file's text (BOM kept). */
  async function exportCsv(app: BatonApp, untick: string[], shot: string): Promise<string> {
    await app.page.getByRole('button', { name: 'Export CSV' }).click();
    const panel = app.page.getByRole('dialog', { name: 'Export CSV' });
    for (const column of untick) await panel.getByRole('checkbox', { name: column, exact: true }).uncheck();
    await app.screenshot(shot);
    const download = app.page.waitForEvent('download');
    await panel.getByRole('button', { name: /^Save [\d,]+ rows as CSV$/ }).click();
    const path = join(dir, (await download).suggestedFilename());
    await (await download).saveAs(path);
    return readFileSync(path, 'utf8');
  }

  it('exports the leads list as shown and the pipeline list, with the chosen columns, as UTF-8 with a BOM', async () => {
    const app = await BatonApp.open(browser(), inject('baseUrl'));
    await app.loadDemo();
    await app.page.getByText('2,000 of 2,000').waitFor();
    const leads = await exportCsv(app, ['Owner'], 'csv-export-leads-en');
    expect(leads.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(leads.slice(1).trim()).data;
    // The table's columns (owner unticked) with email after the name; one line per contact shown.
    expect(rows[0]).toEqual(['Name', 'Email', 'Company', 'Stage', 'Engagement', 'Fit', 'Last activity', 'SLA']);
    expect(rows).toHaveLength(2001);
    expect(rows.slice(1).every((r) => r.length === 8 && r[0] !== '')).toBe(true);

    await app.navigate('Pipeline');
    await app.page.getByRole('tab', { name: 'List' }).click();
    const deals = await exportCsv(app, [], 'csv-export-deals-en');
    const dealRows = Papa.parse<string[]>(deals.slice(1).trim()).data;
    expect(dealRows[0]).toEqual(['Deal', 'Company', 'Stage', 'Amount', 'Currency', 'Owner', 'Expected close', 'Days idle']);
    expect(dealRows.length).toBeGreaterThan(1);
    // Amounts stay numbers a spreadsheet can add up, close dates read as YYYY-MM-DD.
    expect(dealRows.slice(1).every((r) => r[3] === '' || /^\d+(\.\d+)?$/.test(r[3]!))).toBe(true);
    expect(dealRows.slice(1).every((r) => r[6] === '' || /^\d{4}-\d{2}-\d{2}$/.test(r[6]!))).toBe(true);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('a database a crash left half-written is removed at the next start, unless another tab is still writing it', async () => {
    const app = await BatonApp.open(browser(), inject('baseUrl'));
    await app.loadDemo();
    const page = app.page;
    const open = (name: string) =>
      page.evaluate(
        (n) =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.open(n);
            request.onsuccess = () => (request.result.close(), resolve());
            request.onerror = () => reject(new Error(String(request.error)));
          }),
        name,
      );
    // A second tab is importing right now: it holds the write lock of its database.
    const writer = await app.context.newPage();
    await writer.goto(page.url());
    await writer.evaluate(() => {
      void navigator.locks.request('baton-writing:baton-ws-01900000-0000-7000-8000-000000000003', () => new Promise<void>(() => undefined));
      return new Promise<void>((resolve) => {
        const request = indexedDB.open('baton-ws-01900000-0000-7000-8000-000000000003');
        request.onsuccess = () => (request.result.close(), resolve());
      });
    });
    // What a reload in the middle of "open as a new workspace" and of a merge leaves behind.
    await open('baton-ws-01900000-0000-7000-8000-000000000001');
    await open('baton-scratch-01900000-0000-7000-8000-000000000002');
    const names = () =>
      page.evaluate(async () =>
        (await indexedDB.databases())
          .map((d) => d.name!)
          .filter((n) => n.startsWith('baton-'))
          .sort(),
      );
    expect(await names()).toEqual(
      expect.arrayContaining([
        'baton-ws-01900000-0000-7000-8000-000000000001',
        'baton-scratch-01900000-0000-7000-8000-000000000002',
        'baton-ws-01900000-0000-7000-8000-000000000003',
      ]),
    );
    await page.reload();
    await page.getByText('2,000 of 2,000').waitFor();
    await expect.poll(names).not.toContain('baton-ws-01900000-0000-7000-8000-000000000001');
    const left = await names();
    expect(left).not.toContain('baton-scratch-01900000-0000-7000-8000-000000000002');
    expect(left).toContain('baton-ws-01900000-0000-7000-8000-000000000003');
    // The demo's own database, the registry and the backups stay.
    expect(left.filter((n) => n.startsWith('baton-ws-'))).toHaveLength(2);
    expect(left).toContain('baton-registry');
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
