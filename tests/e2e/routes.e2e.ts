import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './page-models/use-browser';
import { openDemo } from './page-models/demo';

const browser = useBrowser();

describe('places have addresses', () => {
  it('a record and a queue keep their place across reload, back and forward', async () => {
    const { app, leads } = await openDemo(browser(), inject('baseUrl'));
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
    const { app, leads } = await openDemo(browser(), inject('baseUrl'));
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

  it('the command palette finds contacts and companies by part of their name (Korean too)', async () => {
    const { app, leads } = await openDemo(browser(), inject('baseUrl'), 'ko-KR');
    const page = app.page;
    const company = (await leads.rows().first().locator('[role="gridcell"]').nth(2).textContent())!;
    const name = (await leads.rows().first().locator('.name').textContent())!;
    await page.keyboard.press('Control+K');
    await page.getByPlaceholder(/명령이나 페이지/).fill(name);
    await page
      .getByRole('option', { name: new RegExp(name) })
      .first()
      .click();
    await page.locator('#record-title', { hasText: name }).waitFor();
    await page.keyboard.press('Control+K');
    await page.getByPlaceholder(/명령이나 페이지/).fill(company.slice(1, 4));
    const option = page.getByRole('option', { name: company, exact: true });
    await option.waitFor();
    await app.screenshot('palette-records-ko');
    await option.click();
    // The leads list shows the company's contacts: its name is in the search box.
    await page.waitForFunction((value) => document.querySelector<HTMLInputElement>('input[type="search"]')?.value === value, company);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
