import type { Activity } from '../model/activity';
import type { Company } from '../model/company';
import type { Contact } from '../model/contact';
import { funnelStageIds, type LifecycleStageId, type RecycleReason } from '../model/identifiers';
import type { Persona } from '../model/persona';
import type { ScoringModel } from '../model/scoring-model';
import type { StageTransition } from '../model/stage-transition';
import type { TeamMember } from '../model/team-member';
import { icpFit } from '../icp/icp-fit';
import { withCachedScores } from '../scoring/cached-scores';
import type { Icp } from '../model/icp';
import { personaMatcher } from '../personas/assign-persona';
import { compileScoringModel, scoreWithCompiled } from '../scoring/score-contact';
import type { DemoContext } from './demo-context';
import { generateBehaviour } from './generate-behaviour';
import { canonicalRoles, type StagePath, type StageRoles } from './demo-design';
import { consentSources, demoPersonas, familyNames, givenNames, leadSources, otherTitles, romanGivenNames } from './demo-vocabulary';

const finalStageWeights: Record<LifecycleStageId, number> = {
  prospect: 31,
  subscriber: 22,
  lead: 18,
  mql: 8,
  sql: 5,
  opportunity: 4,
  customer: 4,
  recycled: 6,
  disqualified: 2,
};

type Path = { stages: LifecycleStageId[]; recycleReason: RecycleReason | null };

/** The default demo's paths: final stages in fixed shares, whatever the rates (the seeded sequence every demo test is built on). */
export function defaultStagePath(ctx: DemoContext): StagePath {
  return stagePath(ctx, ctx.random.weighted(finalStageWeights));
}

function stagePath(ctx: DemoContext, finalStage: LifecycleStageId): Path {
  const upTo = (id: LifecycleStageId) => funnelStageIds.slice(0, funnelStageIds.indexOf(id as never) + 1) as LifecycleStageId[];
  if (finalStage === 'recycled') {
    const [lastStage, reason] = ctx.random.pick([
      ['mql', 'failed_qualification'],
      ['mql', 'no_meeting'],
      ['sql', 'no_budget'],
      ['sql', 'bad_timing'],
      ['opportunity', 'opportunity_lost'],
      ['opportunity', 'stalled'],
    ] as const);
    return { stages: [...upTo(lastStage), 'recycled'], recycleReason: reason };
  }
  if (finalStage === 'disqualified')
    return { stages: [...upTo(ctx.random.pick(['prospect', 'subscriber', 'lead'] as const)), 'disqualified'], recycleReason: null };
  return { stages: upTo(finalStage), recycleReason: null };
}

export type ContactsResult = {
  contacts: Contact[];
  activities: Activity[];
  transitions: StageTransition[];
  stageTimes: Map<string, Map<string, number>>;
  /** Each contact's owner changes as it moves (Marketing → SDR at the hand-off → AE …), stamped into assignments by the caller. */
  ownerChanges: { contactId: string; at: number; fromOwnerId: string | null; toOwnerId: string | null }[];
};

/** How contacts go through the lifecycle: their paths, the parts stages play, who owns a stage. */
export type ContactPlan = {
  path(ctx: DemoContext): StagePath;
  roles: StageRoles;
  /** The owner role of a stage; null: the default demo's owners (marketing before the hand-off, SDR, AE, CSM). */
  ownerRoleOf: ((stageId: string) => TeamMember['role'] | null) | null;
};

/** Contacts between two progress reports: often enough for a moving bar, rare enough to cost nothing. */
const progressEvery = 500;

export const defaultContactPlan: ContactPlan = { path: defaultStagePath, roles: canonicalRoles, ownerRoleOf: null };

