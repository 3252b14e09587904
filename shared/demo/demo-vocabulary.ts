import type { DecisionRole } from '../model/persona';
/** Names, companies and titles the demo generator draws from, per locale. */
export type DemoLocale = 'ko' | 'en';

export const familyNames: Record<DemoLocale, readonly string[]> = {
  ko: ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권', '황', '안', '송', '류', '홍'],
  en: [
    'Smith',
    'Johnson',
    'Brown',
    'Garcia',
    'Miller',
    'Davis',
    'Wilson',
    'Taylor',
    'Clark',
    'Lewis',
    'Walker',
    'Hall',
    'Young',
    'King',
    'Wright',
    'Scott',
    'Green',
    'Baker',
    'Adams',
    'Nelson',
  ],
};

export const givenNames: Record<DemoLocale, readonly string[]> = {
  ko: [
    '민준',
    '서연',
    '지훈',
    '하은',
    '도윤',
    '수아',
    '예준',
    '지우',
    '시우',
    '서윤',
    '주원',
    '하린',
    '지호',
    '채원',
    '준서',
    '민서',
    '현우',
    '유진',
    '건우',
    '소율',
    '은지',
    '태현',
    '다은',
    '승민',
  ],
  en: [
    'James',
    'Olivia',
    'Liam',
    'Emma',
    'Noah',
    'Ava',
    'Lucas',
    'Mia',
    'Ethan',
    'Sofia',
    'Mason',
    'Chloe',
    'Logan',
    'Grace',
    'Owen',
    'Ella',
    'Ryan',
    'Nora',
    'Leo',
    'Hannah',
    'Daniel',
    'Zoe',
    'Henry',
    'Lily',
  ],
};

/** Given names in Latin letters for e-mail addresses (Korean demo contacts get romanised mail). */
export const romanGivenNames = [
  'minjun',
  'seoyeon',
  'jihoon',
  'haeun',
  'doyun',
  'sua',
  'yejun',
  'jiwoo',
  'siwoo',
  'seoyun',
  'juwon',
  'harin',
  'jiho',
  'chaewon',
  'junseo',
  'minseo',
  'hyunwoo',
  'yujin',
  'gunwoo',
  'soyul',
  'eunji',
  'taehyun',
  'daeun',
  'seungmin',
];

/** [display, slug] pairs so companies get plausible domains in both locales. */
export const companyPrefixes: Record<DemoLocale, readonly (readonly [string, string])[]> = {
  ko: [
    ['한빛', 'hanbit'],
    ['대성', 'daesung'],
    ['미래', 'mirae'],
    ['새솔', 'saesol'],
    ['누리', 'nuri'],
    ['푸른', 'pureun'],
    ['동아', 'donga'],
    ['세진', 'sejin'],
    ['하나', 'hana'],
    ['그린', 'green'],
    ['넥스트', 'next'],
    ['코어', 'core'],
    ['블루', 'blue'],
    ['바른', 'bareun'],
    ['다온', 'daon'],
    ['아름', 'areum'],
  ],
  en: [
    ['Northwind', 'northwind'],
    ['Bluepeak', 'bluepeak'],
    ['Brightline', 'brightline'],
    ['Ironwood', 'ironwood'],
    ['Silverlake', 'silverlake'],
    ['Redstone', 'redstone'],
    ['Clearview', 'clearview'],
    ['Summit', 'summit'],
    ['Harbor', 'harbor'],
    ['Pinecrest', 'pinecrest'],
    ['Lumen', 'lumen'],
    ['Vertex', 'vertex'],
    ['Evergreen', 'evergreen'],
    ['Cobalt', 'cobalt'],
    ['Keystone', 'keystone'],
    ['Meridian', 'meridian'],
  ],
};

