import type { Resources } from './en';

/** Korean strings of issue 11's second walk (`demo11.*` in ko.ts), type-checked against the English keys. */
export const demo11Ko: Resources['demo11'] = {
  bottleneckTooFew: '이 기간에 {{min}}명 이상이 들어온 단계가 없어 병목을 짚기에는 표본이 너무 적습니다.',
  weakAuc:
    '제안하는 기준 점수가 없습니다. 점수가 성사와 비성사를 거의 구분하지 못합니다(성사 AUC {{auc}}, {{min}} 미만, 0.5는 동전 던지기). 기준 점수를 옮기면 성사와 비성사를 무작위로 맞바꾸게 되니 먼저 스코어링 모델을 바꾸세요.',
  bandCount: '({{count}})',
  bandNone: '핸드오프 없음',
  bandsCountHint: '구간 아래 괄호 안 숫자: 그 구간의 핸드오프 리드 수.',
  bandTooltip_one: '{{band}}: 핸드오프 리드 {{formattedCount}}명',
  bandTooltip_other: '{{band}}: 핸드오프 리드 {{formattedCount}}명',
  bandTooltipNone: '{{band}}: 핸드오프 없음',
  sameThreshold: '현재 적용 중인 기준 점수입니다. 적용할 변경이 없습니다.',
  nothingChanges: '{{threshold}}에서는 기준 점수에 새로 도달하거나 아래로 내려가는 현재 리드가 없습니다. 적용할 변경이 없습니다.',
};
