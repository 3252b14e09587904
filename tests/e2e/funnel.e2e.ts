import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { conversions, stageEntries } from '../../shared/metrics/funnel';
import { funnelStageIds, type Assignment, type StageTransition, type Contact, type TeamMember } from '../../shared/model';
import { periodRange } from '../../shared/metrics/period-presets';
import { useBrowser } from './page-models/use-browser';
import { openDemo } from './page-models/demo';
import { BatonApp } from './page-models/baton-app';
import { screenshotDir } from './browser';

const browser = useBrowser();

/** What the workspace database holds, read the way the app stores it (its one workspace database). */
async function storedLog(
  page: Page,
): Promise<{ transitions: StageTransition[]; contacts: Contact[]; assignments: Assignment[]; team: TeamMember[]; timeZone: string }> {
  return page.evaluate(async () => {
    const name = (await indexedDB.databases()).map((d) => d.name!).find((n) => n.startsWith('baton-ws-'))!;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = <T>(table: string) =>
      new Promise<T[]>((resolve) => {
        const request = db.transaction(table).objectStore(table).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
      });
    const [transitions, contacts, assignments, team, meta] = await Promise.all([
      all<StageTransition>('transitions'),
      all<Contact>('contacts'),
      all<Assignment>('assignments'),
      all<TeamMember>('teamMembers'),
      all<{ calendar: { timeZone: string } }>('meta'),
    ]);
    db.close();
    return { transitions, contacts, assignments, team, timeZone: meta[0]!.calendar.timeZone };
  });
}

/** The stage table as the screen shows it (its numbers, digits only). */
async function stageCounts(page: Page): Promise<Record<string, number>> {
  const rows = page.getByTestId('funnel-stage-table').locator('tbody tr');
  const out: Record<string, number> = {};
  for (const row of await rows.all())
    out[(await row.getAttribute('data-stage-id'))!] = Number((await row.locator('td').first().textContent())!.replace(/\D/g, ''));
  return out;
}

