import type { Page } from 'playwright-core';

/** The Designer's lifecycle flow and table, as a user reaches them. */
export class DesignerPageModel {
  constructor(readonly page: Page) {}

  async open(tab: 'lifecycle' | 'table' = 'lifecycle'): Promise<void> {
    await this.page.evaluate((t) => (location.hash = t === 'lifecycle' ? '#/designer' : `#/designer?tab=${t}`), tab);
    await (tab === 'lifecycle' ? this.diagram() : this.page.getByTestId('lifecycle-table')).waitFor({ timeout: 30_000 });
  }

  diagram() {
    return this.page.getByTestId('flow-diagram');
  }

  stage(id: string) {
    return this.diagram().locator(`[data-stage="${id}"]`);
  }

  edge(from: string, to: string) {
    return this.diagram().locator(`[data-edge="${from}>${to}"]`);
  }

  stageProblem(id: string) {
    return this.page.getByTestId(`stage-problem-${id}`);
  }

  editor() {
    return this.page.getByTestId('stage-editor');
  }

  problems() {
    return this.page.getByTestId('problem-list');
  }

  /** Opens a stage by clicking its box; the editor shows it. */
  async openStage(id: string, name: string | RegExp): Promise<void> {
    await this.stage(id).click();
    await this.editor().getByRole('heading', { name }).waitFor();
  }

  /** Ticks or unticks one allowed next stage of the open stage. */
  async allowNext(stageName: string, allowed: boolean): Promise<void> {
    const box = this.editor()
      .getByRole('group', { name: /Allowed next stages|허용된 다음 단계/ })
      .getByLabel(stageName, { exact: true });
    await (allowed ? box.check() : box.uncheck());
  }
}
