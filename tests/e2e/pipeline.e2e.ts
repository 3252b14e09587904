import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './page-models/use-browser';
import { openDemo } from './page-models/demo';
import { BoardPageModel } from './page-models/board-page';

const browser = useBrowser();

describe('the deal pipeline', () => {
  it('drag a card to the next stage, bring it back by keyboard, undo with Ctrl+Z; headers follow', async () => {
    const { app } = await openDemo(browser(), inject('baseUrl'));
    const page = app.page;
    const board = new BoardPageModel(page);
    await board.open();
    await app.screenshot('pipeline-board-en');
    const [toContact, contacted] = [await board.count('to_contact'), await board.count('contacted')];
    const card = board.column('to_contact').locator('.deal-card').first();
    const title = (await card.locator('.deal-title').textContent())!;
    await board.drag(card, 'contacted');
    await page.locator('.toast', { hasText: `${title} → Contacted` }).waitFor();
    expect(await board.stageOf(title)).toBe('contacted');
    expect([await board.count('to_contact'), await board.count('contacted')]).toEqual([toContact - 1, contacted + 1]);
    // Back by keyboard: Space picks up, ← moves one stage, Space drops.
    await board.moveByKeyboard(board.card(title), 'ArrowLeft');
    await page.locator('.toast', { hasText: `${title} → To contact` }).waitFor();
    await page.waitForFunction((t) => [...document.querySelectorAll('[data-stage-id="to_contact"] .deal-title')].some((el) => el.textContent === t), title);
    expect([await board.count('to_contact'), await board.count('contacted')]).toEqual([toContact, contacted]);
    // Ctrl+Z undoes the last move: the card is back in Contacted.
    await page.locator('body').press('Control+z');
    await page.locator('.toast', { hasText: 'Undone.' }).waitFor();
    await page.waitForFunction((t) => [...document.querySelectorAll('[data-stage-id="contacted"] .deal-title')].some((el) => el.textContent === t), title);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('a stage that needs an amount asks for it at the drop; Lost asks why and recycles the contact; Won makes a Customer', async () => {
    const { app, leads } = await openDemo(browser(), inject('baseUrl'));
    const page = app.page;
    // A new deal without an amount, created from an SQL's record.
    await leads.filterStage('SAL/SQL');
    await leads.openRow(0);
    const contactName = (await page.locator('#record-title').textContent())!;
    await page.getByRole('button', { name: 'Create deal' }).click();
    await page.getByLabel('Deal name').fill('Pilot without amount');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByText('Pilot without amount').waitFor();
    const board = new BoardPageModel(page);
    await board.open();
    await page.getByPlaceholder('Search deals or companies…').fill('Pilot without amount');
    await board.card('Pilot without amount').waitFor();
    // By keyboard: three stages to the right.
    await board.moveByKeyboard(board.card('Pilot without amount'), 'ArrowRight', 3);
    const gate = page.getByRole('dialog', { name: 'Before Create proposal' });
    await gate.waitFor();
    await app.screenshot('pipeline-gate-en');
    await gate.getByLabel('Amount').fill('12000');
    await gate.getByRole('button', { name: 'Move deal' }).click();
    await page.locator('.toast', { hasText: 'Pilot without amount → Create proposal' }).waitFor();
    expect(await board.stageOf('Pilot without amount')).toBe('create_proposal');
    // Lost needs a reason; the contact is recycled with it.
    await board.moveByKeyboard(board.card('Pilot without amount'), 'ArrowRight', 3);
    const lost = page.getByRole('dialog', { name: 'Before Lost' });
    await lost.getByLabel('Why was it lost?').selectOption({ label: 'Bad timing' });
    await lost.getByRole('button', { name: 'Move deal' }).click();
    await page.locator('.toast', { hasText: 'Pilot without amount lost; contact recycled' }).waitFor();
    await page.evaluate(() => (location.hash = '#/leads?queue=recycled'));
    // The SAL/SQL filter set earlier still narrows the list: clear it, then find the contact.
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await page.getByPlaceholder('Search name, e-mail, company…').fill(contactName);
    await page.locator('[data-contact-id]').first().waitFor();
    // Won: an open deal of an Opportunity makes its contact a Customer. The board still searches for the lost deal: clear it.
    await page.evaluate(() => (location.hash = '#/pipeline'));
    await page.getByPlaceholder('Search deals or companies…').fill('');
    await page.locator('.deal-card').first().waitFor();
    await board.drag(board.column('contacted').locator('.deal-card').first(), 'won');
    await page.locator('.toast', { hasText: /won; contact is now a Customer/ }).waitFor();
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('in Korean: a keyboard move with Korean stage names and won-formatted totals', async () => {
    const { app } = await openDemo(browser(), inject('baseUrl'), 'ko-KR');
    const page = app.page;
    const board = new BoardPageModel(page);
    await board.open();
    await page.getByRole('heading', { name: '연락 예정' }).waitFor();
    expect(await page.getByTestId('totals-to_contact').textContent()).toMatch(/₩[\d,]+(?!\.)/);
    const card = board.column('to_contact').locator('.deal-card').first();
    const title = (await card.locator('.deal-title').textContent())!;
    await board.moveByKeyboard(card, 'ArrowRight');
    await page.locator('.toast', { hasText: `${title} → 연락함` }).waitFor();
    await app.screenshot('pipeline-board-ko');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('stages are renamed, reordered, re-weighed and archived only when empty; the board follows', async () => {
    const { app } = await openDemo(browser(), inject('baseUrl'));
    const page = app.page;
    const board = new BoardPageModel(page);
    await board.open();
    await page.getByRole('button', { name: 'Edit stages' }).click();
    const editor = page.getByRole('dialog', { name: 'Stages of Sales pipeline' });
    await editor.waitFor();
    // Archiving a stage that holds deals is refused, at that stage.
    await editor.getByLabel('Contacted: Archived').check();
    await editor.getByRole('button', { name: 'Save stages' }).click();
    await editor.getByText(/move its \d+ open deals first/).waitFor();
    await app.screenshot('pipeline-stage-editor-en');
    await editor.getByLabel('Contacted: Archived').uncheck();
    // Rename Follow-up, move it up by keyboard (Alt+↑), add a stage.
    const name = editor.locator('[data-stage-row="follow_up"]').getByLabel('Name');
    await name.fill('Nurture call');
    await name.press('Alt+ArrowUp');
    await editor.getByRole('button', { name: 'Add stage' }).click();
    await editor.getByRole('button', { name: 'Save stages' }).click();
    await page.locator('.toast', { hasText: 'Stages saved.' }).waitFor();
    // The board follows when its live query has re-run.
    await page.locator('.board-column h2', { hasText: 'Nurture call' }).waitFor();
    const headings = await page.locator('.board-column h2').allTextContents();
    expect(headings.slice(0, 3).map((h) => h.replace('Bottleneck', ''))).toEqual(['To contact', 'Nurture call', 'Contacted']);
    expect(headings.some((h) => h.startsWith('New stage'))).toBe(true);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('the deal drawer shows time in each stage, edits the deal within its stage’s requirements, and logs a call', async () => {
    const { app } = await openDemo(browser(), inject('baseUrl'));
    const page = app.page;
    const board = new BoardPageModel(page);
    await board.open();
    const card = board.column('create_proposal').locator('.deal-card').first();
    const title = (await card.locator('.deal-title').textContent())!;
    await card.focus();
    await page.keyboard.press('Enter');
    const drawer = page.locator('.drawer');
    await drawer.getByRole('heading', { name: title }).waitFor();
    await drawer.getByText('Stage history').waitFor();
    expect(await drawer.locator('.deal-history li').count()).toBeGreaterThan(0);
    await drawer.getByRole('button', { name: 'Edit deal' }).click();
    await drawer.getByLabel('Amount').fill('');
    await drawer.getByRole('button', { name: 'Save deal' }).click();
    await drawer.getByText(/required|needed/i).waitFor();
    await drawer.getByLabel('Amount').fill('777');
    await drawer.getByRole('button', { name: 'Save deal' }).click();
    await drawer.getByText('$777', { exact: true }).waitFor();
    await drawer.getByRole('button', { name: 'Call' }).click();
    await drawer.getByText('Call logged; the idle clock starts again.').waitFor();
    await app.screenshot('pipeline-drawer-en');
    await page.keyboard.press('Escape');
    await board.card(title).getByText('$777').waitFor();
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('pipelines are created from a template, renamed and deleted (refused while deals are open); a deal starts in the new pipeline from a record', async () => {
    const { app, leads } = await openDemo(browser(), inject('baseUrl'));
    const page = app.page;
    const board = new BoardPageModel(page);
    await board.open();
    // The default pipelines are named by kind in the address, not by a long id.
    await page.getByRole('combobox', { name: 'Pipeline', exact: true }).selectOption({ label: 'Opportunities' });
    await page.waitForFunction(() => location.hash === '#/pipeline?pipeline=opportunity');
    // An empty pipeline still shows its columns, and says how to fill them.
    await page.getByRole('heading', { name: 'Discovery' }).waitFor();
    await page.getByText('Opportunities has no open deals yet.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Pipeline actions' }).click();
    await page.getByRole('menuitem', { name: 'New pipeline…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New pipeline' });
    // A name another pipeline has is refused in words, nothing created.
    await dialog.getByLabel('Name').fill('sales PIPELINE');
    await dialog.getByRole('button', { name: 'Create pipeline' }).click();
    await dialog.getByText('another pipeline has this name').waitFor();
    await dialog.getByLabel('Name').fill('Partners');
    await dialog.getByLabel('Start from').selectOption({ label: 'Default opportunity stages' });
    await dialog.getByRole('button', { name: 'Create pipeline' }).click();
    await page.locator('.toast', { hasText: 'Partners created.' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Pipeline', exact: true }).inputValue()).not.toBe('');
    await page.getByRole('heading', { name: 'Discovery' }).waitFor();
    await page.getByRole('button', { name: 'Pipeline actions' }).click();
    await page.getByRole('menuitem', { name: 'Rename…' }).click();
    await page.getByRole('dialog', { name: 'Rename Partners' }).getByLabel('Name').fill('Partner deals');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('option', { name: 'Partner deals' }).waitFor({ state: 'attached' });
    // A deal created from a contact's record can start in it.
    await page.evaluate(() => (location.hash = '#/leads'));
    await leads.filterStage('SAL/SQL');
    await leads.openRow(0);
    await page.getByRole('button', { name: 'Create deal' }).click();
    await page.getByLabel('Deal name').fill('Partner pilot');
    await page.getByRole('combobox', { name: 'Pipeline', exact: true }).selectOption({ label: 'Partner deals' });
    await page.getByLabel('Pipeline stage').selectOption({ label: 'Solution' });
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByText('Partner pilot').waitFor();
    await page.getByText('· Solution ·', { exact: false }).waitFor();
    await page.goBack();
    await page.goBack();
    await page.evaluate(() => (location.hash = '#/pipeline'));
    await page.getByRole('combobox', { name: 'Pipeline', exact: true }).selectOption({ label: 'Partner deals' });
    await board.card('Partner pilot').waitFor();
    expect(await board.stageOf('Partner pilot')).toBe('solution');
    // Holding an open deal, it cannot be deleted: the menu says why before anyone confirms.
    await page.getByRole('button', { name: 'Pipeline actions' }).click();
    const refused = page.getByRole('menuitem', { name: 'Delete pipeline (move or close its 1 open deal first)' });
    expect(await refused.getAttribute('aria-disabled')).toBe('true');
    await page.keyboard.press('Escape');
    // Closed, it can.
    await board.drag(board.card('Partner pilot'), 'lost');
    const lost = page.getByRole('dialog', { name: 'Before Lost' });
    await lost.waitFor();
    // Lead-only reasons are not offered for a deal.
    expect(await lost.getByRole('option', { name: 'Failed qualification' }).count()).toBe(0);
    await lost.getByLabel('Why was it lost?').selectOption({ label: 'Bad timing' });
    await lost.getByRole('button', { name: 'Move deal' }).click();
    await page.locator('.toast', { hasText: 'Partner pilot lost' }).waitFor();
    await page.getByRole('button', { name: 'Pipeline actions' }).click();
    await page.getByRole('menuitem', { name: 'Delete pipeline' }).click();
    await page.getByRole('dialog', { name: 'Delete Partner deals?' }).getByRole('button', { name: 'Delete pipeline' }).click();
    await page.locator('.toast', { hasText: 'Partner deals deleted.' }).waitFor();
    await page.getByRole('option', { name: 'Partner deals' }).waitFor({ state: 'detached' });
    expect(await page.getByRole('combobox', { name: 'Pipeline', exact: true }).locator('option').allTextContents()).toEqual([
      'Sales pipeline',
      'Opportunities',
    ]);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('the drawer has an address (Back closes it, Forward reopens it); Enter logs a note, an empty one is refused; a task added there is the card’s next step', async () => {
    const { app } = await openDemo(browser(), inject('baseUrl'));
    const page = app.page;
    const board = new BoardPageModel(page);
    await board.open();
    const card = board.column('follow_up').locator('.deal-card').first();
    const title = (await card.locator('.deal-title').textContent())!;
    // One click opens a deal, as a row of the list does.
    await card.click();
    const drawer = page.locator('.drawer');
    await drawer.getByRole('heading', { name: title }).waitFor();
    await page.waitForFunction(() => /^#\/pipeline\/[\w-]+$/.test(location.hash));
    await page.goBack();
    await drawer.waitFor({ state: 'detached' });
    await page.goForward();
    await drawer.getByRole('heading', { name: title }).waitFor();
    // The facts a seller asks first.
    await drawer.getByText('In this stage').waitFor();
    const note = drawer.getByLabel('What happened?');
    await note.press('Enter');
    await drawer.getByText('Note: required').waitFor();
    await note.fill('Asked for the security questionnaire');
    await note.press('Enter');
    await drawer.getByText('Note logged; the idle clock starts again.').waitFor();
    await drawer.locator('.deal-activities').getByText('Asked for the security questionnaire').waitFor();
    // Due before any other task of the deal, it is the card's next step.
    await drawer.getByLabel('Task').fill('Send the questionnaire back');
    await drawer.getByLabel('Due', { exact: true }).fill(new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10));
    await drawer.getByRole('button', { name: 'Add task' }).click();
    await drawer.getByText('Send the questionnaire back').waitFor();
    // The contact link opens the record; Back returns to the deal.
    const contact = (await drawer.locator('.plain-list .link-button').first().textContent())!;
    await drawer.locator('.plain-list .link-button').first().click();
    await page.locator('#record-title', { hasText: contact }).waitFor();
    await page.goBack();
    await drawer.getByRole('heading', { name: title }).waitFor();
    await page.keyboard.press('Escape');
    await board.card(title).getByText('Next: Send the questionnaire back').waitFor();
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('a cancelled gate says the deal stayed and gives focus back to its card; the source filter narrows the board', async () => {
    const { app } = await openDemo(browser(), inject('baseUrl'));
    const page = app.page;
    const board = new BoardPageModel(page);
    await board.open();
    const card = board.column('follow_up').locator('.deal-card').first();
    const title = (await card.locator('.deal-title').textContent())!;
    await board.moveByKeyboard(card, 'ArrowRight', 4);
    const lost = page.getByRole('dialog', { name: 'Before Lost' });
    await lost.waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.toast', { hasText: `${title} was not moved; it stays in Follow-up.` }).waitFor();
    await page.waitForFunction((t) => document.activeElement?.closest('.deal-card')?.querySelector('.deal-title')?.textContent === t, title);
    expect(await board.stageOf(title)).toBe('follow_up');
    const before = await board.count('follow_up');
    await page.getByLabel('Source', { exact: true }).selectOption({ label: 'Webinar' });
    await board.waitForCount('follow_up', 'below', before);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await board.waitForCount('follow_up', 'equal', before);
    // A picked filter lives in the address: it survives a reload.
    await page.getByLabel('Product', { exact: true }).selectOption({ label: 'Growth' });
    await page.waitForFunction(() => location.hash.includes('product=Growth'));
    await page.reload();
    await page.locator('.deal-card').first().waitFor();
    expect(await page.getByLabel('Product', { exact: true }).inputValue()).toBe('Growth');
    expect(await board.count('follow_up')).toBeLessThan(before);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    // A stalled deal is closed as lost only after saying so: the contact is recycled with "Stalled".
    await page.getByLabel('Rotting only').check();
    const recycle = page.getByRole('button', { name: /^Close as lost…: / }).first();
    const stalled = (await recycle.getAttribute('aria-label'))!.replace('Close as lost…: ', '');
    await recycle.click();
    const confirm = page.getByRole('dialog', { name: `Close “${stalled}” as lost?` });
    await confirm.getByText('its contacts go back to marketing nurture (Recycled)', { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Close as lost and recycle' }).click();
    await page.locator('.toast', { hasText: `${stalled} lost; contact recycled` }).waitFor();
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
