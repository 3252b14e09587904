import type { Page } from 'playwright-core';

/** The CSV import wizard as a user drives it: choose a file, step through, import. */
export class ImportPageModel {
  constructor(readonly page: Page) {}

  /** From an empty workspace's leads list, its Import button. */
  async openFromEmptyLeads(label = 'Import'): Promise<void> {
    await this.page.locator('.empty-state').getByRole('button', { name: label }).click();
    await this.page.getByRole('heading', { name: /Import from CSV|CSV 가져오기/ }).waitFor();
  }

  async choose(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByTestId('import-file-input').setInputFiles(file);
    await this.page.getByTestId('import-file-summary').waitFor();
  }

  async next(label: string | RegExp = /^(Next|다음)$/): Promise<void> {
    const button = this.page.getByRole('button', { name: label });
    await button.and(this.page.locator(':enabled')).waitFor();
    await button.click();
  }

  /** Chooses the Baton stage a foreign stage value becomes. */
  async mapStage(value: string, stage: string): Promise<void> {
    await this.page.getByRole('combobox', { name: new RegExp(`“${value}”`) }).selectOption({ label: stage });
  }

  /** Runs the import from the check step and waits for its summary. */
  async start(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Import [\d,]+ rows?|[\d,]+행 가져오기)$/ }).click();
    await this.page.getByTestId('import-summary').waitFor({ timeout: 120_000 });
  }

  /** A kind's row of the summary: created, updated, skipped. */
  async summaryCounts(kind: string): Promise<number[]> {
    const cells = await this.page.locator(`[data-testid="import-summary"] tr[data-kind="${kind}"] td`).allTextContents();
    return cells.map((c) => Number(c.replace(/[^\d]/g, '')));
  }
}
