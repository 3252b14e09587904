import { afterAll, beforeAll, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../e2e/browser';
import type {} from '../../renderer/bench/seed-large-workspace';

/** Leads list at 100,000 contacts in real Chromium: load, first rows, full index, search, filter, sort. Prints; asserts nothing about time. */
const CONTACTS = Number(process.env['BENCH_CONTACTS'] ?? 100_000);
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const print = (name: string, ms: number, extra = '') => console.log(`[bench] ${name}: ${ms.toFixed(0)} ms${extra}`);

async function queryMs(page: Page): Promise<number> {
  return Number(await page.locator('[data-query-ms]').getAttribute('data-query-ms'));
}

/** Runs `act`, then waits until the list's count line changes; returns wall time and the query's own time. */
async function measure(page: Page, act: () => Promise<void>): Promise<{ wall: number; query: number; shown: string }> {
  const count = page.locator('[data-query-ms]');
  const before = await count.textContent();
  const started = Date.now();
  await act();
  await page.waitForFunction((text) => document.querySelector('[data-query-ms]')?.textContent !== text, before, { timeout: 30_000 });
  return { wall: Date.now() - started, query: await queryMs(page), shown: (await count.textContent()) ?? '' };
}

it(`leads list with ${CONTACTS.toLocaleString('en')} contacts`, async () => {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
  const page = await context.newPage();
  await page.goto(`${inject('baseUrl')}bench.html?contacts=${CONTACTS}`);
  await page.waitForFunction(() => window.benchResult !== undefined || window.benchError !== undefined, undefined, { timeout: 900_000, polling: 1000 });
  const seeded = await page.evaluate(() => window.benchResult ?? window.benchError);
  if (typeof seeded === 'string' || !seeded) throw new Error(`seeding failed: ${seeded}`);
  const perSecond = (n: number, ms: number) => Math.round((n / ms) * 1000).toLocaleString('en');
  print(
    `write workspace (${seeded.records.toLocaleString('en')} records, validated, one transaction)`,
    seeded.writeMs,
    ` (${perSecond(seeded.records, seeded.writeMs)} records/s)`,
  );
  print(
    `raw IndexedDB baseline (${seeded.rawRecords.toLocaleString('en')} small records, one transaction)`,
    seeded.rawBaselineMs,
    ` (${perSecond(seeded.rawRecords, seeded.rawBaselineMs)} records/s)`,
  );

  const started = Date.now();
  await page.goto(inject('baseUrl'));
  await page.locator('[data-contact-id]').first().waitFor({ timeout: 120_000 });
  print('open app → first rows on screen', Date.now() - started);
  await page.locator('[data-complete="true"]').waitFor({ timeout: 300_000 });
  print(`open app → all ${CONTACTS.toLocaleString('en')} contacts indexed`, Date.now() - started);

  const search = await measure(page, () => page.getByRole('searchbox').fill('energy'));
  print(`search "energy" (${search.shown})`, search.wall, `; query itself ${search.query.toFixed(1)} ms`);
  const narrower = await measure(page, () => page.getByRole('searchbox').fill('smith 7'));
  print(`search "smith 7" (${narrower.shown})`, narrower.wall, `; query itself ${narrower.query.toFixed(1)} ms`);
  const cleared = await measure(page, () => page.getByRole('searchbox').fill(''));
  print(`clear search (${cleared.shown})`, cleared.wall, `; query itself ${cleared.query.toFixed(1)} ms`);
  const filtered = await measure(page, async () => {
    await page.getByRole('combobox', { name: 'Stage' }).selectOption('mql');
  });
  print(`filter stage = MQL (${filtered.shown})`, filtered.wall, `; query itself ${filtered.query.toFixed(1)} ms`);
  const unfiltered = await measure(page, async () => {
    await page.getByRole('combobox', { name: 'Stage' }).selectOption('');
  });
  print('remove stage filter', unfiltered.wall, `; query itself ${unfiltered.query.toFixed(1)} ms`);
  const startedSort = Date.now();
  await page.getByRole('button', { name: 'Name' }).click();
  await page.waitForFunction(() => document.querySelector('[aria-sort="ascending"]') !== null);
  print(`sort ${CONTACTS.toLocaleString('en')} by name (Intl.Collator)`, Date.now() - startedSort, `; query itself ${(await queryMs(page)).toFixed(1)} ms`);
  const startedScroll = Date.now();
  await page.getByTestId('leads-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await page.locator(`[aria-rowindex="${CONTACTS + 1}"]`).waitFor();
  print('scroll to the last row', Date.now() - startedScroll);
  await context.close();
});
