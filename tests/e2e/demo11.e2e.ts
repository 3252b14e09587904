import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './page-models/use-browser';
import { openDemo } from './page-models/demo';
import { downloadedText } from './page-models/download';

const browser = useBrowser();

/** The step the bottleneck sentence names ("Lead → MQL"), and the entered count of that row in the conversions table. */
async function namedStep(page: Page): Promise<{ sentence: string; entered: number | null }> {
  const sentence = (await page.getByTestId('funnel-bottleneck').textContent())!;
  const rows = page.getByTestId('funnel-conversion-table').locator('tr[data-step]');
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    const label = (await row.locator('th, td').first().textContent())!;
    if (sentence.includes(label.trim())) return { sentence, entered: Number((await row.locator('td').nth(0).textContent())!.replace(/\D/g, '')) };
  }
  return { sentence, entered: null };
}

describe('issue 11 walk: bottleneck sample, calibration advice, months and money', () => {
  it('names a bottleneck only from enough contacts, the same with compare on or off; calibration makes no suggestion from a coin-toss score', async () => {
    const { app } = await openDemo(browser(), inject('baseUrl'));
    const page = app.page;
    await page.evaluate(() => (location.hash = '#/funnel'));
    await page.getByTestId('funnel-stage-table').waitFor({ state: 'attached', timeout: 30_000 });
    await page
      .getByTestId('funnel-bottleneck')
      .getByText(/converts/)
      .waitFor();
    await page.getByRole('button', { name: 'Table' }).nth(1).click();
    const compared = await namedStep(page);
    expect(compared.entered).not.toBeNull();
    expect(compared.entered!).toBeGreaterThanOrEqual(20);
    const step = compared.sentence.match(/Bottleneck: (.*?) converts/)![1]!;
    // Compare off: the same step, without the previous figure.
    await page.getByLabel('Compare with the previous period').uncheck();
    await page.waitForFunction(() => !document.querySelector('[data-testid="funnel-bottleneck"]')!.textContent!.includes('previous period'));
    expect((await page.getByTestId('funnel-bottleneck').textContent())!).toContain(`${step} converts`);
    await app.screenshot('demo11-funnel-nocompare-en');
    // This month of the CSM: too few contacts for any step, said in words.
    await page.getByRole('combobox', { name: 'Period', exact: true }).selectOption({ label: 'This month' });
    await page.getByRole('combobox', { name: 'Owner', exact: true }).selectOption({ label: 'Casey Wood' });
    await page
      .getByTestId('funnel-bottleneck')
      .getByText('No step had 20 or more contacts entering it in this period — too few to name a bottleneck.')
      .waitFor();
    await app.screenshot('demo11-funnel-today-en');

    await page.evaluate(() => (location.hash = '#/reports'));
    await page.getByTestId('role-marketing').waitFor({ state: 'attached', timeout: 60_000 });
    // Months in words on the trend axis and in its table.
    const axis = page.locator('.chart-card', { has: page.getByTestId('role-marketing') }).locator('svg text', { hasText: /\d{4}/ });
    await axis.first().waitFor();
    const ticks = await axis.allTextContents();
    expect(ticks.length).toBeGreaterThan(0);
    for (const tick of ticks) expect(tick).toMatch(/^[A-Z][a-z]{2} \d{4}$/);
    await page.getByRole('tab', { name: 'Sales' }).click();
    await page.getByTestId('report-inquiry').waitFor({ state: 'attached' });
    const months = await page.getByTestId('report-inquiry').locator('tbody tr td:first-child').allTextContents();
    expect(months.length).toBeGreaterThan(0);
    for (const m of months) expect(m).toMatch(/^[A-Z][a-z]{2} \d{4}$/);
    // …and kept as keys in the CSV.
    const inquiryCsv = await downloadedText(page, 'Save Inquiry → lead rate by month as CSV');
    expect(inquiryCsv.split('\n')[1]).toMatch(/^\d{4}-\d{2},/);
    await app.screenshot('demo11-sales-en');

    await page.getByRole('tab', { name: 'Threshold calibration' }).click();
    await page.getByTestId('current-threshold').getByText('75').waitFor();
    await page
      .getByTestId('suggested-threshold')
      .getByText(/^No threshold is suggested: the score hardly tells wins from no-wins apart \(AUC for winning 0\.\d+, under 0\.6/)
      .waitFor();
    const card = page.locator('.chart-card', { has: page.getByRole('heading', { name: 'Score bands against what sales did' }) });
    await card.locator('text.calibration-band-tick').first().waitFor();
    const bandTicks = await card.locator('text.calibration-band-tick').allTextContents();
    expect(bandTicks.some((t) => /no ?hand-offs/.test(t))).toBe(true);
    expect(bandTicks.some((t) => /\(\d+\)/.test(t))).toBe(true);
    expect(await card.locator('.recharts-legend-item-text').allTextContents()).toEqual(['Accepted by sales', 'Won']);
    // The threshold in force: nothing to apply.
    await page.getByLabel('Try a threshold (0–100)').fill('75');
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByTestId('threshold-preview').getByText('This is the threshold in force: nothing to apply.').waitFor();
    expect(await page.getByRole('button', { name: 'Apply threshold' }).count()).toBe(0);
    await app.screenshot('demo11-calibration-en');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('in Korean and dark: months in Korean, won amounts without decimals in the CSV, the legend in the bars’ order', async () => {
    const { app } = await openDemo(browser(), inject('baseUrl'), 'ko-KR');
    const page = app.page;
    await page.getByRole('button', { name: '라이트/다크 테마 전환' }).click();
    await page.evaluate(() => (location.hash = '#/reports?tab=sales'));
    await page.getByTestId('report-winRates').waitFor({ state: 'attached', timeout: 60_000 });
    const months = await page.getByTestId('report-forecast').locator('tbody tr td:first-child').allTextContents();
    expect(months.some((m) => /^\d{4}년 \d{1,2}월$/.test(m))).toBe(true);
    const csv = (await downloadedText(page, '성사율과 평균 딜 금액 CSV 파일로 저장')).replace(/^\uFEFF/, '');
    const [header, ...rows] = csv.trim().split(/\r?\n/);
    expect(header).toContain('(KRW)');
    const column = header!.split(',').findIndex((h) => h.includes('(KRW)'));
    const amounts = rows.map((r) => r.split(',')[column]!).filter((v) => v !== '');
    expect(amounts.length).toBeGreaterThan(0);
    for (const a of amounts) expect(a).toMatch(/^\d+$/);
    await app.screenshot('demo11-sales-ko-dark');
    await page.getByRole('tab', { name: '기준 점수 보정' }).click();
    await page
      .getByTestId('suggested-threshold')
      .getByText(/^제안하는 기준 점수가 없습니다/)
      .waitFor();
    const card = page.locator('.chart-card', { has: page.getByRole('heading', { name: '점수 구간별 영업 결과' }) });
    await card.locator('text.calibration-band-tick').first().waitFor();
    expect(await card.locator('.recharts-legend-item-text').allTextContents()).toEqual(['영업 수락', '성사']);
    expect((await card.locator('text.calibration-band-tick').allTextContents()).some((t) => /핸드오프 ?없음/.test(t))).toBe(true);
    await app.screenshot('demo11-calibration-ko-dark');
    await page.getByRole('tab', { name: '역할별 대시보드' }).click();
    await page.getByTestId('role-marketing').waitFor({ state: 'attached' });
    const koAxis = page.locator('.chart-card', { has: page.getByTestId('role-marketing') }).locator('svg text', { hasText: /\d{4}/ });
    await koAxis.first().waitFor();
    for (const tick of await koAxis.allTextContents()) expect(tick).toMatch(/^\d{4}년 \d{1,2}월$/);
    await app.screenshot('demo11-roles-ko-dark');
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
