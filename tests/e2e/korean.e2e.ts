import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './page-models/use-browser';
import { openDemo } from './page-models/demo';
import { BatonApp } from './page-models/baton-app';

const browser = useBrowser();

describe('confirmations, toasts and empty states speak Korean', () => {
  it('a bulk recycle asks in Korean, the toast names the action, Undo answers in Korean (dark theme)', async () => {
    const { app, leads } = await openDemo(browser(), inject('baseUrl'), 'ko-KR');
    const page = app.page;
    await page.getByRole('button', { name: '라이트/다크 테마 전환' }).click();
    await leads.filterStage('리드');
    for (let i = 0; i < 2; i++) await leads.rows().nth(i).getByRole('checkbox').check();
    await page.getByRole('button', { name: '재활용…' }).click();
    await page.getByRole('menuitem', { name: '시기 부적절' }).waitFor();
    await app.screenshot('bulk-recycle-menu-ko-dark');
    await page.getByRole('menuitem', { name: '시기 부적절' }).click();
    const dialog = page.getByRole('dialog', { name: '연락처 2명을 재활용할까요?' });
    await dialog.waitFor();
    await dialog.getByText('사유 “시기 부적절”(으)로').waitFor();
    await app.screenshot('confirm-bulk-recycle-ko-dark');
    await dialog.getByRole('button', { name: '재활용' }).click();
    const toast = page.locator('.toast', { hasText: '재활용 (시기 부적절): 2명 변경' });
    await toast.waitFor();
    await app.screenshot('undo-toast-ko-dark');
    await toast.getByRole('button', { name: '실행 취소' }).click();
    await page.locator('.toast', { hasText: '되돌렸습니다.' }).waitFor();
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('an empty Korean workspace: the list and each work queue say why they are empty', async () => {
    const app = await BatonApp.open(browser(), inject('baseUrl'), 'ko-KR');
    const page = app.page;
    await page.getByLabel('워크스페이스 이름').fill('우리 팀');
    await page.getByRole('button', { name: '워크스페이스 만들기' }).click();
    await page.getByText('아직 연락처가 없습니다').waitFor();
    await app.screenshot('empty-workspace-ko');
    // Quick add one contact, then a work queue with nothing in it explains itself.
    await page.getByRole('button', { name: '연락처 추가' }).click();
    const dialog = page.getByRole('dialog', { name: '연락처 추가' });
    // Korean names are written family name first: the form asks in that order.
    expect(await dialog.locator('label').allTextContents()).toEqual(['성', '이름', '이메일', '회사', '직함']);
    await dialog.getByLabel('성', { exact: true }).fill('김');
    await dialog.getByLabel('이름', { exact: true }).fill('민준');
    await dialog.getByRole('button', { name: '연락처 추가' }).click();
    await page.locator('#record-title', { hasText: '김민준' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: /SLA 위반/ }).click();
    await page.getByText('SLA 위반이 없습니다').waitFor();
    await app.screenshot('empty-queue-ko');
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
