import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshotDir } from './browser';
import type { BatonApp } from './page-models/baton-app';
import { openDemo } from './page-models/demo';
import { PersonasPageModel } from './page-models/personas-page';
import { useBrowser } from './page-models/use-browser';

const browser = useBrowser();

type Tabs = { personas: string | RegExp; voice: string | RegExp; onePager: string | RegExp };

/** The four screens of the feature, in the app's current language and theme. */
async function screenshots(app: BatonApp, personas: PersonasPageModel, suffix: string, tabs: Tabs) {
  const page = app.page;
  await personas.open('icp');
  await page.getByTestId('icp-histogram').waitFor({ timeout: 30_000 });
  await personas.previewSettled();
  await app.screenshot(`personas-icp-${suffix}`);
  await page.getByRole('tab', { name: tabs.personas }).click();
  await personas.patternTestSettled();
  await app.screenshot(`personas-editor-${suffix}`);
  await page.getByRole('tab', { name: tabs.voice }).click();
  await page.getByTestId('quote-list').waitFor();
  await app.screenshot(`personas-voice-${suffix}`);
  await page.getByRole('tab', { name: tabs.personas }).click();
  await page.getByRole('button', { name: tabs.onePager }).click();
  await page.getByTestId('one-pager').waitFor();
  await app.screenshot(`personas-one-pager-${suffix}`);
}

const toggleTheme = (page: Page) => page.getByRole('button', { name: /Toggle light \/ dark theme|라이트\/다크 테마 전환/ }).click();

