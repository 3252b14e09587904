import type { Locator, Page } from 'playwright-core';

/** The pipeline board as a user handles it: by mouse and by keyboard. */
export class BoardPageModel {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.evaluate(() => (location.hash = '#/pipeline'));
    await this.page.locator('.deal-card').first().waitFor({ timeout: 30_000 });
  }

  column(stageId: string): Locator {
    return this.page.locator(`[data-stage-id="${stageId}"]`);
  }

  /** The column header's deal count, as a number. */
  async count(stageId: string): Promise<number> {
    const text = (await this.page.getByTestId(`totals-${stageId}`).locator('.board-count').textContent()) ?? '';
    return Number(text.replace(/\D/g, ''));
  }

  /** Waits until the column header's count passes `test` (the live query and the overlay settle on their own time). */
  async waitForCount(stageId: string, test: 'below' | 'equal', n: number): Promise<void> {
    await this.page.waitForFunction(
      ([id, how, value]) => {
        const count = Number(document.querySelector(`[data-testid="totals-${id}"] .board-count`)?.textContent?.replace(/\D/g, ''));
        return how === 'below' ? count < value : count === value;
      },
      [stageId, test, n] as const,
    );
  }

  card(title: string): Locator {
    return this.page.locator('.deal-card', { hasText: title }).first();
  }

  /** Which stage a deal's card sits in now. */
  async stageOf(title: string): Promise<string | null> {
    return this.card(title).evaluate((el) => el.closest('[data-stage-id]')?.getAttribute('data-stage-id') ?? null);
  }

  /**
   * Space picks the card up, each arrow moves it one stage, Space drops it. Each key waits for the
   * board's spoken answer (dnd-kit's live region) before the next, so a slow machine drops no key.
   */
  async moveByKeyboard(card: Locator, arrow: 'ArrowLeft' | 'ArrowRight', times = 1): Promise<void> {
    const said = () => this.page.evaluate(() => [...document.querySelectorAll('[id^="DndLiveRegion"]')].map((el) => el.textContent ?? '').join('|'));
    const answered = async (before: string) => {
      await this.page.waitForFunction(
        (b) => [...document.querySelectorAll('[id^="DndLiveRegion"]')].map((el) => el.textContent ?? '').join('|') !== b,
        before,
        { timeout: 10_000 },
      );
    };
    await card.focus();
    let before = await said();
    await this.page.keyboard.press('Space');
    await answered(before);
    for (let i = 0; i < times; i++) {
      // The keyboard sensor listens from the frame after the pick-up.
      await this.page.waitForTimeout(60);
      before = await said();
      await this.page.keyboard.press(arrow);
      await answered(before);
    }
    await this.page.keyboard.press('Space');
  }

  /** A mouse drag in small steps, as a hand moves (dnd-kit starts after 5 px). */
  async drag(card: Locator, stageId: string): Promise<void> {
    const from = (await card.boundingBox())!;
    const to = (await this.column(stageId).boundingBox())!;
    await this.page.mouse.move(from.x + from.width / 2, from.y + 20);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + from.width / 2 + 10, from.y + 24, { steps: 3 });
    await this.page.mouse.move(to.x + to.width / 2, to.y + Math.min(120, to.height / 2), { steps: 12 });
    await this.page.waitForTimeout(100);
    await this.page.mouse.up();
  }
}
