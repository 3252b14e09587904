import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './page-models/use-browser';
import { BatonApp } from './page-models/baton-app';

const browser = useBrowser();

describe('first run', () => {
  it('loads the demo workspace, scrolls 2,000 leads and switches to Korean', async () => {
    const app = await BatonApp.open(browser(), inject('baseUrl'));
    await app.heading('Welcome to Baton').waitFor();
    await app.screenshot('first-run-en');
    await app.loadDemo();
    await app.page.getByText('2,000 of 2,000').waitFor();
    const firstVisible = await app.rows().count();
    // Virtualized: only the visible rows (plus overscan) are in the DOM.
    expect(firstVisible).toBeGreaterThan(10);
    expect(firstVisible).toBeLessThan(80);
    await expect(app.page.getByRole('columnheader', { name: 'Engagement' }).isVisible()).resolves.toBe(true);
    await app.screenshot('leads-en');

    // Scroll to the end: the last contact is rendered.
    await app.page.getByTestId('leads-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await app.page.locator('[aria-rowindex="2001"]').waitFor();

    await app.page.getByRole('button', { name: /Switch language to 한국어/ }).click();
    await app.heading('리드').waitFor();
    await app.page.getByText('2,000명 중 2,000명').waitFor();
    await expect(app.page.getByRole('columnheader', { name: '참여 점수' }).isVisible()).resolves.toBe(true);
    await expect(app.page.getByRole('navigation').getByRole('button', { name: '파이프라인' }).isVisible()).resolves.toBe(true);
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('ko');
    await app.page.getByTestId('leads-scroll').evaluate((el) => el.scrollTo(0, 0));
    await app.screenshot('leads-ko');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('starts an empty workspace whose list teaches the next step', async () => {
    const app = await BatonApp.open(browser(), inject('baseUrl'));
    await app.createEmptyWorkspace('Acme Korea');
    await app.heading('No contacts yet').waitFor();
    await expect(app.page.getByText('Acme Korea').first().isVisible()).resolves.toBe(true);
    await app.screenshot('empty-workspace-en');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('greets a Korean browser in Korean', async () => {
    const app = await BatonApp.open(browser(), inject('baseUrl'), 'ko-KR');
    await app.heading('Baton에 오신 것을 환영합니다').waitFor();
    await app.screenshot('first-run-ko');
    await app.close();
  });
});

describe('command palette and shell', () => {
  it('goes to any page, toggles the theme and switches workspaces by keyboard', async () => {
    const app = await BatonApp.open(browser(), inject('baseUrl'));
    await app.createEmptyWorkspace('First');
    await app.heading('No contacts yet').waitFor();

    await app.runCommand('pipe', 'Pipeline');
    await app.heading('Pipeline').first().waitFor();

    await app.runCommand('dark', 'Toggle light / dark theme');
    expect(await app.page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await app.screenshot('pipeline-dark-en');

    await app.runCommand('new', 'New empty workspace');
    await app.page.getByRole('dialog').getByLabel('Workspace name').fill('Second');
    await app.page.getByRole('dialog').getByRole('button', { name: 'Create workspace' }).click();
    await app.page.getByRole('navigation').getByText('Second').waitFor();

    await app.runCommand('first', 'Switch to First');
    await app.page.getByRole('navigation').getByText('First').waitFor();

    await app.navigate('Settings');
    await app.page.getByRole('listitem').filter({ hasText: 'Second' }).waitFor();
    await app.screenshot('settings-dark-en');
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