describe('personas and the ICP', () => {
  it('a persona with a title pattern: the preview count matches the workspace, conflicts and bad patterns are named, and saving assigns it', async () => {
    const { app, leads } = await openDemo(browser(), inject('baseUrl'));
    const page = app.page;
    const personas = new PersonasPageModel(page);
    const analysts = await personas.countTitles('analyst');
    expect(analysts).toBeGreaterThan(0);
    await personas.open('personas');
    await page.getByRole('button', { name: 'Add persona' }).first().click();
    await page.locator('input[name="personaName"]').fill('Analyst');
    await page.getByRole('button', { name: 'Add pattern' }).click();
    await page.locator('input[name="pattern-0"]').fill('analyst');
    await personas.patternTestSettled();
    await page
      .getByTestId('pattern-test-summary')
      .getByText(`Matches ${analysts.toLocaleString('en')} contact`)
      .waitFor();

    // A second pattern the Marketing leader already has: the titles both match are listed, and they go to the persona listed first.
    await page.getByRole('button', { name: 'Add pattern' }).click();
    await page.locator('input[name="pattern-1"]').fill('marketing');
    await personas.patternTestSettled();
    await page
      .getByTestId('pattern-test-summary')
      .getByText(/titles? match(es)? two personas/)
      .waitFor();
    const conflict = page.getByTestId('pattern-conflicts').locator('tbody tr').first();
    expect(await conflict.locator('td').nth(2).textContent()).toBe('Marketing leader');
    await page
      .getByTestId('title-pattern-1')
      .getByText(/assigns none/)
      .waitFor();

    // An invalid expression is named at the pattern and refuses the save.
    await page.locator('input[name="pattern-1"]').fill('/(oops/');
    await page.getByTestId('title-pattern-1').getByText('Not a valid regular expression.').waitFor();
    await page.getByRole('button', { name: 'Save personas' }).click();
    await page.getByTestId('personas-refusal').getByText('Fix 1 problem first.').waitFor();
    await page.getByRole('button', { name: 'Remove Pattern 2' }).click();
    await page.locator('input[name="personaName"]').fill('');
    await page.getByText('Give the persona a name.').waitFor();
    await page.locator('input[name="personaName"]').fill('Analyst');

    await page.getByRole('button', { name: 'Save personas' }).click();
    await page.getByText(`Personas saved: ${analysts.toLocaleString('en')} contacts got a new persona`).waitFor({ timeout: 60_000 });

    // Contacts with that title show the persona, and the pattern that assigned it.
    await page.evaluate(() => (location.hash = '#/leads'));
    await leads.search('Analyst');
    await leads.rows().first().waitFor();
    await leads.openRow(0);
    await expect.poll(() => personas.fact('Persona').textContent()).toContain('Analyst');
    expect(await personas.fact('Persona').textContent()).toContain('analyst');
    await page.getByTestId('suggested-content').waitFor();
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('an ICP weight change moves the histogram; Apply recomputes fit, which the record page shows', async () => {
    const { app, leads } = await openDemo(browser(), inject('baseUrl'));
    const page = app.page;
    const personas = new PersonasPageModel(page);
    await personas.open('icp');
    await page.getByTestId('icp-histogram').waitFor({ timeout: 30_000 });
    await personas.previewSettled();
    const before = await personas.histogram();
    // A near miss of the applied ICP: its company's fit will move when the weights do.
    const nearMiss = (await page.getByTestId('icp-near-misses').locator('.icp-sample-name').first().textContent())!;
    const misses = (await page.getByTestId('icp-near-misses').locator('li').first().locator('.icp-misses').textContent())!;

    await page.evaluate(() => (location.hash = '#/leads'));
    await leads.search(nearMiss);
    await leads.rows().first().waitFor();
    const contactId = await leads.openRow(0);
    const fitBefore = await personas.fact('ICP fit').textContent();

    await personas.open('icp');
    await personas.previewSettled();
    // Industry weighs 60 now: the weights add up to 120 until size drops to 20.
    await page.locator('input[name="icp-weight-0"]').fill('60');
    await page.getByTestId('icp-weights-total').getByText('Weights add up to 120; they must add up to 100.').waitFor();
    await page.getByRole('button', { name: 'Apply ICP' }).click();
    await page.getByTestId('icp-refusal').getByText('Fix 1 problem first.').waitFor();
    await page.locator('input[name="icp-weight-1"]').fill('20');
    await page.getByTestId('icp-weights-total').getByText('Weights add up to 100%').waitFor();
    await personas.previewSettled();
    await expect.poll(() => personas.histogram(), { timeout: 30_000 }).not.toEqual(before);

    await page.getByRole('button', { name: 'Apply ICP' }).click();
    await page
      .getByTestId('icp-outcome')
      .getByText(/ICP applied: [\d,]+ contacts rescored/)
      .waitFor({ timeout: 90_000 });

    await page.evaluate((id) => (location.hash = `#/leads/${id}`), contactId);
    await page.locator('#record-title').waitFor();
    // The near miss missed industry (now 60 of 100) or size (now 20): either way its fit is not what it was.
    expect(misses).toMatch(/Industry|Employee count|Technology tags/);
    await expect.poll(() => personas.fact('ICP fit').textContent(), { timeout: 30_000 }).not.toBe(fitBefore);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('quotes: add, search (a Korean substring too), import a CSV with bad rows; screenshots light and dark', async () => {
    const { app } = await openDemo(browser(), inject('baseUrl'));
    const page = app.page;
    const personas = new PersonasPageModel(page);
    await personas.open('voice');
    await page.getByTestId('quote-count').getByText('8 quotes of 8').waitFor();

    await page.getByRole('button', { name: 'Add quote' }).click();
    await page.getByRole('button', { name: 'Add quote' }).last().click();
    await page.getByRole('dialog').getByText('required').waitFor();
    await page.locator('textarea[name="quote"]').fill('우리 팀은 리드품질 보고서를 매주 손으로 만듭니다.');
    await page.locator('input[name="topic"]').fill('리드 품질');
    await page.locator('input[name="source"]').fill('https://forum.example.org/t/42');
    await page.locator('select[name="quotePersona"]').selectOption({ label: 'Marketing leader' });
    await page.getByRole('button', { name: 'Add quote' }).last().click();
    await page.getByText('Quote added.').waitFor();
    await page.getByTestId('quote-count').getByText('9 quotes of 9').waitFor();

    await page.locator('input[name="quoteSearch"]').fill('품질');
    await page.getByTestId('quote-count').getByText('1 quote of 9').waitFor();
    expect(await page.getByTestId('quote-list').textContent()).toContain('리드품질');
    await page.locator('input[name="quoteSearch"]').fill('babysit');
    await page.getByTestId('quote-count').getByText('1 quote of 9').waitFor();
    await page.locator('input[name="quoteSearch"]').fill('');
    await page.locator('select[name="quoteTopic"]').selectOption({ value: 'lead quality' });
    await page.getByTestId('quote-count').getByText('2 quotes of 9').waitFor();
    await page.locator('select[name="quoteTopic"]').selectOption({ value: '' });

    await page.getByRole('button', { name: 'Import CSV' }).click();
    const csv = [
      'quote,topic,notes,source,date,persona',
      'Our reps ignore leads older than a day,follow-up speed,,Interview with a VP Sales,2025-04-02,Sales leader',
      ',empty,,,,',
      'Bad date here,topic,,,not a date,',
      'Unknown persona,topic,,,,Nobody',
      '"Quoted, with a comma",pricing,,https://example.com/pricing,,',
    ].join('\n');
    await personas.chooseFile('quotes.csv', csv, () => page.getByRole('button', { name: 'Choose a CSV file' }).click());
    await page.getByTestId('quote-import-summary').getByText('quotes.csv: 2 of 5 rows can be imported; 3 problems.').waitFor();
    const errors = await page.getByTestId('quote-import-errors').locator('tbody tr').allTextContents();
    expect(errors).toEqual([
      expect.stringMatching(/^3Quote—the quote is empty/),
      expect.stringMatching(/^4Datenot a datenot a date Baton can read/),
      expect.stringMatching(/^5PersonaNobodyno persona has this name/),
    ]);
    await page.getByRole('button', { name: 'Import 2 quotes' }).click();
    await page.getByText('Imported 2 quotes.').waitFor();
    await page.getByTestId('quote-count').getByText('11 quotes of 11').waitFor();

    const tabs = { personas: /^Personas$/, voice: /Voice of customer/, onePager: 'One-pager' };
    await screenshots(app, personas, 'en', tabs);
    // The one-pager as PNG (drawn from the page itself, saved as a download in the browser) and as it prints.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'PNG' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('persona-Marketing-leader.png');
    const bytes = await readFile((await file.path())!);
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(bytes.length).toBeGreaterThan(10_000);
    await file.saveAs(`${screenshotDir}/personas-one-pager-export-en.png`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.sidebar').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    await app.screenshot('personas-one-pager-print-en');
    await page.emulateMedia({ media: 'screen' });
    await toggleTheme(page);
    await screenshots(app, personas, 'en-dark', tabs);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('in Korean: the persona editor tests a Korean title pattern, Korean quotes are found by substrings; screenshots light and dark', async () => {
    const { app } = await openDemo(browser(), inject('baseUrl'), 'ko-KR');
    const page = app.page;
    const personas = new PersonasPageModel(page);
    const researchers = await personas.countTitles('연구원');
    expect(researchers).toBeGreaterThan(0);
    await personas.open('personas');
    await page.getByRole('button', { name: '페르소나 추가' }).first().click();
    await page.locator('input[name="personaName"]').fill('연구 인력');
    await page.getByRole('button', { name: '패턴 추가' }).click();
    await page.locator('input[name="pattern-0"]').fill('연구원');
    await personas.patternTestSettled();
    await page
      .getByTestId('pattern-test-summary')
      .getByText(`연락처 ${researchers.toLocaleString('ko')}명에 맞습니다.`)
      .waitFor();
    await page.locator('input[name="pattern-0"]').fill('/(연구/');
    await page.getByTestId('title-pattern-0').getByText('올바른 정규식이 아닙니다.').waitFor();
    await page.locator('input[name="pattern-0"]').fill('연구원');
    await page.getByRole('button', { name: '페르소나 저장' }).click();
    await page.getByText(`페르소나를 저장했습니다: 연락처 ${researchers.toLocaleString('ko')}명의 페르소나가 바뀌었고`).waitFor({ timeout: 60_000 });

    await personas.open('voice');
    await page.locator('input[name="quoteSearch"]').fill('품질');
    await page.getByTestId('quote-count').getByText('인용 8개 중 2개').waitFor();

    const tabs = { personas: /^페르소나$/, voice: /고객의 소리/, onePager: '원페이저' };
    await page.locator('input[name="quoteSearch"]').fill('');
    await screenshots(app, personas, 'ko', tabs);
    await toggleTheme(page);
    await screenshots(app, personas, 'ko-dark', tabs);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