/** Contacts spread over every lifecycle stage, each with behaviour and a transition history that explain its stage. */
export function generateContacts(
  ctx: DemoContext,
  count: number,
  companies: Company[],
  personas: Persona[],
  team: TeamMember[],
  model: ScoringModel,
  icp: Icp,
  plan: ContactPlan = defaultContactPlan,
  /** Called every few hundred contacts with how many are made: generating 100,000 takes seconds. */
  onProgress?: (done: number) => void,
): ContactsResult {
  const { random, locale, now } = ctx;
  const compiled = compileScoringModel(model);
  const matchPersona = personaMatcher(personas);
  // Contacts that reached Lead work at companies that fit the ICP (Lead's entry criterion).
  const fitting = companies.filter((c) => icpFit(c, icp).inIcp);
  const byRole = (role: TeamMember['role']) => team.filter((m) => m.role === role).map((m) => m.id);
  const owners = { marketing: byRole('marketing'), sdr: byRole('sdr'), ae: byRole('ae'), csm: byRole('csm') };
  const { roles } = plan;
  const ownerFor = (stage: string, i: number): string | null => {
    const designed = plan.ownerRoleOf?.(stage);
    const pool = plan.ownerRoleOf
      ? designed
        ? byRole(designed)
        : owners.marketing
      : stage === 'mql'
        ? owners.sdr
        : stage === 'sql' || stage === 'opportunity'
          ? owners.ae
          : stage === 'customer'
            ? owners.csm
            : owners.marketing;
    return pool.length ? pool[i % pool.length]! : null;
  };
  const side = (stage: string) => stage === roles.recycled || stage === roles.disqualified;
  const contacts: Contact[] = [];
  const activities: Activity[] = [];
  const transitions: StageTransition[] = [];
  const stageTimes = new Map<string, Map<string, number>>();
  const ownerChanges: ContactsResult['ownerChanges'] = [];
  for (let i = 0; i < count; i++) {
    const path = plan.path(ctx);
    // A few prospects behave like hand-off-ready leads but never gave consent: the "almost qualified" list.
    const almostQualified = path.stages.length === 1 && random.chance(0.04);
    const createdAt = now - random.int(1, 180 * 24) * 3_600_000;
    // Stage entry times: increasing points between creation and now.
    const times = [createdAt, ...path.stages.slice(1).map(() => createdAt + random.next() * (now - createdAt))].sort((a, b) => a - b).map(Math.round);
    const reached = (id: string | null) => id !== null && path.stages.includes(id);
    const personaIndex = reached(roles.qualifiedLead) || almostQualified || random.chance(0.7) ? random.int(0, demoPersonas.length - 1) : -1;
    const jobTitle = personaIndex >= 0 ? random.pick(demoPersonas[personaIndex]!.titles[locale]) : random.pick(otherTitles[locale]);
    const company = random.pick((reached(roles.qualifiedLead) || almostQualified) && fitting.length > 0 ? fitting : companies);
    const givenIndex = random.int(0, givenNames[locale].length - 1);
    const given = givenNames[locale][givenIndex]!;
    const mailName = locale === 'ko' ? romanGivenNames[givenIndex]! : given.toLowerCase();
    const finalStage = path.stages[path.stages.length - 1]!;
    const contact: Contact = {
      ...ctx.stamp(createdAt),
      firstName: given,
      lastName: random.pick(familyNames[locale]),
      email: `${mailName}.${i}@${company.domain ?? 'example.com'}`,
      phone: random.chance(0.6) ? `010-${random.int(1000, 9999)}-${random.int(1000, 9999)}` : null,
      jobTitle,
      companyId: company.id,
      lifecycleStage: finalStage,
      stageEnteredAt: times[times.length - 1]!,
      ownerId: ownerFor(side(finalStage) ? path.stages[0]! : finalStage, i),
      personaId: matchPersona(jobTitle)?.personaId ?? null,
      consent: reached(roles.consent)
        ? { status: 'granted', source: random.pick(consentSources), at: times[path.stages.indexOf(roles.consent!)]! }
        : { status: 'none', source: null, at: null },
      source: random.pick(leadSources),
      tags: [],
      bant: reached(roles.accepted)
        ? { budget: random.int(4, 10) * 10, authority: random.int(3, 10) * 10, need: random.int(5, 10) * 10, timeframe: random.int(3, 10) * 10 }
        : { budget: null, authority: null, need: null, timeframe: null },
      engagementScore: 0,
      fitScore: 0,
      bantScore: 0,
      lastActivityAt: null,
      recycleReason: path.recycleReason,
      // A workspace-specific field, as teams add them: the product plan the contact uses or trials.
      customFields: reached(roles.consent) ? { plan: random.pick(['free', 'team', 'business']) } : {},
    };
    const behaviour = generateBehaviour(ctx, model, contact, path.stages, times, almostQualified, roles);
    const scored = scoreWithCompiled(contact, behaviour, compiled, now, { company, icp });
    const createdUpdatedAt = contact.updatedAt;
    Object.assign(contact, withCachedScores(contact, scored, behaviour, now));
    contact.updatedAt = Math.max(createdUpdatedAt, contact.lastActivityAt ?? 0, contact.stageEnteredAt);
    activities.push(...behaviour);
    const timesByStage = new Map<string, number>();
    path.stages.forEach((to, step) => {
      const at = times[step]!;
      timesByStage.set(to, at);
      transitions.push({
        ...ctx.stamp(at),
        contactId: contact.id,
        from: step === 0 ? null : path.stages[step - 1]!,
        to,
        at,
        byMemberId: ownerFor(path.stages[Math.max(0, step - 1)]!, i),
        kind:
          step === 0
            ? 'created'
            : to === roles.accepted
              ? 'hand_off_accepted'
              : to === roles.recycled
                ? // Recycled from the hand-off stage is the SDR sending the lead back: a rejected hand-off (no draw, ids stay).
                  step > 0 && path.stages[step - 1] === roles.handOff
                  ? 'hand_off_rejected'
                  : 'recycle'
                : to === roles.handOff
                  ? 'automatic'
                  : 'move',
        reason: null,
        recycleReason: to === roles.recycled ? path.recycleReason : null,
        override: false,
      });
    });
    stageTimes.set(contact.id, timesByStage);
    // Who owned each stay: the stage's owner (a side state goes back to the first stage's, as the contact's own owner does).
    const ownerOf = (stage: string) => ownerFor(side(stage) ? path.stages[0]! : stage, i);
    path.stages.forEach((to, step) => {
      if (step === 0) return;
      const fromOwnerId = ownerOf(path.stages[step - 1]!);
      const toOwnerId = ownerOf(to);
      if (fromOwnerId !== toOwnerId) ownerChanges.push({ contactId: contact.id, at: times[step]!, fromOwnerId, toOwnerId });
    });
    contacts.push(contact);
    if (onProgress && (i + 1) % progressEvery === 0) onProgress(i + 1);
  }
  return { contacts, activities, transitions, stageTimes, ownerChanges };
}
