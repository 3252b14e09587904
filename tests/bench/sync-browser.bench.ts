import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { newId } from '@shared/model';
import { launchBrowser } from '../e2e/browser';
import { startProxy, type Proxy } from '../sync/proxy';
import { adminOf, startSyncServer } from '../sync/server';
import type { SyncBenchServer, SyncBenchTiming } from '../../renderer/bench/sync-bench';
import { report } from './report';

/**
 * Issue 16, in real Chromium on real IndexedDB: the first sync of 10,000 records to an empty server and
 * the pull into an empty replica, beside PouchDB.replicate of the same documents against the same
 * server in the same run. Both sides run on one page (renderer/bench/sync-bench.ts, main thread) and
 * talk to the same in-process express-pouchdb (in memory) through the CORS proxy, as the app talks to a
 * CouchDB with CORS enabled.
 * - Baton, push: a workspace written through the write path (so the change log is real), then the sync
 *   engine's first `syncOnce`: capture of every record (clocks stamped from the change log), the check
 *   that the database holds no other workspace, the outbox pushed with `_bulk_docs` (500 a batch), and
 *   the changes feed read back once (our own documents, skipped).
 * - Baton, pull: an empty replica's first `syncOnce`: `_changes` with documents (1,000 a page), each
 *   document validated and merged, applied through the write path (change log), checkpointed locally
 *   and in a `_local` document.
 * - PouchDB, push: Baton's wire documents (record and packed clocks) put in an idb PouchDB beforehand
 *   (untimed), then `PouchDB.replicate` to an empty database (batch_size 500).
 * - PouchDB, pull: `PouchDB.replicate` of that database into an empty idb PouchDB (batch_size 1,000, the same page size).
 * Each run uses new databases on both sides; figures of every run and their medians are printed.
 * Asserts only that every record arrived, nothing about time.
 */
const RECORDS = Number(process.env['BENCH_SYNC_RECORDS'] ?? 10_000);
const RUNS = Number(process.env['BENCH_SYNC_RUNS'] ?? 3);

let server: Awaited<ReturnType<typeof startSyncServer>>;
let cors: Proxy;
let browser: Browser;
beforeAll(async () => {
  server = await startSyncServer();
  cors = await startProxy(server.url, { cors: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await cors?.close();
  await server?.stop();
});

type Step = 'seed' | 'batonPush' | 'batonPull' | 'pouchPush' | 'pouchPull';
const call = (page: Page, step: Exclude<Step, 'seed'>, run: string, target: SyncBenchServer): Promise<SyncBenchTiming> =>
  page.evaluate(([s, r, t]) => window.syncBench![s](r, t), [step, run, target] as const);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ratio = (pouch: number, baton: number) => `${(pouch / baton).toFixed(2)}×`;

it(`first sync of ${RECORDS.toLocaleString('en')} records in Chromium: Baton's engine beside PouchDB.replicate (${RUNS} runs)`, async () => {
  const admin = adminOf(server);
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && console.log(`[page] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[page] ${e.message}`));
  await page.goto(`${inject('baseUrl')}bench-sync.html`);
  await page.waitForFunction(() => window.syncBench !== undefined);

  const runs: { batonPush: number; batonPull: number; pouchPush: number; pouchPull: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = newId().slice(-12);
    const target = (database: string): SyncBenchServer => ({ url: cors.url, database, username: server.admin.name, password: server.admin.password });
    const ours = target(`bench-baton-${run}`);
    const theirs = target(`bench-pouch-${run}`);
    await admin.createDatabase(ours.database);
    await admin.createDatabase(theirs.database);
    const seeded = await page.evaluate(([r, n]) => window.syncBench!.seed(r, n), [run, RECORDS] as const);
    expect(seeded.records).toBe(RECORDS);

    // Interleaved (Baton, PouchDB, Baton, PouchDB) so neither side always runs on a warmer page or server.
    const batonPush = await call(page, 'batonPush', run, ours);
    const pouchPush = await call(page, 'pouchPush', run, theirs);
    const batonPull = await call(page, 'batonPull', run, ours);
    const pouchPull = await call(page, 'pouchPull', run, theirs);
    expect(batonPush.records).toBe(RECORDS);
    expect(pouchPush.records).toBe(RECORDS);
    expect(batonPull.records).toBe(RECORDS);
    expect(pouchPull.records).toBe(RECORDS);
    await page.evaluate((r) => window.syncBench!.cleanUp(r), run);
    await admin.deleteDatabase(ours.database);
    await admin.deleteDatabase(theirs.database);

    const figures = { batonPush: batonPush.ms, batonPull: batonPull.ms, pouchPush: pouchPush.ms, pouchPull: pouchPull.ms };
    runs.push(figures);
    const tag = `run ${i + 1}/${RUNS}`;
    report(`${tag}: Baton sync, first push to an empty server`, figures.batonPush, RECORDS, 'records');
    report(`${tag}: PouchDB.replicate, same documents, push`, figures.pouchPush, RECORDS, 'records');
    report(`${tag}: Baton sync, pull into an empty replica`, figures.batonPull, RECORDS, 'records');
    report(`${tag}: PouchDB.replicate, same documents, pull`, figures.pouchPull, RECORDS, 'records');
    console.log(
      `[bench] ${tag}: throughput ratio Baton / PouchDB: push ${ratio(figures.pouchPush, figures.batonPush)}, pull ${ratio(figures.pouchPull, figures.batonPull)}, both ${ratio(figures.pouchPush + figures.pouchPull, figures.batonPush + figures.batonPull)}`,
    );
  }

  const med = (key: keyof (typeof runs)[number]) => median(runs.map((r) => r[key]));
  const both = (side: 'baton' | 'pouch') => median(runs.map((r) => (side === 'baton' ? r.batonPush + r.batonPull : r.pouchPush + r.pouchPull)));
  report(`median of ${RUNS}: Baton push`, med('batonPush'), RECORDS, 'records');
  report(`median of ${RUNS}: PouchDB push`, med('pouchPush'), RECORDS, 'records');
  report(`median of ${RUNS}: Baton pull`, med('batonPull'), RECORDS, 'records');
  report(`median of ${RUNS}: PouchDB pull`, med('pouchPull'), RECORDS, 'records');
  console.log(
    `[bench] median of ${RUNS}: throughput ratio Baton / PouchDB: push ${ratio(med('pouchPush'), med('batonPush'))}, pull ${ratio(med('pouchPull'), med('batonPull'))}, both ${ratio(both('pouch'), both('baton'))} (target ≥ 1.5×)`,
  );
  // Each run's pair ran minutes apart at most, so on a shared machine the ratios of one run are steadier than the times.
  const runRatio = (pouch: (r: (typeof runs)[number]) => number, baton: (r: (typeof runs)[number]) => number) =>
    `${median(runs.map((r) => pouch(r) / baton(r))).toFixed(2)}×`;
  console.log(
    `[bench] median of the ${RUNS} runs' ratios: push ${runRatio(
      (r) => r.pouchPush,
      (r) => r.batonPush,
    )}, pull ${runRatio(
      (r) => r.pouchPull,
      (r) => r.batonPull,
    )}, both ${runRatio(
      (r) => r.pouchPush + r.pouchPull,
      (r) => r.batonPush + r.batonPull,
    )}`,
  );
  await context.close();
}, 1_800_000);
