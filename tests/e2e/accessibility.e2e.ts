import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './page-models/use-browser';
import { seriousViolations } from './page-models/axe';
import { BatonApp } from './page-models/baton-app';
import { openDemo } from './page-models/demo';

const browser = useBrowser();

describe('accessibility (axe-core): no serious or critical violations on the main screens, light and dark', () => {
  it('first run', async () => {
    const app = await BatonApp.open(browser(), inject('baseUrl'));
    await app.heading(/Welcome to Baton/).waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
    await app.close();
  });

  it('the Korean shell: its language switch shows “English” and its name says so as a word (label-content-name-mismatch)', async () => {
    const { app } = await openDemo(browser(), inject('baseUrl'), 'ko-KR');
    const toEnglish = app.page.getByRole('button', { name: '언어 변경: English', exact: true });
    await toEnglish.waitFor();
    expect(await toEnglish.textContent()).toBe('English');
    expect(await seriousViolations(app.page)).toEqual([]);
    // It works from the keyboard, and the English shell's switch passes the same rule.
    await toEnglish.focus();
    await app.page.keyboard.press('Enter');
    await app.page.getByRole('button', { name: 'Switch language to 한국어', exact: true }).waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
    await app.close();
  });

  for (const theme of ['light', 'dark'] as const)
    it(`leads list, record page, pipeline board, deal drawer, stage editor, funnel, reports and settings (${theme})`, async () => {
      const { app, leads } = await openDemo(browser(), inject('baseUrl'));
      const page = app.page;
      if (theme === 'dark') await app.runCommand('theme', /Toggle dark mode|dark/i);
      const found: Record<string, unknown> = {};
      found['leads'] = await seriousViolations(page);
      await app.screenshot(`a11y-leads-${theme}`);
      await leads.openRow(0);
      await leads.timeline().waitFor();
      found['record'] = await seriousViolations(page);
      await app.screenshot(`a11y-record-${theme}`);
      await leads.back();
      await app.navigate('Pipeline');
      await page.locator('.deal-card').first().waitFor();
      found['pipeline'] = await seriousViolations(page);
      await app.screenshot(`a11y-pipeline-${theme}`);
      await page.locator('.deal-card').first().click();
      await page.locator('.drawer').waitFor();
      found['deal drawer'] = await seriousViolations(page);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Edit stages' }).click();
      await page.getByRole('dialog', { name: /Stages of/ }).waitFor();
      found['stage editor'] = await seriousViolations(page);
      await app.screenshot(`a11y-stage-editor-${theme}`);
      await page.keyboard.press('Escape');
      await app.navigate('Funnel');
      await page.getByTestId('funnel-stage-table').waitFor({ state: 'attached', timeout: 30_000 });
      found['funnel'] = await seriousViolations(page);
      await app.navigate('Reports');
      await page.getByTestId('role-marketing').waitFor({ state: 'attached', timeout: 60_000 });
      found['reports'] = await seriousViolations(page);
      await app.navigate('Settings');
      await page.getByRole('heading', { name: 'Settings' }).waitFor();
      found['settings'] = await seriousViolations(page);
      expect(found).toEqual({ leads: [], record: [], pipeline: [], 'deal drawer': [], 'stage editor': [], funnel: [], reports: [], settings: [] });
      await app.close();
    });
});
