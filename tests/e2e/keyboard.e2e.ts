import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './page-models/use-browser';
import { openDemo } from './page-models/demo';
import { BatonApp } from './page-models/baton-app';

const browser = useBrowser();

/** Waits until the grid's active row is the one at this position (1 is the header row; rows render as they scroll in). */
const activeRowIs = (page: Page, rowIndex: number) =>
  page.waitForFunction((expected) => {
    const id = document.querySelector('[role="grid"]')?.getAttribute('aria-activedescendant');
    return Number(id ? document.getElementById(id)?.getAttribute('aria-rowindex') : NaN) === expected;
  }, rowIndex);

/** What has the focus, described the way a screen reader user would hear it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName ?? '', id: el?.id ?? '', role: el?.getAttribute('role') ?? '', text: el?.textContent?.trim().slice(0, 60) ?? '' };
  });

describe('the leads workspace by keyboard alone', () => {
  it('skip link, search → results, open a record, Escape back to the same row', async () => {
    const { app } = await openDemo(browser(), inject('baseUrl'));
    const page = app.page;
    // The first Tab reaches the skip link, which lands in the page content.
    await page.locator('body').focus();
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Skip to content');
    await app.screenshot('skip-link-en');
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('main-content');
    // "/" focuses the search; ↓ hands over to the grid; arrows, End and Home move; Enter opens.
    await page.keyboard.press('/');
    expect((await focused(page)).tag).toBe('INPUT');
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).role).toBe('grid');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await activeRowIs(page, 4);
    await page.keyboard.press('End');
    await activeRowIs(page, Number(await page.locator('[role="grid"]').getAttribute('aria-rowcount')));
    await page.keyboard.press('Home');
    await activeRowIs(page, 2);
    await page.keyboard.press('ArrowDown');
    const second = await page.locator('[role="grid"]').getAttribute('aria-activedescendant');
    await page.keyboard.press('Space');
    await page.getByText('1 selected').waitFor();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    // Focus moves into the record: its name is the first thing read.
    await page.locator('#record-title').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'record-title');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'grid');
    expect(await page.locator('[role="grid"]').getAttribute('aria-activedescendant')).toBe(second);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('queue tabs are one tab stop with arrows; an empty queue says why; dialogs give the focus back', async () => {
    const { app } = await openDemo(browser(), inject('baseUrl'));
    const page = app.page;
    const tabs = page.getByRole('tab');
    expect(await tabs.evaluateAll((all) => all.filter((t) => (t as HTMLElement).tabIndex === 0).length)).toBe(1);
    await page.getByRole('tab', { name: /All contacts/ }).focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('tab', { name: /My hand-offs/, selected: true }).waitFor();
    await page.waitForFunction(() => location.hash === '#/leads?queue=my_hand_offs');
    await page.keyboard.press('End');
    await page.getByRole('tab', { name: /Hot this week/, selected: true }).waitFor();
    // A search that matches nothing: the list says so and offers to clear, instead of an empty table.
    await page.keyboard.press('Home');
    await page.getByPlaceholder('Search name, e-mail, company…').fill('zzzz-no-such-contact');
    await page.getByText('Nothing matches').waitFor();
    await app.screenshot('empty-queue-filtered-en');
    await page.getByRole('button', { name: 'Clear filters' }).last().click();
    await page.locator('[data-contact-id]').first().waitFor();
    // Quick add opened by button, closed by Escape: the focus is back on the button.
    await page.getByRole('button', { name: 'Add contact' }).click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.textContent?.includes('Add contact'));
    // The palette opened by Ctrl+K from the grid gives the focus back to the grid.
    await page.locator('[role="grid"]').focus();
    await page.keyboard.press('Control+K');
    await page.getByPlaceholder('Type a command or page…').waitFor();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'grid');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('an address naming no page is rewritten to the leads list', async () => {
    const app = await BatonApp.open(browser(), inject('baseUrl'));
    await app.createEmptyWorkspace('Keys');
    await app.page.evaluate(() => (location.hash = '#/nowhere/at/all'));
    await app.page.waitForFunction(() => location.hash === '#/leads');
    await app.heading('Leads').waitFor();
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
