import type { Page } from 'playwright-core';

/** The Designer's Scoring and Routing tabs, as an admin uses them. */
export class ScoringRoutingModel {
  constructor(readonly page: Page) {}

  async open(tab: 'scoring' | 'routing'): Promise<void> {
    await this.page.evaluate((t) => (location.hash = `#/designer?tab=${t}`), tab);
    await (tab === 'scoring' ? this.benchScore('lead-a') : this.page.getByTestId('routing-findings')).waitFor({ timeout: 30_000 });
  }

  benchScore(sample: 'lead-a' | 'lead-b') {
    return this.page.getByTestId(`bench-score-${sample}`);
  }

  /** Waits until a sample's score on the bench reads `text`. */
  async benchShows(sample: 'lead-a' | 'lead-b', text: string): Promise<void> {
    await this.page.waitForFunction(
      ([id, want]) => document.querySelector(`[data-testid="bench-score-${id}"]`)?.textContent === want,
      [sample, text] as const,
      {
        timeout: 10_000,
      },
    );
  }

  rulePoints(ruleId: string) {
    return this.page.locator(`[data-rule-id="${ruleId}"] input[name="points"]`);
  }

  /** Leads per member in the dry run's table (member name → count). */
  async dryRun(): Promise<Record<string, string>> {
    return this.page
      .getByTestId('dry-run-table')
      .evaluate((table) =>
        Object.fromEntries([...table.querySelectorAll('tbody tr')].map((tr) => [tr.querySelector('th')!.textContent!, tr.querySelector('td')!.textContent!])),
      );
  }

  /** Sorts the leads list by engagement, highest first, and reads the top score. */
  async topEngagement(): Promise<number> {
    const header = this.page.locator('.leads-header [role="columnheader"]', { hasText: /Engagement|참여/ });
    for (let i = 0; i < 3 && (await header.getAttribute('aria-sort')) !== 'descending'; i++) await header.getByRole('button').click();
    const engagement = await this.leadEngagement();
    const first = await this.page.locator('[data-contact-id]').first().getAttribute('data-contact-id');
    return Number((engagement[first!] ?? '').replace(/,/g, ''));
  }

  /** The engagement cell of every leads row on screen (contact id → text). */
  async leadEngagement(): Promise<Record<string, string>> {
    return this.page.evaluate(() => {
      const headers = [...document.querySelectorAll('.leads-header [role="columnheader"]')];
      const at = headers.findIndex((h) => /Engagement|참여/.test(h.textContent ?? ''));
      return Object.fromEntries(
        [...document.querySelectorAll('[data-contact-id]')].map((row) => [
          row.getAttribute('data-contact-id')!,
          row.querySelectorAll('[role="gridcell"]')[at]?.textContent ?? '',
        ]),
      );
    });
  }
}
