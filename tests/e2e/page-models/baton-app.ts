import type { Browser, BrowserContext, Page } from 'playwright-core';
import { screenshotDir } from '../browser';

/**
 * The app as a user sees it. Each instance is a fresh browser context, so a fresh IndexedDB:
 * every test starts from a first run.
 */
export class BatonApp {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly errors: string[],
  ) {}

  /** `init` runs on the fresh context before the page loads (e.g. to install a fake desktop bridge). */
  static async open(
    browser: Browser,
    baseUrl: string,
    locale: 'en-US' | 'ko-KR' = 'en-US',
    init?: (context: BrowserContext) => Promise<void>,
  ): Promise<BatonApp> {
    const context = await browser.newContext({ locale, viewport: { width: 1360, height: 860 }, acceptDownloads: true });
    await init?.(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && errors.push(message.text()));
    // Name the missing resource rather than Chromium's anonymous console line.
    page.on('response', (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
    await page.goto(baseUrl);
    return new BatonApp(context, page, errors);
  }

  heading(name: string | RegExp) {
    return this.page.getByRole('heading', { name });
  }

  async loadDemo(buttonName: string | RegExp = 'Load demo'): Promise<void> {
    await this.page.getByRole('button', { name: buttonName }).click();
    await this.page.locator('[data-contact-id]').first().waitFor({ timeout: 60_000 });
  }

  async createEmptyWorkspace(name: string): Promise<void> {
    await this.page.getByLabel('Workspace name').fill(name);
    await this.page.getByRole('button', { name: 'Create workspace' }).click();
  }

  rows() {
    return this.page.locator('[data-contact-id]');
  }

  async runCommand(search: string, option: string | RegExp): Promise<void> {
    await this.page.keyboard.press('Control+K');
    await this.page.getByPlaceholder(/Type a command|명령이나 페이지/).fill(search);
    await this.page.getByRole('option', { name: option }).click();
  }

  async navigate(name: string | RegExp): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name }).click();
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `${screenshotDir}/${name}.png` });
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
