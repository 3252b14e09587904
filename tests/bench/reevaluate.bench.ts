import { afterAll, beforeAll, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../e2e/browser';
import type {} from '../../renderer/bench/reevaluate';

/**
 * Applying a design that asks less (issue 13): every lead before the hand-off re-evaluated through
 * the one write path, in real Chromium, beside the same facts read one contact at a time and a
 * one-pass read and one bulkPut measured in the same run. Prints; asserts nothing about time.
 */
const CONTACTS = Number(process.env['BENCH_CONTACTS'] ?? 10_000);
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const print = (name: string, value: string) => console.log(`[bench] ${name}: ${value}`);

it(`re-evaluates the leads of a ${CONTACTS.toLocaleString('en')}-contact demo after a design change`, async () => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${inject('baseUrl')}bench.html?task=reevaluate&contacts=${CONTACTS}`);
  await page.waitForFunction(() => window.reevaluateBench !== undefined || window.reevaluateBenchError !== undefined, undefined, {
    timeout: 1_500_000,
    polling: 1000,
  });
  const r = await page.evaluate(() => window.reevaluateBench ?? window.reevaluateBenchError);
  if (typeof r === 'string' || !r) throw new Error(`reevaluate bench failed: ${r}`);
  const per = (ms: number) => `${ms.toFixed(0)} ms (${((ms / r.leads) * 1000).toFixed(0)} µs per lead)`;
  print(
    `reevaluateHandOffs: ${r.leads.toLocaleString('en')} leads of ${r.contacts.toLocaleString('en')} contacts, ${r.handedOff} handed off`,
    per(r.reevaluateMs),
  );
  print('  their facts read one contact after another (as before)', per(r.factsOneByOneMs));
  print('  their facts read 500 contacts at a time (loadFactsOf)', per(r.factsBatchedMs));
  print('floor: every activity, deal and company read in one pass, the leads bulkPut back through the write path', per(r.rawReadAndPutMs));
});
