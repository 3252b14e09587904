import { describe, inject, it } from 'vitest';
import { openDemo } from './page-models/demo';
import { useBrowser } from './page-models/use-browser';

const browser = useBrowser();

describe('walk', () => {
  it('walks', async () => {
    const { app } = await openDemo(browser(), inject('baseUrl'));
    const page = app.page;
    await page.evaluate(() => (location.hash = '#/personas'));
    await page.getByTestId('pattern-test-summary').waitFor({ timeout: 30000 });
    await app.screenshot('walk-personas');
    await page.getByRole('tab', { name: 'ICP' }).click();
    await page.getByTestId('icp-histogram').waitFor({ timeout: 30000 });
    await page.getByTestId('icp-near-misses').waitFor({ timeout: 30000 }).catch(() => undefined);
    await app.screenshot('walk-icp');
    await page.getByRole('tab', { name: 'Voice of customer' }).click();
    await page.getByTestId('quote-list').waitFor();
    await app.screenshot('walk-voice');
    await page.getByRole('tab', { name: 'Content by stage' }).click();
    await page.getByTestId('content-matrix').waitFor();
    await app.screenshot('walk-content');
    await page.getByRole('tab', { name: 'Personas' }).click();
    await page.getByRole('button', { name: 'One-pager' }).click();
    await page.getByTestId('one-pager').waitFor();
    await app.screenshot('walk-onepager');
    console.log('ERRORS', app.errors);
    await app.close();
  });
});
