import { createDefaultLifecycle } from '../defaults/default-lifecycle';
import { defaultSalesStages } from '../defaults/default-pipelines';
import { createDefaultScoringModel } from '../defaults/default-scoring-model';
import type { TransitionContext } from '../lifecycle/criteria';
import type { Activity } from '../model/activity';
import type { Company } from '../model/company';
import type { Icp } from '../model/icp';
import type { Persona } from '../model/persona';
import { blankContactState, type Contact } from '../model/contact';
import type { Deal } from '../model/deal';
import type { Pipeline } from '../model/pipeline';
import type { Task } from '../model/task';
import type { TeamMember } from '../model/team-member';
import type { ActivityType } from '../model/identifiers';

/** Small builders for domain tests: a valid record with only the fields a test cares about changed. */
export const T0 = Date.UTC(2026, 0, 15, 9);
export const DAY = 86_400_000;

export function contact(overrides: Partial<Contact> = {}): Contact {
  return {
    id: 'c1',
    createdAt: T0,
    updatedAt: T0,
    deletedAt: null,
    firstName: 'Emma',
    lastName: 'Smith',
    email: 'emma@acme.example',
    phone: null,
    jobTitle: 'Head of Marketing',
    companyId: null,
    lifecycleStage: 'prospect',
    stageEnteredAt: T0,
    ownerId: null,
    personaId: null,
    source: 'website',
    ...blankContactState(),
    ...overrides,
  };
}

let activityCounter = 0;
export function activity(type: ActivityType, overrides: Partial<Activity> = {}): Activity {
  activityCounter++;
  return {
    id: `a${activityCounter}`,
    createdAt: T0,
    updatedAt: T0,
    deletedAt: null,
    contactId: 'c1',
    dealId: null,
    type,
    at: T0,
    url: null,
    seconds: null,
    meta: {},
    byMemberId: null,
    ...overrides,
  };
}

/** Live scores for a transition context; the hand-off measure follows engagement unless a test sets it (the default model's measure). */
export function scores(overrides: Partial<TransitionContext['scores']> = {}): TransitionContext['scores'] {
  const engagement = overrides.engagement ?? 0;
  return { engagement, fit: 0, bant: 0, handOffMeasure: engagement, icpFit: null, ...overrides };
}

export function context(overrides: Partial<TransitionContext> = {}): TransitionContext {
  return {
    company: null,
    activityTypes: new Set(),
    deals: [],
    scores: { engagement: 0, fit: 0, bant: 0, handOffMeasure: 0, icpFit: null },
    handOffThreshold: 75,
    icpThreshold: null,
    ...overrides,
  };
}

export const lifecycle = () => createDefaultLifecycle(T0, 'lifecycle-1');
export const scoringModel = () => createDefaultScoringModel(T0, 'model-1');

/** An open deal in pipeline `p` (the default sales stages), owned by `ae1`. */
export function deal(id: string, overrides: Partial<Deal> = {}): Deal {
  return {
    id,
    createdAt: T0,
    updatedAt: T0,
    deletedAt: null,
    title: id,
    pipelineId: 'p',
    stageId: 'contacted',
    amount: 1000,
    currency: 'KRW',
    expectedCloseDate: null,
    ownerId: 'ae1',
    contactIds: [],
    primaryContactId: null,
    companyId: null,
    source: null,
    probability: null,
    status: 'open',
    lostReason: null,
    stageEnteredAt: T0,
    lastActivityAt: null,
    closedAt: null,
    customFields: {},
    ...overrides,
  };
}

/** The default sales pipeline as record `p`. */
export const salesPipeline = (): Pipeline => ({
  id: 'p',
  createdAt: T0,
  updatedAt: T0,
  deletedAt: null,
  name: 'Sales',
  kind: 'sales',
  stages: defaultSalesStages(),
});

/** An active team member with no territory, capacity or quota unless a test sets them (role SDR by default). */
export function teamMember(id: string, overrides: Partial<TeamMember> = {}): TeamMember {
  return {
    id,
    createdAt: T0,
    updatedAt: T0,
    deletedAt: null,
    name: id,
    email: null,
    role: 'sdr',
    territory: null,
    capacity: null,
    active: true,
    quota: null,
    admin: false,
    ...overrides,
  };
}

/** A mid-sized Korean software company: in the fixture ICP below. */
export function company(overrides: Partial<Company> = {}): Company {
  return {
    id: 'co1',
    createdAt: T0,
    updatedAt: T0,
    deletedAt: null,
    name: 'Acme',
    domain: null,
    industry: 'software',
    employeeCount: 200,
    annualRevenue: null,
    country: 'KR',
    region: 'APAC',
    technologies: ['aws'],
    ownerId: null,
    customFields: {},
    ...overrides,
  };
}

/** Software companies of 50–2,000 people; in ICP from 60. */
export function icp(overrides: Partial<Icp> = {}): Icp {
  return {
    id: 'icp1',
    createdAt: T0,
    updatedAt: T0,
    deletedAt: null,
    name: 'Mid-market software',
    criteria: [
      { kind: 'in_list', field: 'industry', values: ['software'], weight: 50 },
      { kind: 'range', field: 'employeeCount', min: 50, max: 2000, weight: 50 },
    ],
    threshold: 60,
    ...overrides,
  };
}

/** A persona with only a name and its title patterns. */
export function persona(id: string, name: string, titlePatterns: string[], order = 0): Persona {
  return {
    id,
    createdAt: T0,
    updatedAt: T0,
    deletedAt: null,
    name,
    color: '#2563eb',
    decisionRole: null,
    titlePatterns,
    order,
    goals: [],
    pains: [],
    objections: [],
    buyingTriggers: [],
    channels: [],
    problemWords: [],
  };
}

/** A to-do with nothing set but its id: no contact, deal, owner, due date, SLA or completion. */
export function task(id: string, overrides: Partial<Task> = {}): Task {
  return {
    id,
    createdAt: T0,
    updatedAt: T0,
    deletedAt: null,
    title: id,
    kind: 'todo',
    contactId: null,
    dealId: null,
    ownerId: null,
    dueAt: null,
    slaDeadline: null,
    doneAt: null,
    ...overrides,
  };
}
