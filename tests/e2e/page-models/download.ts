import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Clicks the button named and returns the file it downloads, read as UTF-8 text (a CSV keeps its BOM). */
export async function downloadedText(page: Page, button: string | RegExp): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFileSync((await file.path())!, 'utf8');
}
