import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ko } from './ko';

describe('the design-change count', () => {
  it('says "1 design change" and "2 design changes" in English, 건 in Korean, inside the apply summary', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'en', resources: { en: { translation: en }, ko: { translation: ko } }, interpolation: { escapeValue: false } });
    const summary = (count: number) =>
      i18n.t('designs.apply.done', { name: 'The Model', changes: i18n.t('designs.apply.changes', { count }), total: 3, handedOff: 1 });
    expect(summary(1)).toBe('Applied The Model: 1 design change. 3 leads re-evaluated, 1 handed off.');
    expect(summary(2)).toBe('Applied The Model: 2 design changes. 3 leads re-evaluated, 1 handed off.');
    await i18n.changeLanguage('ko');
    expect(summary(1)).toBe('The Model 적용 완료: 설계 변경 1건. 리드 3명 재평가, 1명 핸드오프.');
  });
});
