import { buildTransitionContext } from '../lifecycle/build-transition-context';
import type { NotCheckedCriterion, UnmetCriterion } from '../lifecycle/criteria';
import { evaluateTransition, findStage } from '../lifecycle/evaluate-transition';
import type { Activity } from '../model/activity';
import type { Company } from '../model/company';
import { blankContactState, type BantRatings, type Contact } from '../model/contact';
import type { Icp } from '../model/icp';
import type { ActivityType } from '../model/identifiers';
import type { LifecycleDefinition } from '../model/lifecycle';
import type { Timestamp } from '../model/record';
import type { ScoringModel } from '../model/scoring-model';
import type { ContactScore } from './score-contact';

const DAY_MS = 86_400_000;

/** A line of a sample lead's history: `count` activities of one kind, `daysAgo` old. */
export type BenchActivity = { type: ActivityType; count: number; daysAgo: number; url: string | null; seconds: number | null; formId: string | null };

/** A sample lead described by hand on the scoring test bench: a few profile fields, its company, BANT and what it did. */
export type BenchLead = {
  id: string;
  name: string;
  jobTitle: string;
  phone: string;
  consent: boolean;
  stageId: string;
  company: { industry: string; employeeCount: number | null; country: string };
  bant: BantRatings;
  activities: BenchActivity[];
};

export type BenchResult = {
  score: ContactScore;
  /** Where the sample stands after the threshold automation: the hand-off stage if the move is allowed, else where it was. */
  stage: { from: string; to: string; outcome: BenchOutcome; unmet: UnmetCriterion[]; notChecked: NotCheckedCriterion[] };
};

/** What the automation did with the sample: moved it, or why not. */
export type BenchOutcome = 'moved' | 'not_ready' | 'no_stage_action' | 'already_there' | 'criteria' | 'not_allowed';

const benchActivity = (type: ActivityType, count: number, extra: Partial<BenchActivity> = {}): BenchActivity => ({
  type,
  count,
  daysAgo: 0,
  url: null,
  seconds: null,
  formId: null,
  ...extra,
});

const unrated: BantRatings = { budget: null, authority: null, need: null, timeframe: null };

/**
 * The worked examples of DOMAIN.md §2 as test-bench samples. With the default model Lead A scores
 * 3×10 + 3×2 + 3×5 + 25 = 76 and Lead B 15 + 2×2 = 19.
 */
export function benchExamples(locale: 'ko' | 'en' = 'en'): BenchLead[] {
  const ko = locale === 'ko';
  const company = { industry: 'software', employeeCount: 120, country: ko ? 'KR' : 'US' };
  return [
    {
      id: 'lead-a',
      name: ko ? '리드 A' : 'Lead A',
      jobTitle: ko ? '마케팅 팀장' : 'Head of Marketing',
      phone: '',
      consent: true,
      stageId: 'lead',
      company,
      bant: unrated,
      activities: [
        benchActivity('content_downloaded', 3),
        benchActivity('email_opened', 3),
        benchActivity('email_clicked', 3),
        benchActivity('trial_started', 1),
      ],
    },
    {
      id: 'lead-b',
      name: ko ? '리드 B' : 'Lead B',
      jobTitle: ko ? '마케팅 매니저' : 'Marketing Manager',
      phone: '',
      consent: true,
      stageId: 'lead',
      company,
      bant: unrated,
      activities: [benchActivity('page_visited', 1, { url: '/pricing' }), benchActivity('email_opened', 2)],
    },
  ];
}

/** The sample as the records the engines read: a contact, its company and one activity per occurrence. */
export function benchRecords(lead: BenchLead, now: Timestamp): { contact: Contact; company: Company; activities: Activity[] } {
  const stamp = { createdAt: now, updatedAt: now, deletedAt: null };
  const company: Company = {
    id: `${lead.id}-company`,
    ...stamp,
    name: lead.name,
    domain: null,
    industry: lead.company.industry.trim() || null,
    employeeCount: lead.company.employeeCount,
    annualRevenue: null,
    country: lead.company.country.trim() || null,
    region: null,
    technologies: [],
    ownerId: null,
    customFields: {},
  };
  const contact: Contact = {
    id: lead.id,
    ...stamp,
    firstName: lead.name,
    lastName: '',
    email: null,
    phone: lead.phone.trim() || null,
    jobTitle: lead.jobTitle.trim() || null,
    companyId: company.id,
    lifecycleStage: lead.stageId,
    stageEnteredAt: now,
    ownerId: null,
    personaId: null,
    source: null,
    ...blankContactState(),
    consent: lead.consent ? { status: 'granted', source: 'test bench', at: now } : { status: 'none', source: null, at: null },
    bant: lead.bant,
  };
  const activities: Activity[] = lead.activities.flatMap((line, l) =>
    Array.from({ length: Math.max(0, Math.floor(line.count)) }, (_, k) => ({
      id: `${lead.id}-${l}-${k}`,
      ...stamp,
      contactId: lead.id,
      dealId: null,
      type: line.type,
      // Spread a line's occurrences a second apart so "once" rules have a freshest one.
      at: now - Math.max(0, line.daysAgo) * DAY_MS - k * 1000,
      url: line.url,
      seconds: line.seconds,
      meta: (line.formId ? { formId: line.formId } : {}) as Record<string, string>,
      byMemberId: null,
    })),
  );
  return { contact, company, activities };
}

/**
 * Scores a sample lead with a (possibly unsaved) model and says where the threshold automation
 * would put it: when ready, the move to the hand-off stage as the lifecycle engine judges it,
 * with every criterion still unmet. The same engines the workspace uses, on made-up records.
 */
export function runTestBench(lead: BenchLead, model: ScoringModel, lifecycle: LifecycleDefinition, icp: Icp | null, now: Timestamp): BenchResult {
  const { contact, company, activities } = benchRecords(lead, now);
  const { context, score } = buildTransitionContext({ contact, activities, deals: [], company, model, icp, now });
  const from = findStage(lifecycle, lead.stageId) ? lead.stageId : lifecycle.stages[0]!.id;
  const stay = (outcome: BenchOutcome): BenchResult => ({ score, stage: { from, to: from, outcome, unmet: [], notChecked: [] } });
  if (!score.handOffReady) return stay('not_ready');
  const action = model.thresholdActions.find((a) => a.kind === 'change_stage');
  if (!action) return stay('no_stage_action');
  if (action.stageId === from) return stay('already_there');
  const verdict = evaluateTransition(contact, context, from, action.stageId, lifecycle);
  if (verdict.ok) return { score, stage: { from, to: action.stageId, outcome: 'moved', unmet: [], notChecked: verdict.notChecked } };
  if (verdict.reason !== 'criteria') return stay('not_allowed');
  return { score, stage: { from, to: from, outcome: 'criteria', unmet: verdict.unmet, notChecked: verdict.notChecked } };
}
