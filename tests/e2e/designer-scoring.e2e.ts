import { describe, expect, inject, it } from 'vitest';
import { openDemo } from './page-models/demo';
import { ScoringRoutingModel } from './page-models/scoring-routing';
import { useBrowser } from './page-models/use-browser';

const browser = useBrowser();

describe('the scoring and routing designer', () => {
  it('scores Lead A 76 and Lead B 19 on the test bench, follows an unsaved edit, saves it and rescores the leads; routing reorders and the dry run follows', async () => {
    const { app, leads } = await openDemo(browser(), inject('baseUrl'));
    const page = app.page;
    const designer = new ScoringRoutingModel(page);
    await leads.waitForIndex();
    const topBefore = await designer.topEngagement();
    expect(topBefore).toBeGreaterThan(0);

    await designer.open('scoring');
    await designer.benchShows('lead-a', '76');
    await designer.benchShows('lead-b', '19');
    const downloads = page.getByTestId('bench-ledger').locator('[data-ledger-rule="content_downloaded"] td');
    expect(await downloads.allTextContents()).toEqual(['3', '30', '30', '30']);
    await app.screenshot('designer-scoring-en');

    // An unsaved edit: e-mail opens are worth 12 instead of 2. Lead A has 3 opens (+30), Lead B 2 (+20).
    await designer.rulePoints('email_opened').fill('12');
    await designer.benchShows('lead-a', '106');
    await designer.benchShows('lead-b', '39');
    // A bad BANT total is named next to the weights and blocks the save.
    await page.locator('input[name="bant-budget"]').fill('40');
    await page.getByTestId('bant-total').getByText('The BANT weights add up to 115 %; they must total 100 %.').waitFor();
    await page.getByRole('button', { name: 'Save scoring model' }).click();
    await page.getByTestId('scoring-refusal').getByText('Not saved: 1 value needs fixing (shown next to it).').waitFor();
    await page.locator('input[name="bant-budget"]').fill('25');
    await page.getByTestId('bant-total').getByText('Total: 100 %').waitFor();
    await page.getByRole('button', { name: 'Save scoring model' }).click();
    await page.getByText(/Scoring model saved\. .* contacts rescored/).waitFor({ timeout: 60_000 });

    // The leads list takes the rescored contacts in: its highest engagement rises (every e-mail open now counts 12).
    await page.evaluate(() => (location.hash = '#/leads'));
    await expect.poll(() => designer.topEngagement(), { timeout: 30_000 }).toBeGreaterThan(topBefore);

    // Routing: the catch-all moved above the enterprise rule takes every lead; the analysis says the enterprise rule never gets one.
    await designer.open('routing');
    await page.getByTestId('dry-run-table').waitFor({ timeout: 30_000 });
    const first = await designer.dryRun();
    await app.screenshot('designer-routing-en');
    await page.getByRole('button', { name: 'Move Everyone else → SDR round robin up' }).click();
    await page
      .getByTestId('routing-findings')
      .getByText('“Enterprise → senior SDR” never gets a lead: “Everyone else → SDR round robin” above it takes every lead it would.')
      .waitFor();
    await page.waitForFunction((old) => {
      const rows = [...document.querySelectorAll('[data-testid="dry-run-table"] tbody tr')];
      return rows.some((tr) => old[tr.querySelector('th')!.textContent!] !== tr.querySelector('td')!.textContent);
    }, first);
    const second = await designer.dryRun();
    expect(second).not.toEqual(first);
    // Back by keyboard: Alt+↓ on the rule moves it down again, and the first distribution returns.
    await page.locator('[data-routing-rule="Everyone else → SDR round robin"] input[name="ruleName"]').focus();
    await page.keyboard.press('Alt+ArrowDown');
    await page.waitForFunction((old) => {
      const rows = [...document.querySelectorAll('[data-testid="dry-run-table"] tbody tr')];
      return rows.length > 0 && rows.every((tr) => old[tr.querySelector('th')!.textContent!] === tr.querySelector('td')!.textContent);
    }, first);
    // Drag with the mouse: the catch-all's handle onto the first rule puts it first again.
    const handle = (await page.getByRole('button', { name: /^Reorder Everyone else/ }).boundingBox())!;
    const onto = (await page.getByRole('button', { name: /^Reorder Enterprise/ }).boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + handle.width / 2, handle.y - 20, { steps: 4 });
    await page.mouse.move(onto.x + onto.width / 2, onto.y, { steps: 12 });
    await page.mouse.up();
    await page.waitForFunction(() => document.querySelector('[data-routing-rule]')?.getAttribute('data-routing-rule') === 'Everyone else → SDR round robin');
    // The drop is over when dnd-kit says so (its live region): clicking Save during the drop animation could be taken by the drag.
    await page.getByText('Everyone else → SDR round robin dropped at position 1.').waitFor({ state: 'attached' });
    // Save the reordered rules (catch-all first) and see them kept after a reload.
    await page.getByRole('button', { name: 'Save routing rules' }).click();
    // The save waits for the scoring save's re-evaluation still writing in the background (one write at a time): give it time,
    // and if it is refused, fail with the refusal's words rather than a timeout.
    const outcome = page
      .getByText('Routing saved: 2 rules.')
      .or(page.getByText(/^Not saved:/))
      .or(page.locator('.toast', { hasText: 'Something went wrong' }));
    await outcome.first().waitFor({ timeout: 60_000 });
    expect(await outcome.first().textContent()).toBe('Routing saved: 2 rules.');
    await page.reload();
    await page.getByTestId('routing-findings').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-routing-rule]').evaluateAll((els) => els.map((e) => e.getAttribute('data-routing-rule')))).toEqual([
      'Everyone else → SDR round robin',
      'Enterprise → senior SDR',
    ]);
    await page.getByTestId('dry-run-table').waitFor({ timeout: 30_000 });
    await app.screenshot('designer-routing-shadowed-en');

    await page.getByRole('button', { name: 'Toggle light / dark theme' }).click();
    await app.screenshot('designer-routing-en-dark');
    await designer.open('scoring');
    await app.screenshot('designer-scoring-en-dark');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('Korean: the bench shows 76 and 19 with Korean rules, and routing speaks Korean', async () => {
    const { app } = await openDemo(browser(), inject('baseUrl'), 'ko-KR');
    const page = app.page;
    const designer = new ScoringRoutingModel(page);
    await designer.open('scoring');
    await designer.benchShows('lead-a', '76');
    await designer.benchShows('lead-b', '19');
    await page.getByRole('heading', { name: '테스트 벤치' }).waitFor();
    await page.getByTestId('bench-ledger').getByText('콘텐츠 다운로드').waitFor();
    await app.screenshot('designer-scoring-ko');
    await designer.open('routing');
    await page.getByRole('heading', { name: '배정 규칙' }).waitFor();
    await page.getByTestId('dry-run-table').waitFor({ timeout: 30_000 });
    await app.screenshot('designer-routing-ko');
    await page.getByRole('button', { name: '라이트/다크 테마 전환' }).click();
    await app.screenshot('designer-routing-ko-dark');
    await designer.open('scoring');
    await app.screenshot('designer-scoring-ko-dark');
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
