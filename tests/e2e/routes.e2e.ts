import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { openDemo } from './page-models/demo';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('places have addresses', () => {
  it('a record and a queue keep their place across reload, back and forward', async () => {
    const { app, leads } = await openDemo(browser, inject('baseUrl'));
    const page = app.page;
    await leads.openQueue(/SLA breached/);
    await page.waitForFunction(() => location.hash === '#/leads?queue=sla_breached');
    const id = await leads.openRow(0);
    expect(await page.evaluate(() => location.hash)).toBe(`#/leads/${id}`);
    const name = await page.locator('#record-title').textContent();
    await page.reload();
    await page.locator('#record-title', { hasText: name! }).waitFor();
    await page.goBack();
    await page.getByRole('tab', { name: /SLA breached/, selected: true }).waitFor();
    await page.goForward();
    await page.locator('#record-title', { hasText: name! }).waitFor();
    await app.close();
  });

  it('switching workspace closes the open record instead of showing it blank', async () => {
    const { app, leads } = await openDemo(browser, inject('baseUrl'));
    const page = app.page;
    await leads.openRow(0);
    await app.runCommand('Empty', /Create an empty workspace|New empty workspace/);
    await page.getByLabel('Workspace name').fill('Second');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.getByRole('heading', { name: 'Leads' }).waitFor();
    expect(await page.locator('#record-title').count()).toBe(0);
    expect(await page.evaluate(() => location.hash)).toBe('#/leads');
    // An address of a contact that is not in this workspace says so.
    await page.evaluate(() => (location.hash = '#/leads/not-a-contact'));
    await page.getByText('This contact is not here').waitFor();
    await app.screenshot('record-gone-en');
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
