import type { Resources } from './en';

/** Korean strings of the funnel and reports walk fixes (`walk11.*` in ko.ts), type-checked against the English keys. */
export const walk11Ko: Resources['walk11'] = {
  fraction: '{{column}} (0–1)',
  unknown: {
    owner: '알 수 없는 담당자 ({{value}})',
    role: '알 수 없는 역할 ({{value}})',
    source: '알 수 없는 유입 경로 ({{value}})',
    persona: '알 수 없는 페르소나 ({{value}})',
    pipeline: '알 수 없는 파이프라인 ({{value}})',
    tag: '알 수 없는 태그 ({{value}})',
    stage: '알 수 없는 단계 ({{value}})',
  },
  printFilters: '필터: {{filters}}',
  printNoFilters: '필터: 없음 (모든 연락처)',
  printFilter: '{{name}}: {{value}}',
  printView: { activity: '활동 보기', cohort: '코호트 보기' },
  printNoCompare: '비교 안 함',
  emptyFilteredTitle: '이 필터에 맞는 연락처가 없습니다',
  emptyFilteredBody: '위에서 고른 필터로는 이 기간에 어느 단계에도 들어온 연락처가 없습니다. 필터를 바꾸거나 “모든 …”으로 되돌리세요.',
};
