import type { Resources } from './en';

/** Korean strings of the sales charts and the figures that open their records (`numbers11.*` in ko.ts), type-checked against the English keys. */
export const numbers11Ko: Resources['numbers11'] = {
  noCloseDate: '마감일 없음',
  amount: '금액 ({{currency}})',
  weighted: '가중 금액 ({{currency}})',
  rate: '문의 → 리드 전환율',
  baseline: '기준 {{rate}}',
};
