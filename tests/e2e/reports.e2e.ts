import { copyFileSync, readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './page-models/use-browser';
import { openDemo } from './page-models/demo';
import { downloadedText } from './page-models/download';
import { BatonApp } from './page-models/baton-app';
import { screenshotDir } from './browser';

const browser = useBrowser();

/** A PNG's size from its IHDR chunk (bytes 16–23, big-endian). */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('the reports page', () => {
  it('shows role dashboards, sales and task tables for the demo, exports CSV, and previews then applies a hand-off threshold', async () => {
    const { app } = await openDemo(browser(), inject('baseUrl'));
    const page = app.page;
    await page.evaluate(() => (location.hash = '#/reports'));
    await page.getByTestId('role-marketing').waitFor({ state: 'attached', timeout: 60_000 });
    await app.screenshot('reports-roles-en');
    // Each role shows all its KPIs; a count of contacts opens them in the leads list.
    const newLeads = page.getByTestId('kpis-marketing').locator('[data-kpi="newLeads"] button');
    const leads = Number((await newLeads.textContent())!.replace(/\D/g, ''));
    expect(leads).toBeGreaterThan(0);
    await newLeads.click();
    await page
      .getByTestId('record-set')
      .getByText(new RegExp(`^${leads.toLocaleString('en-US')} contacts? behind: Marketing · .* — New leads$`))
      .waitFor();
    await page.locator('.page-count', { hasText: `${leads.toLocaleString('en-US')} of` }).waitFor();
    await page.getByTestId('record-set').getByRole('button', { name: 'Back to the figure' }).click();
    await page.getByTestId('role-marketing').waitFor({ state: 'attached' });
    // Printed: the period is on the sheet, the shell is not, and each chart's figures print as its table.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('reports-range').textContent()).toMatch(/\d{4}/);
    expect(await page.locator('.sidebar').isVisible()).toBe(false);
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    expect((await page.locator('.chart-print-table').first().boundingBox())?.height ?? 0).toBeGreaterThan(20);
    await app.screenshot('reports-print-en');
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('tab', { name: 'Sales' }).click();
    await page.waitForFunction(() => location.hash.includes('tab=sales'));
    const byStage = page.getByTestId('report-byStage');
    await byStage.waitFor();
    // The open stages' counts are the board's: read both.
    const toContact = Number((await byStage.locator('tr', { hasText: 'To contact' }).locator('td').nth(1).textContent())!.replace(/\D/g, ''));
    expect(toContact).toBeGreaterThan(0);
    const csv = await downloadedText(page, 'Save Deals by stage as CSV');
    expect(csv.split('\n')[0]).toContain('Stage');
    expect(csv).toContain('To contact');
    await app.screenshot('reports-sales-en');
    // A row opens the deals it counts in the pipeline's list view, and the way back is offered.
    await byStage.getByRole('button', { name: 'To contact' }).click();
    await page
      .getByTestId('record-set')
      .getByText(new RegExp(`^${toContact} deals behind: Deals by stage`))
      .waitFor();
    // The banner is written before the live query answers: wait for the rows themselves.
    await page.locator('.deal-list-scroll [role="row"]').first().waitFor();
    expect(await page.locator('.deal-list-scroll [role="row"]').count()).toBeGreaterThan(0);
    await app.screenshot('reports-drill-deals-en');
    await page.getByTestId('record-set').getByRole('button', { name: 'Back to the figure' }).click();
    await page.getByTestId('report-byStage').waitFor();
    await page.getByRole('tab', { name: 'Tasks and SLAs' }).click();
    await page.getByTestId('report-byRep').waitFor();
    // Only an admin applies a threshold (it is the whole workspace's): be the demo's admin.
    const admin = (await page.getByLabel('You are').locator('option').allTextContents()).find((o) => /admin/.test(o))!;
    await page.getByLabel('You are').selectOption({ label: admin });
    await page.getByRole('tab', { name: 'Threshold calibration' }).click();
    await page.getByTestId('current-threshold').getByText('75').waitFor();
    await page.getByTestId('suggested-threshold').waitFor();
    await page.getByLabel('Try a threshold (0–100)').fill('60');
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByTestId('threshold-preview');
    await preview.getByText(/At 60: \d+ leads would reach the threshold/).waitFor();
    await app.screenshot('reports-calibration-en');
    // The bands' PNG is the chart, not one of its legend's 14 px icons (it was 28 × 144 px).
    const [bandsPng] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save Score bands against what sales did as PNG' }).click(),
    ]);
    const { width, height } = pngSize(readFileSync((await bandsPng.path())!));
    copyFileSync((await bandsPng.path())!, `${screenshotDir}/calibration-bands-export-en.png`);
    expect(width).toBeGreaterThan(300);
    expect(height).toBeGreaterThan(240);
    await preview.getByRole('button', { name: 'Apply threshold' }).click();
    await page.getByRole('dialog', { name: 'Apply the threshold 60?' }).getByRole('button', { name: 'Apply threshold' }).click();
    await page
      .locator('.toast', { hasText: /Threshold 60 applied; \d+ leads? handed off, \d+ still missing a hand-off criterion/ })
      .waitFor({ timeout: 60_000 });
    await page.getByTestId('current-threshold').getByText('60').waitFor({ timeout: 30_000 });
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('figures that count hand-offs, tasks and won deals open exactly their records; the sales charts export a PNG', async () => {
    const { app } = await openDemo(browser(), inject('baseUrl'));
    const page = app.page;
    await page.evaluate(() => (location.hash = '#/reports'));
    await page.getByTestId('role-ae').waitFor({ state: 'attached', timeout: 60_000 });
    await page.getByTestId('kpis-sdr').screenshot({ path: `${screenshotDir}/reports-kpis-sdr-en.png` });
    await page.getByTestId('kpis-ae').screenshot({ path: `${screenshotDir}/reports-kpis-ae-en.png` });
    const figure = async (button: ReturnType<typeof page.locator>) => Number((await button.textContent())!.replace(/\D/g, ''));
    const back = async (figureTestId: string) => {
      await page.getByTestId('record-set').getByRole('button', { name: 'Back to the figure' }).click();
      await page.getByTestId(figureTestId).waitFor({ state: 'attached' });
    };
    // The AE's won amount opens the won deals it adds up: as many as the "Deals won" figure (the demo has one currency).
    const wins = await figure(page.getByTestId('kpis-ae').locator('[data-kpi="wins"] button'));
    expect(wins).toBeGreaterThan(0);
    await page.getByTestId('kpis-ae').locator('[data-kpi="wonAmount"] button').click();
    // The banner counts the deals the list read back, not the ids it was handed.
    await page
      .getByTestId('record-set')
      .getByText(new RegExp(`^${wins.toLocaleString('en-US')} deals? behind: AE · .* — Won amount$`))
      .waitFor();
    await page.locator('.deal-list-scroll [role="row"]').first().waitFor();
    await back('kpis-ae');
    // The SDR's SLA breaches (hand-off tasks) open their contacts in the leads list: one hand-off task per contact.
    const breachesButton = page.getByTestId('kpis-sdr').locator('[data-kpi="slaBreaches"] button');
    const breaches = await figure(breachesButton);
    expect(breaches).toBeGreaterThan(0);
    await breachesButton.click();
    await page
      .getByTestId('record-set')
      .getByText(new RegExp(`^${breaches.toLocaleString('en-US')} contacts? behind: SDR · .* — SLA breaches`))
      .waitFor();
    await page.locator('.page-count', { hasText: `${breaches.toLocaleString('en-US')} of` }).waitFor();
    await back('kpis-sdr');
    // Hand-offs accepted count verdicts; they open the contacts accepted (each accepted once in the period).
    const accepted = page.getByTestId('kpis-sdr').locator('[data-kpi="handOffsAccepted"] button');
    const acceptedCount = await figure(accepted);
    expect(Number(await accepted.getAttribute('data-opens'))).toBe(acceptedCount);
    await accepted.click();
    await page.locator('.page-count', { hasText: `${acceptedCount.toLocaleString('en-US')} of` }).waitFor();
    await back('kpis-sdr');
    // Tasks by rep: a rep's SLA breaches open the contacts of the breached hand-off tasks.
    await page.getByRole('tab', { name: 'Tasks and SLAs' }).click();
    const byRep = page.getByTestId('report-byRep');
    await byRep.waitFor();
    await byRep.screenshot({ path: `${screenshotDir}/reports-tasks-by-rep-en.png` });
    const repBreaches = byRep.locator('button[data-column="slaBreaches"]').first();
    const repBreachCount = await figure(repBreaches);
    expect(repBreachCount).toBeGreaterThan(0);
    expect(Number(await repBreaches.getAttribute('data-opens'))).toBe(repBreachCount);
    await repBreaches.click();
    await page
      .getByTestId('record-set')
      .getByText(new RegExp(`^${repBreachCount.toLocaleString('en-US')} contacts? behind: Tasks by rep · .* — .* · SLA breaches$`))
      .waitFor();
    await page.locator('.page-count', { hasText: `${repBreachCount.toLocaleString('en-US')} of` }).waitFor();
    await back('report-byRep');
    // Every count on the tasks table is a link (an idle rep's zeros are not).
    for (const column of ['open', 'done', 'overdue', 'slaBreaches'])
      expect(await byRep.locator(`button[data-column="${column}"]`).count(), column).toBeGreaterThan(0);
    // Sales: the forecast and the inquiry → lead trend are charts with PNG export of the chart itself.
    await page.getByRole('tab', { name: 'Sales' }).click();
    for (const [title, file] of [
      ['Forecast by close month', 'forecast'],
      ['Inquiry → lead rate by month', 'inquiry'],
    ] as const) {
      const chart = page.locator('.chart-card', { has: page.getByRole('heading', { name: title }) });
      await chart.locator('svg.recharts-surface').first().waitFor();
      await chart.screenshot({ path: `${screenshotDir}/reports-${file}-chart-en.png` });
      const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Save ${title} as PNG` }).click()]);
      const { width, height } = pngSize(readFileSync((await png.path())!));
      copyFileSync((await png.path())!, `${screenshotDir}/${file}-export-en.png`);
      expect(width, title).toBeGreaterThan(300);
      expect(height, title).toBeGreaterThan(200);
    }
    // A forecast month's bar opens that month's open deals.
    await page
      .locator('.chart-card', { has: page.getByRole('heading', { name: 'Forecast by close month' }) })
      .locator('.recharts-bar-rectangle')
      .first()
      .click();
    await page
      .getByTestId('record-set')
      .getByText(/deals? behind: Forecast by close month · .* — /)
      .waitFor();
    await back('report-forecast');
    await page.getByRole('button', { name: 'Toggle light / dark theme' }).click();
    for (const [title, file] of [
      ['Forecast by close month', 'forecast'],
      ['Inquiry → lead rate by month', 'inquiry'],
    ] as const)
      await page
        .locator('.chart-card', { has: page.getByRole('heading', { name: title }) })
        .screenshot({ path: `${screenshotDir}/reports-${file}-chart-en-dark.png` });
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('in Korean: the dashboards speak Korean', async () => {
    const { app } = await openDemo(browser(), inject('baseUrl'), 'ko-KR');
    const page = app.page;
    await page.evaluate(() => (location.hash = '#/reports'));
    await page.getByRole('heading', { name: '리포트' }).waitFor();
    await page.getByTestId('role-marketing').waitFor({ state: 'attached', timeout: 60_000 });
    await page.getByRole('tab', { name: '영업' }).click();
    await page.getByRole('heading', { name: '단계별 딜' }).waitFor();
    await app.screenshot('reports-sales-ko');
    // Dark: the role dashboards with their KPIs.
    await page.getByRole('button', { name: '라이트/다크 테마 전환' }).click();
    for (const title of ['계약 예정 월별 예측', '월별 문의 → 리드 전환율'])
      await page
        .locator('.chart-card', { has: page.getByRole('heading', { name: title }) })
        .screenshot({ path: `${screenshotDir}/reports-chart-${title === '계약 예정 월별 예측' ? 'forecast' : 'inquiry'}-ko-dark.png` });
    await page.getByRole('tab', { name: '역할별 대시보드' }).click();
    await page.getByTestId('kpis-ae').getByText('성사한 딜').waitFor();
    await app.screenshot('reports-roles-ko-dark');
    // An owner id from an old link that no member has is shown as unknown, not as "모든 담당자" over zeros.
    await page.evaluate(() => (location.hash = '#/reports?tab=sales&owner=x'));
    await page
      .getByRole('combobox', { name: '담당자', exact: true })
      .locator('option:checked', { hasText: '알 수 없는 담당자 (x)' })
      .waitFor({ state: 'attached' });
    await app.screenshot('reports-unknown-owner-ko-dark');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('an empty workspace says what reports are made of', async () => {
    const app = await BatonApp.open(browser(), inject('baseUrl'));
    await app.createEmptyWorkspace('Empty reports');
    await app.page.locator('h1').first().waitFor();
    await app.page.evaluate(() => (location.hash = '#/reports'));
    await app.page.getByRole('heading', { name: 'Nothing to report yet' }).waitFor();
    // Nothing to print: the PDF button says so by being disabled.
    expect(await app.page.getByRole('button', { name: 'Save as PDF' }).isDisabled()).toBe(true);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
