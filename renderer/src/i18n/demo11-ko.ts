import type { Resources } from './en';

/** Korean strings of issue 11's second walk (`demo11.*` in ko.ts), type-checked against the English keys. */
export const demo11Ko: Resources['demo11'] = {
  bottleneckTooFew: '이 기간에 {{min}}명 이상이 들어온 단계가 없어 병목을 짚기에는 표본이 너무 적습니다.',
};
