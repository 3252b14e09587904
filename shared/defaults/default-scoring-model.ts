import type { ActivityType } from '../model/identifiers';
import { stampNew, type Timestamp } from '../model/record';
import type { EngagementRule, FitRule, ScoringModel } from '../model/scoring-model';

const rule = (id: string, label: string, activityType: ActivityType, points: number, urlContains: string | null = null): EngagementRule => ({
  id,
  label,
  activityType,
  urlContains,
  minSeconds: null,
  formId: null,
  points,
  frequency: 'each',
  cap: null,
  halfLifeDays: null,
  activeFrom: null,
  activeTo: null,
});

/**
 * Default behaviour rules of DOMAIN.md §2. The worked examples must hold with these:
 * 3 downloads + 3 opens + 3 clicks + a trial = 76; one pricing visit + 2 opens = 19.
 */
export type ModelLocale = 'ko' | 'en';

/** Rule labels in the workspace's language: they are stored data, shown in every ledger. */
const labels: Record<ModelLocale, Record<string, string>> = {
  en: {
    form_submitted: 'Contact form submitted',
    email_opened: 'Email opened',
    email_clicked: 'Email link clicked',
    pricing_visited: 'Pricing page visited',
    blog_read: 'Blog post read',
    content_downloaded: 'Content downloaded',
    trial_started: 'Free trial started',
    unsubscribed: 'Unsubscribed',
    decision_maker: 'Decision-maker title',
    has_phone: 'Phone number known',
    student: 'Student or intern',
  },
  ko: {
    form_submitted: '문의 양식 제출',
    email_opened: '이메일 열람',
    email_clicked: '이메일 링크 클릭',
    pricing_visited: '가격 페이지 방문',
    blog_read: '블로그 글 읽음',
    content_downloaded: '콘텐츠 다운로드',
    trial_started: '무료 체험 시작',
    unsubscribed: '수신 거부',
    decision_maker: '의사결정자 직함',
    has_phone: '전화번호 있음',
    student: '학생 또는 인턴',
  },
};

const relabel = <T extends { id: string; label: string }>(rules: T[], locale: ModelLocale): T[] =>
  rules.map((r) => ({ ...r, label: labels[locale][r.id] ?? r.label }));

export function defaultEngagementRules(locale: ModelLocale = 'en'): EngagementRule[] {
  return relabel(defaultEngagementRulesEn(), locale);
}

function defaultEngagementRulesEn(): EngagementRule[] {
  return [
    rule('form_submitted', 'Contact form submitted', 'form_submitted', 15),
    rule('email_opened', 'Email opened', 'email_opened', 2),
    rule('email_clicked', 'Email link clicked', 'email_clicked', 5),
    rule('pricing_visited', 'Pricing page visited', 'page_visited', 15, '/pricing'),
    rule('blog_read', 'Blog post read', 'blog_read', 2),
    rule('content_downloaded', 'Content downloaded', 'content_downloaded', 10),
    rule('trial_started', 'Free trial started', 'trial_started', 25),
    rule('unsubscribed', 'Unsubscribed', 'unsubscribed', -5),
  ];
}

/** Whole words, not substrings: "Doctor" and "Contractor" are not a CTO, "Internal sales" is no intern. */
export const decisionMakerWords = ['head', 'director', 'vp', 'chief', 'cto', 'ceo', 'cmo', '대표', '이사', '본부장', '팀장'];
export const studentWords = ['student', 'intern', '학생', '인턴'];

export function defaultFitRules(locale: ModelLocale = 'en'): FitRule[] {
  return relabel(defaultFitRulesEn(), locale);
}

function defaultFitRulesEn(): FitRule[] {
  return [
    {
      id: 'decision_maker',
      label: 'Decision-maker title',
      condition: { op: 'any_word', field: 'jobTitle', values: decisionMakerWords },
      points: 20,
    },
    { id: 'has_phone', label: 'Phone number known', condition: { op: 'not_empty', field: 'phone' }, points: 5 },
    { id: 'student', label: 'Student or intern', condition: { op: 'any_word', field: 'jobTitle', values: studentWords }, points: -30 },
  ];
}

export function createDefaultScoringModel(now: Timestamp, id?: string, locale: ModelLocale = 'en'): ScoringModel {
  return stampNew(
    {
      name: locale === 'ko' ? '기본 스코어링 모델' : 'Default scoring model',
      engagementRules: defaultEngagementRules(locale),
      fitRules: defaultFitRules(locale),
      icpWeight: 0.75,
      engagementFloor: 0,
      bantWeights: { budget: 25, authority: 25, need: 25, timeframe: 25 },
      handOffThreshold: 75,
      handOffMeasure: { engagement: 1, fit: 0, bant: 0 },
      thresholdActions: [
        { kind: 'change_stage' as const, stageId: 'mql' },
        { kind: 'route' as const },
        { kind: 'create_task' as const, title: locale === 'ko' ? '핸드오프 후속 연락' : 'Follow up hand-off', dueInHours: 24 },
      ],
    },
    now,
    id,
  );
}
