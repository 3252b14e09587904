import { afterAll, beforeAll, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../e2e/browser';
import type {} from '../../renderer/bench/import-bench';

/**
 * P1: a 100,000-contact CSV imported in real Chromium through the app's worker (parse, map, dedupe,
 * score, write in one transaction with the change log), beside a raw Dexie bulkPut of the same
 * contact records into a table with the same indexes, measured in the same run. Prints; asserts nothing about time.
 */
const CONTACTS = Number(process.env['BENCH_CONTACTS'] ?? 100_000);
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const print = (name: string, value: string) => console.log(`[bench] ${name}: ${value}`);
const rate = (n: number, ms: number) => `${Math.round((n / ms) * 1000).toLocaleString('en')} contacts/s`;

it(`imports a ${CONTACTS.toLocaleString('en')}-contact CSV`, async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') console.log(`[page] ${m.text()}`);
  });
  await page.goto(`${inject('baseUrl')}bench-import.html?contacts=${CONTACTS}`);
  await page.waitForFunction(() => window.importBenchResult !== undefined || window.importBenchError !== undefined, undefined, {
    timeout: 1_200_000,
    polling: 1000,
  });
  const result = await page.evaluate(() => window.importBenchResult ?? window.importBenchError);
  if (typeof result === 'string' || !result) throw new Error(`import bench failed: ${result}`);
  const n = result.contacts;
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const raw = median(result.rawMs);
  print(
    `CSV import, ${n.toLocaleString('en')} contacts (${(result.bytes / 1e6).toFixed(1)} MB): parse, map, dedupe, score, write`,
    `${result.importMs.toFixed(0)} ms median of ${result.importsMs.map((ms) => ms.toFixed(0)).join(' / ')} (${rate(n, result.importMs)})`,
  );
  print(
    '  phases',
    Object.entries(result.phases)
      .map(([k, v]) => `${k} ${v.toFixed(0)} ms`)
      .join(', '),
  );
  print('  change log entries of the import batch', result.changeEntries.toLocaleString('en'));
  print(
    `raw Dexie bulkPut of the same ${n.toLocaleString('en')} contacts (same indexes, one transaction)`,
    `${result.rawMs.map((ms) => ms.toFixed(0)).join(' / ')} ms (${rate(n, raw)})`,
  );
  const rawAll = median(result.rawAllMs);
  print(
    `raw Dexie bulkPut of every record the import wrote (${result.records.toLocaleString('en')}: members, companies, contacts, creation lines)`,
    `${result.rawAllMs.map((ms) => ms.toFixed(0)).join(' / ')} ms`,
  );
  print(`write path alone (runWrite bulkAdd of the same contacts, change log on)`, `${result.rawWithLogMs.toFixed(0)} ms (${rate(n, result.rawWithLogMs)})`);
  print(`zod contactSchema.safeParse of the same contacts`, `${result.zodMs.toFixed(0)} ms`);
  print('P1 import throughput ÷ raw bulkPut of the same records', `${(rawAll / result.importMs).toFixed(2)}× (target ≥ 0.80×)`);
  print('   import throughput ÷ raw bulkPut of the contacts alone', `${(raw / result.importMs).toFixed(2)}×`);
  await context.close();
});