describe('the funnel page', () => {
  it('shows the shared metrics’ figures for the period, lists exactly the counted contacts, moves with period and filters, and saves a PNG', async () => {
    const { app } = await openDemo(browser(), inject('baseUrl'));
    const page = app.page;
    await page.evaluate(() => (location.hash = '#/funnel'));
    await page.getByTestId('funnel-stage-table').waitFor({ state: 'attached', timeout: 30_000 });
    await app.screenshot('funnel-en');
    // The figures on screen are the shared metrics' for this quarter, computed here from the stored log.
    const { transitions, contacts, timeZone } = await storedLog(page);
    const range = periodRange('this_quarter', Date.now(), timeZone);
    const live = new Set(contacts.filter((c) => c.deletedAt === null).map((c) => c.id));
    const expected = stageEntries(transitions, [...funnelStageIds, 'recycled', 'disqualified'], range, live);
    const shown = await stageCounts(page);
    for (const stage of funnelStageIds) expect(shown[stage], stage).toBe(expected[stage]!.count);
    const steps = conversions(transitions, funnelStageIds, range, live).filter((c) => c.adjacent);
    const table = page.getByTestId('funnel-conversion-table');
    for (const step of steps) {
      const cells = table.locator(`tr[data-step="${step.from}>${step.to}"] td`);
      expect(Number((await cells.nth(0).textContent())!.replace(/\D/g, '')), `${step.from}>${step.to} entered`).toBe(step.entered.count);
      expect(Number((await cells.nth(1).textContent())!.replace(/\D/g, '')), `${step.from}>${step.to} converted`).toBe(step.converted.count);
    }
    // The bottleneck is said in words; a period still running says its rates will rise.
    await page
      .getByTestId('funnel-bottleneck')
      .getByText(/converts/)
      .waitFor();
    await page.getByTestId('funnel-caveat').waitFor();
    // A drill-down lists exactly the contacts the figure counted.
    await page.getByRole('button', { name: 'Table' }).first().click();
    await page.getByRole('button', { name: `${shown['mql']} in MQL: list them` }).click();
    await page.getByTestId('drill-count').getByText(`(${shown['mql']} contacts)`).waitFor();
    await page.waitForFunction(() => location.hash.includes('drill=stage%3Amql') || location.hash.includes('drill=stage:mql'));
    const first = page.getByTestId('drill-panel').locator('a').first();
    const name = (await first.textContent())!;
    await first.click();
    await page.locator('#record-title', { hasText: name }).waitFor();
    // Back returns to the same list.
    await page.goBack();
    await page.getByTestId('drill-count').getByText(`(${shown['mql']} contacts)`).waitFor();
    // The same contacts open in the leads list, which says what they are and leads back.
    await page.getByTestId('drill-open-leads').click();
    await page.getByTestId('record-set').getByText(`${shown['mql']} contacts behind: Contacts counted in MQL`).waitFor();
    await page.locator('.page-count', { hasText: `${shown['mql']} of` }).waitFor();
    await app.screenshot('funnel-drill-leads-en');
    await page.getByTestId('record-set').getByRole('button', { name: 'Back to the figure' }).click();
    await page.getByTestId('drill-count').getByText(`(${shown['mql']} contacts)`).waitFor();
    // The leads list from the sidebar is the whole list again.
    await page.evaluate(() => (location.hash = '#/leads'));
    await page.getByRole('heading', { name: 'Leads', level: 1 }).waitFor();
    expect(await page.getByTestId('record-set').count()).toBe(0);
    await page.goBack();
    await page.getByTestId('drill-count').waitFor();
    // Another period moves the figures.
    await page.getByRole('combobox', { name: 'Period', exact: true }).selectOption({ label: 'Last 12 months' });
    await page.waitForFunction((before) => {
      const cell = document.querySelector('[data-testid="funnel-stage-table"] tr[data-stage-id="prospect"] td');
      return cell && Number(cell.textContent!.replace(/\D/g, '')) !== before;
    }, shown['prospect']!);
    const year = await stageCounts(page);
    expect(year['prospect']).toBeGreaterThan(shown['prospect']!);
    // A filter narrows them: only one source's contacts.
    await page.getByRole('combobox', { name: 'Source', exact: true }).selectOption({ index: 1 });
    await page.waitForFunction((before) => {
      const cell = document.querySelector('[data-testid="funnel-stage-table"] tr[data-stage-id="prospect"] td');
      return cell && Number(cell.textContent!.replace(/\D/g, '')) < before;
    }, year['prospect']!);
    // PNG export gives a real image.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save Entries per stage as PNG' }).click()]);
    const png = readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(2_000);
    // The CSVs follow the reports' convention (rates as 0–1 fractions) and the screen's columns, and end with a line break.
    const csvOf = async (chart: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Save ${chart} as CSV` }).click()]);
      return readFileSync((await file.path())!, 'utf8').replace(/^\uFEFF/, '');
    };
    const conversionsCsv = await csvOf('Conversion between stages');
    expect(conversionsCsv.split('\r\n')[0]).toBe('Step,Entered,Went on,Rate (0–1),Previous rate (0–1)');
    const rates = conversionsCsv
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((line) => Number(line.split(',')[3]));
    expect(rates.length).toBeGreaterThan(0);
    for (const r of rates) expect(r >= 0 && r <= 1).toBe(true);
    expect(conversionsCsv.endsWith('\r\n')).toBe(true);
    expect((await csvOf('Flow between stages')).split('\r\n')[0]).toBe('From,To,Contacts,Change');
    // A band of the flow opens the contacts that made that move.
    await page.locator('.recharts-sankey-link').first().click({ force: true });
    await page
      .getByTestId('drill-panel')
      .getByRole('heading', { name: /^Contacts that moved from/ })
      .waitFor();
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('shows address values the options lack as unknown, names an unknown drilled stage, and prints light with its filters', async () => {
    const { app } = await openDemo(browser(), inject('baseUrl'));
    const page = app.page;
    await page.getByRole('button', { name: 'Toggle light / dark theme' }).click();
    await page.evaluate(() => (location.hash = '#/funnel?owner=bogus&source=Webinar'));
    const owner = page.getByRole('combobox', { name: 'Owner', exact: true });
    const source = page.getByRole('combobox', { name: 'Source', exact: true });
    // The selects say what filters the figures (they read "Any owner" / "Any source" over all zeros before).
    await owner.locator('option:checked', { hasText: 'Unknown owner (bogus)' }).waitFor({ state: 'attached' });
    await source.locator('option:checked', { hasText: 'Unknown source (Webinar)' }).waitFor({ state: 'attached' });
    await page.getByRole('heading', { name: 'No contacts match these filters' }).waitFor();
    await app.screenshot('funnel-unknown-filters-dark');
    // "Any" is one choice away, and the figures come back.
    await owner.selectOption('');
    await source.selectOption('');
    await page.getByTestId('funnel-stage-table').waitFor({ state: 'attached' });
    expect(await owner.locator('option', { hasText: 'Unknown owner' }).count()).toBe(0);
    // A drilled stage the workspace does not have is named as unknown, not by its raw id.
    await page.evaluate(() => (location.hash = '#/funnel?drill=stage:nope'));
    await page.getByTestId('drill-panel').getByRole('heading', { name: 'Contacts counted in unknown stage (nope)' }).waitFor();
    await page.getByRole('button', { name: 'Close the list' }).click();
    // Printed from the dark theme: white paper, dark text, the filter in words beside the period.
    await source.selectOption({ index: 1 });
    const sourceName = (await source.locator('option:checked').textContent())!;
    await page.getByTestId('funnel-print-filters').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    const colours = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.querySelector('h1')!).color]);
    expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(27, 31, 36)']);
    expect(await page.getByTestId('funnel-print-filters').textContent()).toContain(`Filters: Source: ${sourceName}`);
    expect(await page.getByTestId('funnel-print-filters').isVisible()).toBe(true);
    // The flow diagram's lowest label ends above the table printed under it.
    const gap = await page.evaluate(() => {
      const card = document.querySelector('[data-testid="funnel-flow-table"]')!.closest('.chart-card')!;
      const labels = [...card.querySelectorAll('.recharts-sankey-nodes text')].map((t) => t.getBoundingClientRect().bottom);
      return card.querySelector('.chart-print-table')!.getBoundingClientRect().top - Math.max(...labels);
    });
    expect(gap).toBeGreaterThan(0);
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: `${screenshotDir}/funnel-print-dark-theme.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('in Korean and dark: the page speaks Korean', async () => {
    const { app } = await openDemo(browser(), inject('baseUrl'), 'ko-KR');
    const page = app.page;
    await page.getByRole('button', { name: '라이트/다크 테마 전환' }).click();
    await page.evaluate(() => (location.hash = '#/funnel'));
    await page.getByRole('heading', { name: '퍼널' }).waitFor();
    await page.getByTestId('funnel-stage-table').waitFor({ state: 'attached', timeout: 30_000 });
    await page.getByRole('heading', { name: '단계 간 전환' }).waitFor();
    await page.getByTestId('funnel-bottleneck').getByText('병목:').waitFor();
    await app.screenshot('funnel-ko-dark');
    // The flow diagram in dark: thin bands must show (they were hairlines at 25 % opacity).
    await page
      .locator('.funnel-grid > .chart-card')
      .nth(2)
      .screenshot({ path: `${screenshotDir}/funnel-flows-ko-dark.png` });
    await page.evaluate(() => (location.hash = '#/funnel?owner=bogus'));
    await page
      .getByRole('combobox', { name: '담당자', exact: true })
      .locator('option:checked', { hasText: '알 수 없는 담당자 (bogus)' })
      .waitFor({ state: 'attached' });
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('an empty workspace says how the funnel fills', async () => {
    const app = await BatonApp.open(browser(), inject('baseUrl'));
    await app.createEmptyWorkspace('Empty funnel');
    await app.page.locator('.leads-page, [data-page="leads"], h1').first().waitFor();
    await app.page.evaluate(() => (location.hash = '#/funnel'));
    await app.page.getByRole('heading', { name: 'No stage history yet' }).waitFor();
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('keeps an SDR’s contacts after their hand-off to an AE: the owner filter counts the contacts the owner has or had', async () => {
    const { app } = await openDemo(browser(), inject('baseUrl'));
    const page = app.page;
    await page.evaluate(() => (location.hash = '#/funnel?period=last_12_months'));
    await page.getByTestId('funnel-stage-table').waitFor({ state: 'attached', timeout: 30_000 });
    const { transitions, contacts, assignments, team, timeZone } = await storedLog(page);
    const sdr = team.find((m) => m.role === 'sdr' && m.deletedAt === null)!;
    // Counted here from the stored records: the SDR's contacts now, and those an assignment moved to or from them.
    const theirs = new Set(contacts.filter((c) => c.deletedAt === null && c.ownerId === sdr.id).map((c) => c.id));
    const alive = new Set(contacts.filter((c) => c.deletedAt === null).map((c) => c.id));
    for (const a of assignments)
      if (a.deletedAt === null && alive.has(a.contactId) && (a.fromOwnerId === sdr.id || a.toOwnerId === sdr.id)) theirs.add(a.contactId);
    const range = periodRange('last_12_months', Date.now(), timeZone);
    const expected = stageEntries(transitions, [...funnelStageIds], range, theirs);
    expect(expected['sql']!.count, 'the SDR handed contacts on to SQL').toBeGreaterThan(0);
    await page.getByRole('combobox', { name: 'Owner', exact: true }).selectOption({ label: sdr.name });
    await page.waitForFunction(
      (want) => {
        const cell = document.querySelector('[data-testid="funnel-stage-table"] tr[data-stage-id="sql"] td');
        return cell && Number(cell.textContent!.replace(/\D/g, '')) === want;
      },
      expected['sql']!.count,
      { timeout: 30_000 },
    );
    const shown = await stageCounts(page);
    for (const stage of funnelStageIds) expect(shown[stage], stage).toBe(expected[stage]!.count);
    await page.getByTestId('funnel-owner-scope').waitFor();
    await app.screenshot('funnel-owner-en');
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