export const companySuffixes: Record<DemoLocale, readonly (readonly [string, string])[]> = {
  ko: [
    ['소프트', 'soft'],
    ['테크', 'tech'],
    ['시스템즈', 'systems'],
    ['물산', 'trading'],
    ['전자', 'elec'],
    ['솔루션', 'solutions'],
    ['랩스', 'labs'],
    ['에너지', 'energy'],
    ['바이오', 'bio'],
    ['로지스', 'logis'],
    ['헬스케어', 'health'],
    ['네트웍스', 'networks'],
    ['정밀', 'precision'],
    ['건설', 'build'],
    ['파트너스', 'partners'],
    ['커머스', 'commerce'],
    ['모빌리티', 'mobility'],
    ['푸드', 'food'],
    ['금융', 'finance'],
  ],
  en: [
    ['Software', 'soft'],
    ['Technologies', 'tech'],
    ['Systems', 'systems'],
    ['Trading', 'trading'],
    ['Electronics', 'elec'],
    ['Solutions', 'solutions'],
    ['Labs', 'labs'],
    ['Energy', 'energy'],
    ['Bio', 'bio'],
    ['Logistics', 'logistics'],
    ['Health', 'health'],
    ['Networks', 'networks'],
    ['Precision', 'precision'],
    ['Builders', 'build'],
    ['Partners', 'partners'],
    ['Commerce', 'commerce'],
    ['Mobility', 'mobility'],
    ['Foods', 'foods'],
    ['Capital', 'capital'],
  ],
};

export const industries = ['software', 'manufacturing', 'finance', 'healthcare', 'retail', 'logistics', 'education', 'energy'] as const;
export const icpIndustries = ['software', 'manufacturing', 'finance', 'logistics'] as const;
export const technologies = ['salesforce', 'hubspot', 'aws', 'azure', 'gcp', 'sap', 'slack', 'kakaowork'] as const;

export const countries: Record<DemoLocale, readonly (readonly [string, string])[]> = {
  ko: [
    ['KR', 'seoul'],
    ['KR', 'gyeonggi'],
    ['KR', 'busan'],
    ['KR', 'daejeon'],
    ['JP', 'tokyo'],
    ['US', 'west'],
  ],
  en: [
    ['US', 'west'],
    ['US', 'east'],
    ['GB', 'london'],
    ['DE', 'berlin'],
    ['KR', 'seoul'],
    ['SG', 'singapore'],
  ],
};

export type DemoPersonaSpec = {
  key: string;
  name: Record<DemoLocale, string>;
  patterns: string[];
  titles: Record<DemoLocale, readonly string[]>;
  pains: Record<DemoLocale, string[]>;
  decisionRole: DecisionRole;
  /** Goals, objections, buying triggers and the words they use for their problem, for the one-pager. */
  profile: Record<DemoLocale, { goals: string[]; objections: string[]; buyingTriggers: string[]; problemWords: string[] }>;
};

