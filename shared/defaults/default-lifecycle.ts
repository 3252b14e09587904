import { funnelStageIds, type LifecycleStageId, type Role } from '../model/identifiers';
import type { LifecycleDefinition, LifecycleStage, StageCriterion } from '../model/lifecycle';
import { stampNew, type Timestamp } from '../model/record';

/** Intent = the contact asked to talk (DOMAIN.md §1, MQL entry). */
const showedIntent: StageCriterion = { kind: 'activity_present', activityTypes: ['form_submitted', 'meeting_booked'] };
/** "Fits the ICP" is the active ICP's own threshold, so "in ICP" and "meets the ICP criterion" agree. */
const icpFit: StageCriterion = { kind: 'icp_fit_at_least', min: null };

type StageSpec = {
  owner: Role | null;
  entry: StageCriterion[];
  slaHours: number | null;
  definition: string;
};

export type LifecycleLocale = 'ko' | 'en';

/** Stage definitions are stored text the team edits and reads in its own language (DOMAIN.md §1, the Korean source). */
const koreanDefinitions: Record<LifecycleStageId, string> = {
  prospect: '웹사이트 방문자, 또는 이메일·링크드인 프로필이 데이터베이스에 있는 사람.',
  subscriber: '수신 동의가 기록됨 (신청 양식, 뉴스레터, 행사).',
  lead: 'ICP에 맞고 페르소나가 지정됨.',
  mql: '점수가 인계 임계값 이상, ICP 적합, 수신 동의, 상담을 요청함.',
  sql: 'SDR이 관심을 확인했고 AE와의 미팅이 잡힘.',
  opportunity: 'AE가 추진할 가치가 있다고 판단; 금액과 예상 계약일이 정해짐.',
  customer: '발주서 또는 계약서 서명: 딜 성사.',
  recycled: '사유와 함께 마케팅 육성으로 돌아감; 나중에 다시 자격을 얻을 수 있음.',
  disqualified: '대상 아님 (경쟁사, 학생, 다른 국가…); 육성하지 않음.',
};

const specs: Record<LifecycleStageId, StageSpec> = {
  prospect: { owner: 'marketing', entry: [], slaHours: null, definition: 'Known visitor, or an email / LinkedIn profile in the database.' },
  subscriber: { owner: 'marketing', entry: [{ kind: 'consent_present' }], slaHours: null, definition: 'Consent recorded (opt-in form, newsletter, event).' },
  lead: { owner: 'marketing', entry: [icpFit, { kind: 'persona_assigned' }], slaHours: null, definition: 'Fits the ICP and has a persona assigned.' },
  mql: {
    owner: 'sdr',
    entry: [{ kind: 'hand_off_ready' }, icpFit, { kind: 'consent_present' }, showedIntent],
    slaHours: 24,
    definition: 'Score at or above the hand-off threshold, fits the ICP, consent, asked to talk.',
  },
  sql: {
    owner: 'ae',
    entry: [{ kind: 'activity_present', activityTypes: ['meeting_booked'] }],
    slaHours: 72,
    definition: 'SDR confirmed interest; a meeting with an AE is booked.',
  },
  opportunity: {
    owner: 'ae',
    entry: [{ kind: 'deal_amount_present' }, { kind: 'deal_close_date_present' }],
    slaHours: null,
    definition: 'AE judged it worth pursuing; amount and expected close date are set.',
  },
  customer: { owner: 'csm', entry: [{ kind: 'deal_won' }], slaHours: 120, definition: 'Signed PO or contract: the deal is won.' },
  recycled: { owner: 'marketing', entry: [], slaHours: null, definition: 'Back to marketing nurture, with a reason; can re-qualify later.' },
  disqualified: { owner: null, entry: [], slaHours: null, definition: 'Off-target (competitor, student, wrong country…); not nurtured.' },
};

function allowedNext(id: LifecycleStageId): LifecycleStageId[] {
  const funnelIndex = funnelStageIds.indexOf(id as (typeof funnelStageIds)[number]);
  if (id === 'recycled') return ['subscriber', 'lead', 'mql', 'disqualified'];
  if (id === 'disqualified') return ['prospect'];
  if (id === 'customer') return ['recycled'];
  // Any later funnel stage (its entry criteria decide), or out to a side state.
  return [...funnelStageIds.slice(funnelIndex + 1), 'recycled', 'disqualified'];
}

/** The SaaS lifecycle of DOMAIN.md §1 with its default criteria, owners and SLAs. */
export function defaultLifecycleStages(locale: LifecycleLocale = 'en'): LifecycleStage[] {
  return (Object.keys(specs) as LifecycleStageId[]).map((id) => {
    const spec = specs[id];
    return {
      id,
      name: null,
      kind: id === 'recycled' ? 'recycled' : id === 'disqualified' ? 'disqualified' : 'funnel',
      definition: locale === 'ko' ? koreanDefinitions[id] : spec.definition,
      entryCriteria: spec.entry,
      exitCriteria: [],
      ownerRole: spec.owner,
      slaHours: spec.slaHours,
      allowedNext: allowedNext(id),
      content: [],
    };
  });
}

/** Who decides hand-offs, who may override besides admins and the target stage's owners, and where unrouted leads go. */
export const defaultLifecyclePolicies = (): Pick<LifecycleDefinition, 'handOffRoles' | 'overrideRoles' | 'handOffFallback' | 'volumeSlas'> => ({
  handOffRoles: ['sdr', 'ae', 'ebr'],
  overrideRoles: [],
  handOffFallback: { kind: 'owner_pool' },
  // The volume promise needs a number only the team can give (DOMAIN.md §5): the designer sets it.
  volumeSlas: [],
});

export function createDefaultLifecycle(now: Timestamp, id?: string, locale: LifecycleLocale = 'en'): LifecycleDefinition {
  return stampNew(
    {
      name: locale === 'ko' ? 'SaaS 라이프사이클' : 'SaaS lifecycle',
      stages: defaultLifecycleStages(locale),
      handOffStageId: 'mql',
      acceptedStageId: 'sql',
      ...defaultLifecyclePolicies(),
    },
    now,
    id,
  );
}
