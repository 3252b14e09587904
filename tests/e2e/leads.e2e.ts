import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './page-models/use-browser';
import { openDemo } from './page-models/demo';

const browser = useBrowser();

const demo = (locale: 'en-US' | 'ko-KR' = 'en-US') => openDemo(browser(), inject('baseUrl'), locale);

describe('leads workspace', () => {
  it('opens an MQL from My hand-offs, reads the ledger and accepts it: SAL/SQL with the transition in the timeline', async () => {
    const { app, leads } = await demo();
    await leads.openQueue(/My hand-offs/);
    await leads.rows().first().waitFor();
    await app.screenshot('queue-my-hand-offs-en');
    const first = await leads.rows().first().locator('.num').first().textContent();
    const second = await leads.rows().nth(1).locator('.num').first().textContent();
    expect(Number(first)).toBeGreaterThanOrEqual(Number(second)); // highest score first
    await leads.openRow(0);
    await expect(leads.stageBadge().getAttribute('data-stage')).resolves.toBe('mql');
    await leads.ledger().waitFor();
    expect(await leads.ledger().locator('tbody tr').count()).toBeGreaterThan(0);
    await app.screenshot('record-mql-en');
    await app.page.getByRole('button', { name: 'Accept hand-off' }).click();
    await app.page.locator('.record-header [data-stage="sql"]').waitFor();
    await expect(leads.timeline().locator('[data-kind="transition"]').first().textContent()).resolves.toContain('MQL → SAL/SQL');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('refuses Opportunity without amount and expected close date, naming both', async () => {
    const { app, leads } = await demo();
    await leads.filterStage('SAL/SQL');
    let refused = false;
    for (let i = 0; i < 12 && !refused; i++) {
      await leads.openRow(i);
      if (await app.page.getByText('No deals yet.').isVisible()) {
        await app.page.locator('[data-stage-target="opportunity"]').click();
        const alert = app.page.getByRole('alert');
        await alert.waitFor();
        await expect(alert.textContent()).resolves.toContain('Opportunity needs: amount, expected close date');
        await app.screenshot('record-refused-en');
        refused = true;
      } else await leads.back();
    }
    expect(refused).toBe(true);
    await app.close();
  });

  it('logs a pricing-page visit by keyboard (+15) and creates a deal so the SQL can become an Opportunity', async () => {
    const { app, leads } = await demo();
    await leads.filterStage('SAL/SQL');
    for (let i = 0; i < 12; i++) {
      await leads.openRow(i);
      if (await app.page.getByText('No deals yet.').isVisible()) break;
      await leads.back();
    }
    const before = Number(await app.page.getByTestId('engagement-score').textContent());
    await app.page.locator('body').press('b');
    await app.page.getByLabel('URL (for page visits)').fill('/pricing');
    await app.page.keyboard.press('Enter');
    await app.page.getByText(/Logged\. Engagement is now/).waitFor();
    await app.page.locator('body').press('c');
    await app.page.getByLabel('What happened?').fill('Asked for a security review');
    await app.page.keyboard.press('Enter');
    await leads.timeline().getByText('Asked for a security review').waitFor();
    await app.page
      .getByTestId('engagement-score')
      .filter({ hasText: new RegExp(`^${before + 15}$`) })
      .waitFor({ timeout: 5000 });
    await app.page.getByRole('button', { name: 'Create deal' }).click();
    await app.page.getByLabel('Deal name').fill('Pilot rollout');
    await app.page.getByLabel('Amount').fill('12000');
    await app.page.getByLabel('Expected close date').fill('2027-02-15');
    await app.page.locator('.stack-form').getByRole('button', { name: 'Create' }).click();
    await app.page.getByText('Pilot rollout').waitFor();
    await app.page.locator('[data-stage-target="opportunity"]').click();
    await app.page.locator('.record-header [data-stage="opportunity"]').waitFor();
    await app.screenshot('record-opportunity-en');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('a contact form that lifts a lead over the threshold makes it an MQL routed to an SDR, shown in the timeline', async () => {
    const { app, leads } = await demo();
    await leads.filterStage('Lead');
    await app.page.getByLabel('Min. engagement').fill('61');
    await leads.openRow(0);
    await app.page.locator('body').press('b');
    await app.page.getByLabel('Event').selectOption('form_submitted');
    await app.page.getByLabel('URL (for page visits)').press('Enter');
    await app.page.getByText(/hand-off threshold was crossed/).waitFor();
    await app.page.locator('.record-header [data-stage="mql"]').waitFor();
    await leads.timeline().locator('[data-kind="assignment"]').first().waitFor();
    await expect(leads.timeline().locator('[data-kind="assignment"]').first().textContent()).resolves.toMatch(/Assigned to .+routing rule/);
    await app.screenshot('record-auto-handoff-en');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('quick-adds a contact, warns about a duplicate e-mail and opens the existing one', async () => {
    const { app, leads } = await demo();
    await app.page.getByRole('button', { name: 'Add contact' }).click();
    const dialog = app.page.getByRole('dialog');
    await dialog.getByLabel('First name').fill('Ada');
    await dialog.getByLabel('Last name').fill('Lovelace');
    await dialog.getByLabel('E-mail').fill('ada@analytical.example');
    await dialog.getByLabel('Company').fill('Analytical Engines');
    await dialog.getByRole('button', { name: 'Add contact' }).click();
    await app.page.locator('#record-title', { hasText: 'Ada Lovelace' }).waitFor();
    await app.page.locator('.record-header [data-stage="prospect"]').waitFor();
    await leads.back();
    await app.page.getByRole('button', { name: 'Add contact' }).click();
    await dialog.getByLabel('E-mail').fill('ADA@analytical.example');
    await dialog.getByText('Possible duplicate').waitFor();
    await app.screenshot('quick-add-duplicate-en');
    await dialog.getByRole('button', { name: 'Open existing' }).click();
    await app.page.locator('#record-title', { hasText: 'Ada Lovelace' }).waitFor();
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('bulk-tags three selected contacts and exports them as CSV', async () => {
    const { app, leads } = await demo();
    for (let i = 0; i < 3; i++) await leads.rows().nth(i).getByRole('checkbox').check();
    await app.page.getByText('3 selected').waitFor();
    await app.page.getByLabel('Tag or list').fill('event-seoul');
    await app.page.getByRole('toolbar').getByRole('button', { name: 'Add' }).click();
    await app.page.getByText(/3 updated, 0 skipped/).waitFor();
    const download = app.page.waitForEvent('download');
    await app.page.getByRole('button', { name: 'Export selected as CSV' }).click();
    const file = await download;
    const csv = (
      await file.createReadStream().then(async (stream) => {
        const chunks: Buffer[] = [];
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        return Buffer.concat(chunks).toString('utf8');
      })
    ).replace(/^\uFEFF/, '');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe('name,email,company,jobTitle,stage,engagement,fit,bant,owner,source,tags');
    expect(lines).toHaveLength(4);
    for (const line of lines.slice(1)) expect(line).toContain('event-seoul');
    await app.page.getByRole('button', { name: 'Clear selection' }).click();
    await app.page.getByRole('button', { name: 'More filters' }).click();
    await app.page.getByLabel('Tag', { exact: true }).fill('event-seoul');
    await app.page.getByText('3 of 2,000').waitFor();
    await app.screenshot('bulk-bar-en');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('saves the current filters as a view with a live count and reapplies it', async () => {
    const { app, leads } = await demo();
    await leads.filterStage('MQL');
    await app.page.getByRole('combobox', { name: 'Owner' }).selectOption({ index: 3 });
    const shown = (await app.page.locator('[data-query-ms]').textContent())!.split(' of ')[0]!;
    await app.page.getByRole('button', { name: 'Save view' }).click();
    await app.page.getByLabel('View name').fill('My team MQLs');
    await app.page.getByRole('button', { name: 'Save', exact: true }).click();
    const tab = app.page.locator('.saved-view .tab', { hasText: 'My team MQLs' });
    await expect(tab.textContent()).resolves.toContain(shown);
    await app.page.getByRole('button', { name: /Clear filters/ }).click();
    await app.page.getByText('2,000 of 2,000').waitFor();
    await tab.click();
    await app.page.getByText(`${shown} of 2,000`).waitFor();
    await app.screenshot('saved-view-en');
    await app.page.getByRole('button', { name: 'Delete view My team MQLs' }).click();
    await tab.waitFor({ state: 'detached' });
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('fixes an almost-qualified lead inline: recording consent hands it off', async () => {
    const { app, leads } = await demo();
    await leads.openQueue(/Almost qualified/);
    const row = leads
      .rows()
      .filter({ has: app.page.getByRole('button', { name: 'Record consent' }) })
      .first();
    await row.waitFor();
    const fix = row.getByRole('button', { name: 'Record consent' });
    const before = await leads.rows().count();
    const id = await row.getAttribute('data-contact-id');
    await app.screenshot('queue-almost-qualified-en');
    await fix.click();
    await app.page.getByText('Complete: the lead was handed off.').waitFor();
    await app.page.locator(`[data-contact-id="${id}"]`).waitFor({ state: 'detached' });
    expect(await leads.rows().count()).toBeLessThanOrEqual(before);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('shows a custom field as a column and filters by its value', async () => {
    const { app, leads } = await demo();
    await app.page.getByRole('button', { name: 'Columns' }).click();
    await app.page.getByRole('group', { name: 'Columns' }).getByLabel('plan').check();
    // The column chooser is a modal popover (the list behind is inert): Escape closes it and gives the focus back to its button.
    await app.page.keyboard.press('Escape');
    await app.page.waitForFunction(() => document.activeElement?.textContent?.includes('Columns'));
    await app.page.getByRole('columnheader', { name: 'plan' }).waitFor();
    await app.page.getByRole('button', { name: 'More filters' }).click();
    await app.page.getByLabel('Custom field', { exact: true }).fill('plan');
    await app.page.getByLabel('Custom field value').fill('team');
    await app.page.waitForFunction(() => !document.querySelector('[data-query-ms]')?.textContent?.startsWith('2,000 of'));
    const plans = await leads.rows().locator('[role="gridcell"]:last-child').allTextContents();
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) expect(plan).toBe('team');
    await app.screenshot('custom-field-column-en');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('recycles a lead with a reason; it appears in the re-review queue', async () => {
    const { app, leads } = await demo();
    await leads.filterStage('Lead');
    const id = await leads.openRow(0);
    await app.page.getByRole('button', { name: 'Recycle' }).click();
    await app.page.getByRole('combobox', { name: 'Reason' }).selectOption({ label: 'Bad timing' });
    await app.page.getByLabel('Note (optional)').fill('Budget opens in Q3');
    await app.page.locator('.recycle-form').getByRole('button', { name: 'Recycle' }).click();
    await app.page.locator('.record-header [data-stage="recycled"]').waitFor();
    await leads.back();
    await app.page.getByRole('button', { name: /Clear filters/ }).click();
    await leads.openQueue(/Recycled — re-review/);
    await app.page.locator(`[data-contact-id="${id}"]`).waitFor();
    await expect(leads.rows().first().getAttribute('data-contact-id')).resolves.toBe(id); // most recently recycled first
    await app.close();
  });

  it('finds a contact by part of its company name, with keyboard navigation', async () => {
    const { app, leads } = await demo();
    const company = (await leads.rows().first().locator('[role="gridcell"]').nth(2).textContent())!;
    const part = company.slice(2, 8);
    await app.page.keyboard.press('/');
    await app.page.keyboard.type(part);
    await leads.rows().first().waitFor();
    const companies = await leads.rows().locator('[role="gridcell"]:nth-child(3)').allTextContents();
    expect(companies.length).toBeGreaterThan(0);
    for (const c of companies) expect(c.toLowerCase()).toContain(part.toLowerCase());
    const ms = Number(await app.page.locator('[data-query-ms]').getAttribute('data-query-ms'));
    expect(ms).toBeGreaterThanOrEqual(0);
    await app.page.getByTestId('leads-grid').focus();
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('Enter');
    await app.page.locator('#record-title').waitFor();
    await app.page.keyboard.press('Escape');
    await app.page.getByRole('searchbox').waitFor();
    await app.screenshot('leads-search-en');
    await app.close();
  });

  it('works in Korean: queues, record page and a hand-off acceptance', async () => {
    const { app, leads } = await demo('ko-KR');
    await leads.openQueue(/나의 핸드오프/);
    await leads.rows().first().waitFor();
    await app.screenshot('queue-my-hand-offs-ko');
    await leads.openRow(0);
    await app.page.getByText('이 점수의 근거').waitFor();
    await app.screenshot('record-mql-ko');
    await app.page.getByRole('button', { name: '핸드오프 수락' }).click();
    await app.page.locator('.record-header [data-stage="sql"]').waitFor();
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('an Undo offered in one workspace goes away when another workspace opens (it would undo there, out of sight)', async () => {
    const { app, leads } = await demo();
    const page = app.page;
    await leads.filterStage('Lead');
    for (let i = 0; i < 2; i++) await leads.rows().nth(i).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Recycle…' }).click();
    await page.getByRole('menuitem', { name: 'Bad timing' }).click();
    await page.getByRole('dialog', { name: 'Recycle 2 contacts?' }).getByRole('button', { name: 'Recycle' }).click();
    const toast = page.locator('.toast', { hasText: 'Recycled (Bad timing)' });
    await toast.getByRole('button', { name: 'Undo' }).waitFor();
    await app.runCommand('new', 'New empty workspace');
    await page.getByRole('dialog').getByLabel('Workspace name').fill('Client B');
    await page.getByRole('dialog').getByRole('button', { name: 'Create workspace' }).click();
    await page.getByRole('navigation').getByText('Client B').waitFor();
    // Gone at once, well inside the toast's own 8 s lifetime (a slow switch could only make this check weaker, never fail it).
    await toast.waitFor({ state: 'detached', timeout: 2_000 });
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