export const demoPersonas: readonly DemoPersonaSpec[] = [
  {
    key: 'marketing_leader',
    decisionRole: 'influencer',
    name: { ko: '마케팅 리더', en: 'Marketing leader' },
    patterns: ['cmo', 'head of marketing', 'marketing', '마케팅'],
    titles: { ko: ['마케팅 팀장', '마케팅 이사', 'CMO', '디지털마케팅 매니저'], en: ['Head of Marketing', 'Marketing Manager', 'CMO', 'Growth Lead'] },
    profile: {
      en: {
        goals: ['Pipeline sales believes in', 'Budget tied to revenue'],
        objections: ['We already have a marketing automation tool'],
        buyingTriggers: ['New VP of Sales', 'Missed MQL target'],
        problemWords: ['lead quality', 'attribution'],
      },
      ko: {
        goals: ['영업이 믿는 파이프라인', '매출과 연결된 예산'],
        objections: ['이미 마케팅 자동화 도구가 있어요'],
        buyingTriggers: ['새 영업 임원 부임', 'MQL 목표 미달'],
        problemWords: ['리드 품질', '성과 측정'],
      },
    },
    pains: {
      ko: ['리드 품질이 낮다는 영업팀의 불만', '캠페인 성과를 매출로 증명하기 어려움'],
      en: ['Sales says our leads are poor', 'Hard to tie campaigns to revenue'],
    },
  },
  {
    key: 'it_decision_maker',
    decisionRole: 'gatekeeper',
    name: { ko: 'IT 의사결정자', en: 'IT decision-maker' },
    patterns: ['cto', 'engineering', '/\\bit\\b/', '개발', '정보'],
    titles: { ko: ['CTO', '개발팀장', '정보보안 이사', 'IT 매니저'], en: ['CTO', 'VP Engineering', 'IT Manager', 'Head of IT'] },
    profile: {
      en: {
        goals: ['Fewer tools, fewer integrations', 'Data that stays on our machines'],
        objections: ['Another security review'],
        buyingTriggers: ['Tool consolidation project'],
        problemWords: ['integration sprawl', 'shadow IT'],
      },
      ko: {
        goals: ['도구와 연동을 줄이기', '우리 장비에 남는 데이터'],
        objections: ['또 보안 검토를 해야 해요'],
        buyingTriggers: ['도구 통합 프로젝트'],
        problemWords: ['연동 난립', '섀도 IT'],
      },
    },
    pains: {
      ko: ['도구가 너무 많고 연동이 안 됨', '보안 검토에 시간이 걸림'],
      en: ['Too many tools that do not talk to each other', 'Security reviews take months'],
    },
  },
  {
    key: 'executive',
    decisionRole: 'decision_maker',
    name: { ko: '경영진', en: 'Executive' },
    patterns: ['ceo', 'founder', 'coo', 'managing director', '대표', '부사장'],
    titles: { ko: ['대표이사', '대표', '부사장', 'COO'], en: ['CEO', 'Founder', 'COO', 'Managing Director'] },
    profile: {
      en: {
        goals: ['A forecast that holds', 'Marketing and sales on one plan'],
        objections: ['Not this quarter'],
        buyingTriggers: ['Board asks for a growth plan'],
        problemWords: ['forecast accuracy', 'alignment'],
      },
      ko: {
        goals: ['맞는 매출 예측', '하나의 계획을 따르는 마케팅과 영업'],
        objections: ['이번 분기는 어려워요'],
        buyingTriggers: ['이사회의 성장 계획 요구'],
        problemWords: ['예측 정확도', '조직 정렬'],
      },
    },
    pains: { ko: ['매출 예측이 맞지 않음'], en: ['Forecasts never hold'] },
  },
  {
    key: 'sales_leader',
    decisionRole: 'user',
    name: { ko: '영업 리더', en: 'Sales leader' },
    patterns: ['sales', '영업', '세일즈'],
    titles: { ko: ['영업본부장', '영업팀장', '세일즈 매니저'], en: ['VP Sales', 'Sales Manager', 'Head of Sales'] },
    profile: {
      en: {
        goals: ['Leads that are ready to talk', 'Reps who follow up within a day'],
        objections: ['My team will not use another CRM'],
        buyingTriggers: ['New SDR team', 'Quota missed two quarters'],
        problemWords: ['junk leads', 'speed to lead'],
      },
      ko: {
        goals: ['대화할 준비가 된 리드', '하루 안에 응대하는 영업 담당자'],
        objections: ['우리 팀은 CRM을 또 쓰지 않을 거예요'],
        buyingTriggers: ['새 SDR 팀 구성', '두 분기 연속 목표 미달'],
        problemWords: ['쓸모없는 리드', '응대 속도'],
      },
    },
    pains: { ko: ['핸드오프된 리드가 준비되지 않음'], en: ['Handed-off leads are not ready to buy'] },
  },
];

/** Titles outside every persona: they keep some contacts below Lead, as in real data. */
export const otherTitles: Record<DemoLocale, readonly string[]> = {
  ko: ['연구원', '디자이너', '인턴', '대학원생', '회계 담당'],
  en: ['Analyst', 'Designer', 'Intern', 'Student', 'Accountant'],
};

export const teamSpec: Record<DemoLocale, readonly (readonly [string, 'marketing' | 'sdr' | 'ae' | 'csm'])[]> = {
  ko: [
    ['윤소희', 'marketing'],
    ['박지성', 'sdr'],
    ['이하늘', 'sdr'],
    ['김도현', 'ae'],
    ['최유나', 'ae'],
    ['정우진', 'ae'],
    ['한예린', 'csm'],
  ],
  en: [
    ['Maya Brooks', 'marketing'],
    ['Sam Carter', 'sdr'],
    ['Riley Chen', 'sdr'],
    ['Alex Morgan', 'ae'],
    ['Jordan Lee', 'ae'],
    ['Taylor Kim', 'ae'],
    ['Casey Wood', 'csm'],
  ],
};

export const consentSources = ['newsletter', 'webinar', 'event', 'opt_in_form'] as const;
export const leadSources = ['website', 'webinar', 'event', 'referral', 'linkedin', 'outbound'] as const;
export const blogUrls = ['/blog/lead-scoring-101', '/blog/mql-vs-sql', '/blog/sales-marketing-sla', '/blog/funnel-metrics', '/features', '/customers'];
