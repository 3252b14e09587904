import { afterAll, beforeAll, inject, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumPath } from '../e2e/browser';
import type {} from '../../renderer/bench/workspace-file';
import { report } from './report';

/**
 * Issue 12, P2: export and re-import of a workspace with 100,000 contacts and 1,000,000 activities in
 * real Chromium, through the app's worker, each printed beside raw Dexie (bulkPut of the same records
 * in one transaction, toArray of every table) measured in the same run. Prints; asserts nothing about time.
 */
const CONTACTS = Number(process.env['BENCH_CONTACTS'] ?? 100_000);
const PER_CONTACT = Number(process.env['BENCH_ACTIVITIES_PER_CONTACT'] ?? 10);
// A profile on disk: a fresh context is in-memory (incognito) storage, whose quota a 1M-activity workspace exceeds.
const profile = mkdtempSync(join(tmpdir(), 'baton-bench-'));
let context: BrowserContext;
beforeAll(async () => {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
});
afterAll(async () => {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
});

it(`workspace file: ${CONTACTS.toLocaleString('en')} contacts, ${(CONTACTS * PER_CONTACT).toLocaleString('en')} activities`, async () => {
  const page = await context.newPage();
  page.on('console', (m) => (m.type() === 'error' || m.text().startsWith('[workspace-file bench]')) && console.log(`[page] ${m.text()}`));
  await page.goto(
    `${inject('baseUrl')}bench.html?task=workspace-file&contacts=${CONTACTS}&perContact=${PER_CONTACT}&modes=${process.env['BENCH_MODES'] ?? 'gzip,plain'}`,
  );
  await page.waitForFunction(() => window.workspaceFileBench !== undefined || window.workspaceFileBenchError !== undefined, undefined, {
    timeout: 1_800_000,
    polling: 1000,
  });
  const result = await page.evaluate(() => window.workspaceFileBench ?? window.workspaceFileBenchError);
  if (typeof result !== 'object' || result === null) throw new Error(`benchmark page failed: ${String(result)}`);
  report('raw Dexie bulkPut (baseline, one transaction, no change log)', result.rawWriteMs, result.records, 'records');
  report('raw Dexie toArray of every table (baseline)', result.rawReadMs, result.records, 'records');
  for (const r of result.runs) {
    const kind = r.compress ? 'gzip' : 'plain';
    const size = `${(r.bytes / 1e6).toFixed(1)} MB file`;
    report(`export workspace file (${kind}, ${size})`, r.exportMs, result.records, 'records');
    report(`import workspace file as new workspace (${kind})`, r.importMs, result.records, 'records');
    console.log(
      `[bench] ${kind}: export ${(r.exportMs / result.rawReadMs).toFixed(2)}× raw read, import ${(r.importMs / result.rawWriteMs).toFixed(2)}× raw write, page heap ${r.heapMb ?? '?'} MB`,
    );
  }
  await page.close();
}, 3_600_000);
