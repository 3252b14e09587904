import { createDefaultLifecycle } from '../defaults/default-lifecycle';
import { createDefaultScoringModel } from '../defaults/default-scoring-model';
import type { TransitionContext } from '../lifecycle/criteria';
import type { Activity } from '../model/activity';
import type { Contact } from '../model/contact';
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
    consent: { status: 'none', source: null, at: null },
    source: 'website',
    tags: [],
    bant: { budget: null, authority: null, need: null, timeframe: null },
    engagementScore: 0,
    fitScore: 0,
    bantScore: 0,
    lastActivityAt: null,
    recycleReason: null,
    customFields: {},
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

export function context(overrides: Partial<TransitionContext> = {}): TransitionContext {
  return { company: null, activityTypes: new Set(), deals: [], scores: { engagement: 0, bant: 0, icpFit: null }, handOffThreshold: 75, ...overrides };
}

export const lifecycle = () => createDefaultLifecycle(T0, 'lifecycle-1');
export const scoringModel = () => createDefaultScoringModel(T0, 'model-1');
