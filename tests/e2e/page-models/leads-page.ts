import type { Page } from 'playwright-core';

/** The leads screen and the record page, as a seller uses them. */
export class LeadsPageModel {
  constructor(readonly page: Page) {}

  async openQueue(name: string | RegExp): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  rows() {
    return this.page.locator('[data-contact-id]');
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox').fill(text);
  }

  async filterStage(label: string): Promise<void> {
    await this.page.getByRole('combobox', { name: /Stage|단계/ }).selectOption({ label });
  }

  async openRow(index: number): Promise<string> {
    const row = this.rows().nth(index);
    const id = (await row.getAttribute('data-contact-id'))!;
    await row.click();
    await this.page.locator('#record-title').waitFor();
    return id;
  }

  async back(): Promise<void> {
    await this.page
      .getByRole('button', { name: /Back to list|목록으로/ })
      .first()
      .click();
  }

  stageBadge() {
    return this.page.locator('.record-header [data-stage]');
  }

  ledger() {
    return this.page.locator('table.ledger');
  }

  timeline() {
    return this.page.locator('.timeline-list');
  }

  async waitForIndex(): Promise<void> {
    await this.page.locator('[data-complete="true"]').waitFor({ timeout: 60_000 });
  }
}
