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

  for (const theme of ['light', 'dark'] as const)
    it(`leads list, record page and settings (${theme})`, async () => {
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
      await app.navigate('Settings');
      await page.getByRole('heading', { name: 'Settings' }).waitFor();
      found['settings'] = await seriousViolations(page);
      expect(found).toEqual({ leads: [], record: [], settings: [] });
      await app.close();
    });
});
