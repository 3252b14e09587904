import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildTemplate, encodeDesignFile } from '../../shared/design';
import { BatonApp } from './page-models/baton-app';
import { seriousViolations } from './page-models/axe';
import { DesignsPage } from './page-models/designs-page';
import { useBrowser } from './page-models/use-browser';

const browser = useBrowser();
const dir = mkdtempSync(join(tmpdir(), 'baton-design-'));

describe('designs', () => {
  it('new workspace from The Model → versions and templates → export → import into a new workspace → the identical design; a malformed file is refused and changes nothing', async () => {
    const app = await BatonApp.open(browser(), inject('baseUrl'));
    const designs = new DesignsPage(app);
    await designs.createWorkspace(app.page, 'Client A', 'The Model');
    await designs.open();
    await expect(designs.summary()).resolves.toBe('The Model — 9 stages, 2 routing rules, 2 pipelines, 7 team seats');
    await app.page.getByText('The lifecycle and routing engines find no problems.').waitFor();
    for (const name of ['The Model', 'B2B SaaS lifecycle', 'Simple lead process'])
      await app.page.getByRole('button', { name: `New workspace from ${name}` }).waitFor();
    await app.page.getByText('No versions yet').waitFor();
    // Keyboard: Enter opens the form with the note focused, Escape closes it and gives the focus back.
    await app.page.getByRole('button', { name: 'Save as version…' }).focus();
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.type('draft');
    expect(await app.page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await app.page.keyboard.press('Escape');
    // The focus comes back on the next frame (useFocusReturn), not within the key press.
    await app.page.waitForFunction(() => document.activeElement?.textContent === 'Save as version…', undefined, { timeout: 5_000 });
    await designs.saveVersion('As delivered to the client');
    await app.page.getByRole('row', { name: /v1 As delivered to the client/ }).waitFor();
    await app.screenshot('designs-en');
    expect(await seriousViolations(app.page)).toEqual([]);

    const exported = await designs.exportDesign(dir);
    expect(exported.json).toMatchObject({ $baton: 'design', name: 'The Model' });

    // A fresh workspace with the default design: a malformed file first, then the real one.
    await app.runCommand('new', 'New empty workspace');
    await designs.createWorkspace(app.page.getByRole('dialog'), 'Client B', 'Default design (SaaS lifecycle, no team yet)');
    await designs.open();
    const before = await designs.summary();
    expect(before).toBe('SaaS lifecycle — 9 stages, 0 routing rules, 2 pipelines, 0 team seats');
    const broken = join(dir, 'broken.baton-design.json');
    const bad = structuredClone(exported.json) as { design: { lifecycle: { stages: { ownerRole: string }[] } } };
    bad.design.lifecycle.stages[3]!.ownerRole = 'boss';
    DesignsPage.writeFile(broken, JSON.stringify(bad));
    await designs.importDesign(broken);
    await designs.outcome().getByText('The file broken.baton-design.json was not imported — nothing was changed:').waitFor();
    await expect(designs.outcome().textContent()).resolves.toContain('$.design.lifecycle.stages[3].ownerRole');
    await app.screenshot('designs-refused-en');
    await expect(designs.summary()).resolves.toBe(before);

    await designs.importDesign(exported.path);
    await designs
      .outcome()
      .getByText(/^Imported the design “The Model”: \d+ design changes\. 0 leads re-evaluated, 0 handed off\.$/)
      .waitFor();
    await expect(designs.summary()).resolves.toBe('The Model — 9 stages, 2 routing rules, 2 pipelines, 7 team seats');
    // Identical: B's design exported again is A's, field for field (ids included).
    const again = await designs.exportDesign(dir);
    expect(again.json.design).toEqual(exported.json.design);
    await app.screenshot('designs-imported-en');
    expect(app.errors).toEqual([]);
    await app.close();
  }, 120_000);

  it('in Korean and dark: a version compared with the live design reads as a list of changes, and applying it goes back', async () => {
    const app = await BatonApp.open(browser(), inject('baseUrl'), 'ko-KR');
    const designs = new DesignsPage(app);
    const ko = { name: '워크스페이스 이름', from: '시작 설계', create: '워크스페이스 만들기' };
    await designs.createWorkspace(app.page, '고객사 C', '간단한 리드 프로세스', ko);
    await app.navigate('설정');
    await app.page.getByRole('radio', { name: '다크' }).click();
    await designs.open();
    await expect(designs.summary()).resolves.toBe('간단한 리드 프로세스 — 단계 7개, 라우팅 규칙 1개, 파이프라인 1개, 팀 자리 3개');
    await designs.saveVersion('첫 설계', { open: '버전으로 저장…', note: '변경 메모', submit: '버전 저장' });
    // The Model's design comes in from a file: the version and the live design now differ.
    const file = join(dir, '더 모델.baton-design.json');
    const bytes = encodeDesignFile({ design: buildTemplate('the_model', 'ko'), name: '더 모델', appVersion: '0.1.0', createdAt: Date.now() });
    DesignsPage.writeFile(file, new TextDecoder().decode(bytes));
    await designs.importDesign(file, { open: '설계 파일 가져오기…', choose: '파일 선택…' });
    await designs
      .outcome()
      .getByText(/^설계 “더 모델”을\(를\) 가져왔습니다/)
      .waitFor();
    const diff = app.page.getByRole('list', { name: '비교' });
    await diff.getByText('단계 잠재 고객').waitFor();
    await expect(diff.textContent()).resolves.toContain('담당: 필드 세일즈');
    await app.screenshot('designs-ko-dark-compare');
    expect(await seriousViolations(app.page)).toEqual([]);
    await app.page.getByRole('button', { name: 'v1 적용' }).click();
    // The dialog says what applying changes before anything is written.
    await app.page
      .getByRole('dialog')
      .getByText(/^차이 \d+건$/)
      .waitFor();
    await app.screenshot('designs-ko-dark-apply-confirm');
    await app.page.getByRole('dialog').getByRole('button', { name: '버전 적용' }).click();
    await designs
      .outcome()
      .getByText(/^v1 적용 완료: 설계 변경 \d+건\. 리드 0명 재평가, 0명 핸드오프\.$/)
      .waitFor();
    await expect(designs.summary()).resolves.toMatch(/^간단한 리드 프로세스 — 단계 7개, 라우팅 규칙 1개, 파이프라인 1개, 팀 자리 10개$/);
    // Back to v1 but for the people: a design never removes team members, so only the seats The Model added differ.
    await diff.locator('li[data-kind="member"]').first().waitFor();
    expect(await diff.locator('li[data-kind]:not([data-kind="member"])').count()).toBe(0);
    await app.screenshot('designs-ko-dark-applied');
    expect(app.errors).toEqual([]);
    await app.close();
  }, 120_000);
});
