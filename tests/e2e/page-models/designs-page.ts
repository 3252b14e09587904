import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { BatonApp } from './baton-app';

/** The Designs page and the new-workspace form's "Start from", as a user drives them. */
export class DesignsPage {
  constructor(readonly app: BatonApp) {}

  get page(): Page {
    return this.app.page;
  }

  /** Fills the new-workspace form (first run or the palette's dialog) with a name and a template, and creates it. */
  async createWorkspace(
    scope: ReturnType<Page['locator']> | Page,
    name: string,
    template: string,
    labels = { name: 'Workspace name', from: 'Start from', create: 'Create workspace' },
  ) {
    await scope.getByLabel(labels.name).fill(name);
    await scope.getByLabel(labels.from).selectOption({ label: template });
    await scope.getByRole('button', { name: labels.create }).click();
    await this.page.getByRole('navigation').getByText(name).waitFor();
  }

  async open(label: RegExp = /^(Designs|설계)$/) {
    await this.app.navigate(label);
    await this.page.getByTestId('live-design-summary').waitFor();
  }

  summary() {
    return this.page.getByTestId('live-design-summary').textContent();
  }

  async saveVersion(note: string, labels = { open: 'Save as version…', note: 'Change note', submit: 'Save version' }) {
    await this.page.getByRole('button', { name: labels.open }).click();
    await this.page.getByLabel(labels.note).fill(note);
    await this.page.getByRole('button', { name: labels.submit }).click();
    await this.page.locator('tr', { hasText: note }).waitFor();
  }

  /** Exports the live design; returns the saved file's path and parsed JSON. */
  async exportDesign(dir: string, label = 'Export design file'): Promise<{ path: string; json: { design: unknown; name: string; $baton: string } }> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: label }).click();
    const file = await download;
    const path = `${dir}/${Date.now()}-${file.suggestedFilename()}`;
    await file.saveAs(path);
    return { path, json: JSON.parse(readFileSync(path, 'utf8')) };
  }

  async importDesign(path: string, labels = { open: 'Import design file…', choose: 'Choose file…' }) {
    await this.page.getByRole('button', { name: labels.open }).click();
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('dialog').getByRole('button', { name: labels.choose }).click();
    await (await chooser).setFiles(path);
  }

  outcome() {
    return this.page.locator('.designs-outcome');
  }

  static writeFile(path: string, text: string) {
    writeFileSync(path, text);
  }
}
