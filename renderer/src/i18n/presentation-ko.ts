import type { Resources } from './en';

/** Korean strings of presentation mode (`presentation.*` in ko.ts), type-checked against the English keys. */
export const presentationKo: Resources['presentation'] = {
  command: '발표',
  title: '발표',
  step: '{{total}}단계 중 {{n}}단계',
  steps: { design: '설계', funnel: '퍼널', simulator: '가정 시뮬레이션' },
  keys: '→ / PageDown 다음 · ← / PageUp 이전 · Esc 나가기',
  next: '다음',
  previous: '이전',
  leave: '발표 끝내기',
  designLead: '단계 {{stages}}개, 단계마다 담당과 약속(SLA).',
  owner: '담당',
  noOwner: '담당 없음',
  sla: 'SLA',
  slaHours: '근무 {{hours}}시간',
  noSla: 'SLA 없음',
  handOff: '핸드오프',
  funnelLead: '이번 분기, 모든 단계 변경 기준.',
  funnelEmpty: '아직 단계 변경이 없습니다. 시뮬레이터에서 이 설계의 데모 데이터를 생성하세요.',
  simulatorLead: '퍼널이 계획대로 돌면 앞으로 12개월.',
};
