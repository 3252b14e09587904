import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './page-models/axe';
import { openDemo } from './page-models/demo';
import { useBrowser } from './page-models/use-browser';

const browser = useBrowser();

/** Acts as the workspace's admin (the demo's marketer): only admins add and deactivate members. */
async function actAsAdmin(page: Page, who: RegExp) {
  const select = page.getByRole('combobox', { name: /You are|사용자/ });
  const value = await select.locator('option', { hasText: who }).getAttribute('value');
  await select.selectOption(value!);
}

describe('team', () => {
  it('adds a member, refuses a calendar whose day ends before it starts, then saves it; deactivating a seller hands their leads over', async () => {
    const { app, leads } = await openDemo(browser(), inject('baseUrl'));
    const { page } = app;
    await actAsAdmin(page, /Maya Brooks/);
    await app.runCommand('Team', /^Team$/);
    await app.heading('Team').waitFor();
    await page.locator('[data-member-id]').first().waitFor();
    expect(await page.locator('[data-member-id]').count()).toBe(8);
    await app.screenshot('team-en');
    expect(await seriousViolations(page)).toEqual([]);

    // Add a member with an own calendar; a bad value first.
    await page.getByRole('button', { name: 'Add member' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a team member' });
    await dialog.getByLabel('Name', { exact: true }).fill('Dana Park');
    await dialog.getByLabel('E-mail').fill('dana@baton.example');
    await dialog.getByLabel('Role').selectOption({ label: 'AE' });
    await dialog.getByLabel('Capacity').fill('80');
    await dialog.getByLabel('Own working calendar').check();
    await dialog.getByLabel('Time zone').selectOption('Asia/Seoul');
    await dialog.getByLabel('Day starts').selectOption({ label: '18:00' });
    await dialog.getByLabel('Day ends').selectOption({ label: '09:00' });
    await dialog.getByRole('button', { name: 'Sat', exact: true }).click();
    await dialog.getByLabel('New holiday').fill('2026-12-25');
    await dialog.getByRole('button', { name: 'Add holiday' }).click();
    await dialog.getByRole('button', { name: 'Add member' }).click();
    const endError = dialog.getByText('the working day must end after it starts');
    await endError.waitFor();
    // The error sits with its field: the "Day ends" select is described by it.
    await expect(dialog.getByLabel('Day ends').getAttribute('aria-invalid')).resolves.toBe('true');
    await app.screenshot('team-calendar-error-en');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByLabel('Day starts').selectOption({ label: '10:00' });
    await dialog.getByLabel('Day ends').selectOption({ label: '19:00' });
    await dialog.getByRole('button', { name: 'Add member' }).click();
    await dialog.waitFor({ state: 'detached' });
    const dana = page.locator('[data-member-id]', { hasText: 'Dana Park' });
    await dana.waitFor();
    await expect(dana.textContent()).resolves.toContain('Own (Asia/Seoul)');

    // Edit: the calendar was kept as saved (Saturday on, the holiday listed).
    await page.getByRole('button', { name: 'Edit Dana Park' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Dana Park' });
    await expect(edit.getByRole('button', { name: 'Sat', exact: true }).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(edit.getByLabel('Day ends').inputValue()).resolves.toBe('19');
    await edit.getByRole('button', { name: 'Cancel' }).click();

    // Deactivate an SDR: the preview says who takes what, then one write with Undo offered.
    await page.getByRole('button', { name: 'Deactivate Sam Carter' }).click();
    const preview = page.locator('[data-testid="reassignment-preview"]');
    await preview.waitFor();
    const firstLead = preview.locator('[data-reassign-row]').first();
    const leadName = (await firstLead.locator('span').first().textContent())!;
    await expect(firstLead.textContent()).resolves.toContain('→ Riley Chen');
    await expect(preview.textContent()).resolves.toMatch(/Open leads\d+/);
    await app.screenshot('team-deactivate-preview-en');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Deactivate and reassign' }).click();
    await page.getByText(/Sam Carter deactivated: \d+ leads/).waitFor();
    await expect(page.getByRole('button', { name: 'Undo' }).isVisible()).resolves.toBe(true);
    await page.locator('[data-member-id]', { hasText: 'Sam Carter' }).filter({ hasText: 'Inactive' }).waitFor();
    await app.screenshot('team-after-deactivate-en');

    // The leads list shows the new owner.
    await app.navigate('Leads');
    await leads.search(leadName);
    const row = leads.rows().filter({ hasText: leadName }).first();
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Riley');
    await expect(row.textContent()).resolves.not.toContain('Sam Carter');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('in Korean and dark: the team list and the reassignment preview', async () => {
    const { app } = await openDemo(browser(), inject('baseUrl'), 'ko-KR');
    const { page } = app;
    await actAsAdmin(page, /윤소희/);
    await app.runCommand('팀', /^팀$/);
    await app.heading('팀').waitFor();
    await page.locator('[data-member-id]').first().waitFor();
    await app.screenshot('team-ko');
    await app.runCommand('테마', /테마|dark/i);
    await app.screenshot('team-ko-dark');
    // By keyboard: Enter opens the preview, Escape closes it and the focus goes back to the button.
    const deactivate = page.getByRole('button', { name: '박지성 비활성화' });
    await deactivate.focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="reassignment-preview"]').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => deactivate.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="reassignment-preview"]').waitFor();
    await expect(page.getByRole('dialog').textContent()).resolves.toContain('→ 이하늘');
    await app.screenshot('team-deactivate-preview-ko-dark');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '취소' }).click();
    await page.getByRole('button', { name: '이하늘 편집' }).click();
    const edit = page.getByRole('dialog', { name: '이하늘 편집' });
    await edit.getByLabel('개인 근무 일정 사용').check();
    await edit.getByLabel('근무 시작').selectOption({ label: '18:00' });
    await edit.getByLabel('근무 종료').selectOption({ label: '09:00' });
    await edit.getByRole('button', { name: '저장' }).click();
    await edit.getByText('근무 종료 시각은 시작 시각보다 늦어야 합니다').waitFor();
    await app.screenshot('team-calendar-error-ko-dark');
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
