import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BatonApp } from './page-models/baton-app';
import { openDemo } from './page-models/demo';
import { useBrowser } from './page-models/use-browser';

const browser = useBrowser();

/** The projected 12-month revenue as the screen shows it (its digits). */
async function shownRevenue(page: Page): Promise<number> {
  const text = (await page.getByTestId('sim-revenue').textContent()) ?? '';
  return Number(text.replace(/\D/g, ''));
}

/** Types a new value into a slider's number box and waits until the projection has moved off `before`. */
async function setNumber(page: Page, label: string | RegExp, value: string, before: number) {
  await page.getByRole('spinbutton', { name: label, exact: typeof label === 'string' }).fill(value);
  await page.waitForFunction((old) => Number(document.querySelector('[data-testid="sim-revenue"]')?.textContent?.replace(/\D/g, '')) !== old, before);
}

async function presentationTitle(page: Page): Promise<string> {
  return (await page.getByTestId('presentation').locator('h1').textContent()) ?? '';
}

describe('the what-if simulator and presentation mode', () => {
  it('a raised conversion rate raises projected revenue; the address keeps it; presentation mode steps through with the keyboard (light and dark)', async () => {
    const { app } = await openDemo(browser(), inject('baseUrl'));
    const page = app.page;
    await app.navigate('Simulator');
    await page.getByRole('heading', { name: 'What-if simulator' }).waitFor();
    await page.getByTestId('sim-revenue').waitFor();
    const before = await shownRevenue(page);
    expect(before).toBeGreaterThan(0);
    const rate = page.getByRole('spinbutton', { name: 'MQL → SAL/SQL conversion', exact: true });
    const rateBefore = Number(await rate.inputValue());
    const slider = page.getByRole('slider', { name: 'MQL → SAL/SQL conversion', exact: true });
    expect(Number(await slider.inputValue())).toBe(rateBefore);
    await setNumber(page, 'MQL → SAL/SQL conversion', String(rateBefore + 10), before);
    const after = await shownRevenue(page);
    expect(after).toBeGreaterThan(before);
    // The slider moved with the typed number, and the address keeps the input.
    expect(Number(await slider.inputValue())).toBe(rateBefore + 10);
    await page.waitForFunction(() => location.hash.includes('rate.mql='));
    // The sensitivity ranking and the leads a target needs are said in words.
    await page
      .getByTestId('sim-sensitivity-top')
      .getByText(/^\+1 point at .+ adds the most: \+.+\/yr$/)
      .waitFor();
    await page
      .getByTestId('sim-leads-needed')
      .getByText(/new contacts a month reach/)
      .waitFor();
    // The slider itself moves the projection too: arrow keys on the volume slider.
    const volume = page.getByRole('slider', { name: 'New contacts a month', exact: true });
    await volume.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((old) => Number(document.querySelector('[data-testid="sim-revenue"]')?.textContent?.replace(/\D/g, '')) > old, after);
    await app.screenshot('simulator-en-light');
    // Reload keeps every input.
    const revenueNow = await shownRevenue(page);
    await page.reload();
    await page.getByTestId('sim-revenue').waitFor();
    await page.waitForFunction((v) => Number(document.querySelector('[data-testid="sim-revenue"]')?.textContent?.replace(/\D/g, '')) === v, revenueNow);
    await page.getByRole('button', { name: 'Toggle light / dark theme' }).click();
    await app.screenshot('simulator-en-dark');

    await page.getByRole('button', { name: 'Present' }).click();
    const deck = page.getByTestId('presentation');
    await deck.waitFor();
    expect(await presentationTitle(page)).toBe('The design');
    await deck.getByTestId('presentation-stages').locator('[data-stage-id="mql"]').getByText('SDR').waitFor();
    await app.screenshot('presentation-design-en-dark');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('[data-testid="presentation"] h1')?.textContent === 'The funnel');
    await deck.getByTestId('funnel-stage-table').waitFor({ state: 'attached', timeout: 30_000 });
    await app.screenshot('presentation-funnel-en-dark');
    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => document.querySelector('[data-testid="presentation"] h1')?.textContent === 'What if');
    // The presentation shows the simulator's outputs for the inputs just set.
    expect(Number((await deck.getByTestId('sim-revenue').textContent())!.replace(/\D/g, ''))).toBe(revenueNow);
    await app.screenshot('presentation-simulator-en-dark');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => document.querySelector('[data-testid="presentation"] h1')?.textContent === 'The funnel');
    await page.keyboard.press('PageUp');
    await page.waitForFunction(() => document.querySelector('[data-testid="presentation"] h1')?.textContent === 'The design');
    await page
      .getByRole('button', { name: 'Toggle light / dark theme' })
      .click({ force: true })
      .catch(() => {});
    await page.keyboard.press('Escape');
    await deck.waitFor({ state: 'detached' });
    // The palette starts it too.
    await app.runCommand('Present', 'Present');
    await deck.waitFor();
    await page.keyboard.press('Escape');
    await deck.waitFor({ state: 'detached' });
    // Calibrated from the workspace: the demo's own rates for the last 12 months, measured in the worker.
    await page.getByLabel('Start from').selectOption('last_12_months');
    await page
      .getByTestId('sim-fit')
      .getByText(/^From this workspace: 6 of 6 conversion rates, \d+ stage durations, the monthly volume, the average deal/)
      .waitFor();
    await page.waitForFunction(() => location.hash.includes('from=last_12_months') && !location.hash.includes('rate.mql'));
    expect(await shownRevenue(page)).toBeGreaterThan(0);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('generates 1,000 demo contacts from a design into a new workspace; the funnel page shows every funnel stage populated', async () => {
    const app = await BatonApp.open(browser(), inject('baseUrl'));
    const page = app.page;
    // The client's design: the "Simple lead process" template (Lead → Qualified → Accepted → Opportunity → Won).
    await page.getByLabel('Workspace name').fill('Client');
    await page.getByLabel('Start from').selectOption('simple_lead_process');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.getByText('No contacts yet').first().waitFor();
    await app.runCommand('demo data for this design', 'Generate demo data for this design…');
    const dialog = page.getByRole('dialog', { name: 'Demo data for this design' });
    await dialog.waitFor();
    // A size out of range is refused at its field, in words; nothing is generated.
    await dialog.getByLabel('Contacts').fill('50');
    await dialog.getByRole('button', { name: 'Generate' }).click();
    await dialog.getByText('Enter a number from 100 to 100,000.').waitFor();
    await app.screenshot('demo-from-design-en');
    await dialog.getByLabel('Contacts').fill('1000');
    await dialog.getByLabel('Seed').fill('7');
    await dialog.getByRole('button', { name: 'Generate' }).click();
    await dialog.waitFor({ state: 'detached' });
    await app.rows().first().waitFor({ timeout: 60_000 });
    await page.getByText('Demo: Simple lead process').first().waitFor();
    await page.evaluate(() => (location.hash = '#/funnel?period=last_12_months'));
    await page.getByTestId('funnel-stage-table').waitFor({ state: 'attached', timeout: 30_000 });
    const rows = page.getByTestId('funnel-stage-table').locator('tbody tr');
    const counts: Record<string, number> = {};
    for (const row of await rows.all())
      counts[(await row.getAttribute('data-stage-id'))!] = Number((await row.locator('td').first().textContent())!.replace(/\D/g, ''));
    // Every stage of the design is populated, and only the design's stages are there.
    for (const stage of ['lead', 'mql', 'sql', 'opportunity', 'customer']) expect(counts[stage], stage).toBeGreaterThan(0);
    expect(Object.keys(counts).sort()).toEqual(['customer', 'disqualified', 'lead', 'mql', 'opportunity', 'recycled', 'sql']);
    await page.getByTestId('funnel-stage-table').locator('tr[data-stage-id="mql"] th').getByText('Qualified').waitFor({ state: 'attached' });
    await app.screenshot('demo-from-design-funnel-en');
    // The client's own workspace is still there, empty.
    await app.runCommand('Client', 'Switch to Client');
    await app.navigate('Leads');
    await page.getByText('No contacts yet').first().waitFor();
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('speaks Korean: the simulator, its demo dialog and presentation mode (light and dark)', async () => {
    const { app } = await openDemo(browser(), inject('baseUrl'), 'ko-KR');
    const page = app.page;
    await app.navigate('시뮬레이터');
    await page.getByRole('heading', { name: '가정 시뮬레이터' }).waitFor();
    await page.getByTestId('sim-revenue').waitFor();
    const before = await shownRevenue(page);
    const label = /^MQL → (SAL\/SQL|.+) 전환율$/;
    const rate = page.getByRole('spinbutton', { name: label });
    const value = Number(await rate.inputValue());
    await setNumber(page, label, String(value + 10), before);
    expect(await shownRevenue(page)).toBeGreaterThan(before);
    expect(await page.getByTestId('sim-revenue').textContent()).toContain('₩');
    await page
      .getByTestId('sim-sensitivity-top')
      .getByText(/전환율 \+1%p가 가장 큰 효과: 연 \+₩/)
      .waitFor();
    await app.screenshot('simulator-ko-light');
    await page.getByRole('button', { name: '라이트/다크 테마 전환' }).click();
    await app.screenshot('simulator-ko-dark');
    await page.getByRole('button', { name: '이 설계로 데모 데이터 생성…' }).click();
    const dialog = page.getByRole('dialog', { name: '이 설계의 데모 데이터' });
    await dialog.getByLabel('연락처 수').fill('100001');
    await dialog.getByRole('button', { name: '생성' }).click();
    await dialog.getByText('100~100,000 사이의 숫자를 입력하세요.').waitFor();
    await app.screenshot('demo-from-design-ko-dark');
    await dialog.getByRole('button', { name: '취소' }).click();
    await page.getByRole('button', { name: '발표' }).click();
    await page.getByTestId('presentation').waitFor();
    expect(await presentationTitle(page)).toBe('설계');
    await app.screenshot('presentation-design-ko-dark');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('[data-testid="presentation"] h1')?.textContent === '퍼널');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('[data-testid="presentation"] h1')?.textContent === '가정 시뮬레이션');
    await page.getByTestId('presentation').getByTestId('sim-revenue').waitFor();
    await app.screenshot('presentation-simulator-ko-dark');
    await page.keyboard.press('Escape');
    await page.getByTestId('presentation').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '라이트/다크 테마 전환' }).click();
    await page.getByRole('button', { name: '발표' }).click();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('[data-testid="presentation"] h1')?.textContent === '퍼널');
    await page.getByTestId('presentation').getByTestId('funnel-stage-table').waitFor({ state: 'attached', timeout: 30_000 });
    await app.screenshot('presentation-funnel-ko-light');
    await page.keyboard.press('Escape');
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
