import { describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './page-models/axe';
import { useBrowser } from './page-models/use-browser';
import { openDemo } from './page-models/demo';
import { downloadedText } from './page-models/download';
import { DesignerPageModel } from './page-models/designer-page';

const browser = useBrowser();

describe('the designer', () => {
  it('shows the demo lifecycle as a flow, puts an unreachable stage on the diagram, refuses to save it, saves the fix and keeps it after a reload', async () => {
    const { app } = await openDemo(browser(), inject('baseUrl'));
    const page = app.page;
    const designer = new DesignerPageModel(page);
    await app.runCommand('designer', 'Designer: edit the lifecycle');
    await designer.diagram().waitFor();
    expect(
      await designer
        .diagram()
        .locator('[data-stage]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-stage'))),
    ).toEqual(['prospect', 'subscriber', 'lead', 'mql', 'sql', 'opportunity', 'customer', 'recycled', 'disqualified']);
    // Recycle loops are drawn: Recycled leads back into the funnel.
    await designer.edge('recycled', 'mql').waitFor({ state: 'attached' });
    await designer.problems().getByText('No problems: the design can be saved.').waitFor();
    await app.screenshot('designer-lifecycle-en');

    // Keyboard: the diagram is one tab stop; arrows move between stages, Enter opens one.
    await designer.stage('prospect').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await designer.editor().getByRole('heading', { name: 'Stage: Lead' }).waitFor();
    await page.waitForFunction(() => location.hash.includes('stage=lead'));
    await page.keyboard.press('Escape');

    // Subscriber is reached from Prospect and from Recycled: take both away and it is unreachable.
    await designer.openStage('prospect', 'Stage: Prospect');
    await designer.allowNext('Subscriber', false);
    await designer.openStage('recycled', 'Stage: Recycled');
    await designer.allowNext('Subscriber', false);
    await designer.stageProblem('subscriber').getByText('Unreachable').waitFor();
    expect(await designer.stage('subscriber').getAttribute('class')).toContain('has-problem');
    await designer.problems().getByText('Subscriber is unreachable: no allowed transition leads into it from Prospect.').waitFor();
    await page.getByTestId('designer-status').getByText('Cannot save: 1 problem must be fixed first (listed below).').waitFor();
    expect(await page.getByRole('button', { name: 'Save lifecycle' }).isDisabled()).toBe(true);
    await app.screenshot('designer-unreachable-en');
    // The diagram with a problem on it, the problem list and the open stage's editor: nothing serious for axe.
    expect(await seriousViolations(page)).toEqual([]);

    // The fix: Prospect leads to Subscriber again (Recycled stays without it); MQL gets a name and an SLA of 8 h.
    await designer
      .problems()
      .getByRole('button', { name: /Subscriber is unreachable/ })
      .click();
    await designer.editor().getByRole('heading', { name: 'Stage: Subscriber' }).waitFor();
    await designer.openStage('prospect', 'Stage: Prospect');
    await designer.allowNext('Subscriber', true);
    await designer.stageProblem('subscriber').waitFor({ state: 'detached' });
    await designer.openStage('mql', 'Stage: MQL');
    await designer.editor().getByLabel('Name').fill('Marketing-qualified lead');
    await designer.editor().getByLabel('SLA (working hours)').fill('8');
    await designer.stage('mql').getByText('8 h SLA').waitFor();
    await app.screenshot('designer-stage-editor-en');
    await page.getByRole('button', { name: 'Save lifecycle' }).click();
    await page.locator('.toast', { hasText: /Lifecycle saved/ }).waitFor({ timeout: 60_000 });
    await page.getByTestId('designer-status').getByText('All changes saved').waitFor();

    await page.reload();
    await designer.diagram().waitFor({ timeout: 30_000 });
    await designer.stage('mql').getByText('Marketing-qualified lead').waitFor();
    await designer.stage('mql').getByText('8 h SLA').waitFor();
    await designer.edge('prospect', 'subscriber').waitFor({ state: 'attached' });
    expect(await designer.edge('recycled', 'subscriber').count()).toBe(0);

    // Criteria that cannot hold at once: Lead's entry asks for two different industries.
    await designer.openStage('lead', 'Stage: Lead');
    const entry = designer.editor().getByRole('group', { name: 'Entry criteria' });
    for (const value of ['Software', 'Retail']) {
      await entry.getByLabel('Entry criteria: Add criterion…').selectOption({ label: 'A field condition' });
      const row = entry.locator('.criterion-row').last();
      await row.getByLabel('Field', { exact: true }).fill('company.industry');
      await row.getByLabel('Condition', { exact: true }).selectOption({ label: 'equals' });
      await row.getByLabel('Value', { exact: true }).fill(value);
    }
    await designer.stageProblem('lead').getByText('Contradictory criteria').waitFor();
    await designer
      .problems()
      .getByText(/^Lead: its entry criteria on .+ contradict each other/)
      .waitFor();
    await app.screenshot('designer-contradiction-en');
    await page.getByRole('button', { name: 'Discard changes' }).click();
    await designer.stageProblem('lead').waitFor({ state: 'detached' });

    // A stage that still holds contacts cannot be removed: the design itself is fine, the save is refused in words.
    await designer.openStage('subscriber', 'Stage: Subscriber');
    await designer.editor().getByRole('button', { name: 'Remove stage' }).click();
    await page.getByRole('dialog', { name: 'Remove Subscriber?' }).getByRole('button', { name: 'Remove stage' }).click();
    expect(await designer.stage('subscriber').count()).toBe(0);
    await page.getByRole('button', { name: 'Save lifecycle' }).click();
    await page
      .getByRole('alert')
      .getByText(/^Not saved: Subscriber still holds [\d,]+ contacts\. Move them to another stage first\.$/)
      .waitFor();
    await page.getByRole('button', { name: 'Discard changes' }).click();
    await designer.stage('subscriber').waitFor();

    // The table: the same design, exported as CSV and printed without the app around it.
    await page.getByRole('tab', { name: 'Table' }).click();
    await page.waitForFunction(() => location.hash.includes('tab=table'));
    const table = page.getByTestId('lifecycle-table');
    await table.locator('tr[data-stage="mql"]', { hasText: 'Marketing-qualified lead' }).getByText('8 working hours').waitFor();
    await table.locator('tr[data-stage="opportunity"]').getByText('A deal has an amount').waitFor();
    const csv = await downloadedText(page, /Save Lifecycle as a table.* as CSV/);
    expect(csv.split('\n')[0]).toContain('Stage,Definition,Entry criteria,Exit criteria,Owner,SLA,Metric,Target');
    expect(csv).toContain('Marketing-qualified lead');
    await app.screenshot('designer-table-en');
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.sidebar').isVisible()).toBe(false);
    expect(await page.getByRole('tab', { name: 'Table' }).isVisible()).toBe(false);
    expect(await table.isVisible()).toBe(true);
    await app.screenshot('designer-table-print-en');
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('button', { name: 'Toggle light / dark theme' }).click();
    await page.getByRole('tab', { name: 'Lifecycle' }).click();
    await designer.openStage('mql', 'Stage: Marketing-qualified lead');
    await app.screenshot('designer-lifecycle-en-dark');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('speaks Korean: stages, problems on the diagram and the table (light and dark)', async () => {
    const { app } = await openDemo(browser(), inject('baseUrl'), 'ko-KR');
    const page = app.page;
    const designer = new DesignerPageModel(page);
    await app.navigate('디자이너');
    await app.heading('퍼널 디자이너').waitFor();
    await designer.stage('opportunity').getByText('영업 기회').waitFor();
    await designer.stage('recycled').getByText('재활용').waitFor();
    await designer.problems().getByText('문제 없음: 디자인을 저장할 수 있습니다.').waitFor();
    await app.screenshot('designer-lifecycle-ko');
    // A funnel stage without an owner is a problem, said in Korean beside the stage and in the list.
    await designer.openStage('lead', '단계: 리드');
    await designer.editor().getByLabel('담당 역할').selectOption({ label: '담당 없음' });
    await designer.stageProblem('lead').getByText('담당 없음').waitFor();
    await designer.problems().getByText('리드에 담당 역할이 없습니다.').waitFor();
    await page.getByTestId('designer-status').getByText('저장할 수 없습니다: 먼저 문제 1개를 고쳐야 합니다 (아래 목록).').waitFor();
    await app.screenshot('designer-problem-ko');
    await page.getByRole('button', { name: '라이트/다크 테마 전환' }).click();
    await app.screenshot('designer-problem-ko-dark');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: '표' }).click();
    const table = page.getByTestId('lifecycle-table');
    await table.getByRole('columnheader', { name: '진입 기준' }).waitFor();
    await table.locator('tr[data-stage="subscriber"]').getByText('수신 동의 기록됨').waitFor();
    await page.getByText('저장하지 않은 변경을 보여 주고 있습니다.').waitFor();
    await app.screenshot('designer-table-ko-dark');
    await page.getByRole('button', { name: '라이트/다크 테마 전환' }).click();
    await app.screenshot('designer-table-ko');
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
