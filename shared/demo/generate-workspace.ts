import { walkedDealMoves } from '../pipeline/deal-history';
import type { Assignment } from '../model/assignment';
import type { WorkspaceData } from '../model/workspace';
import { createDemoContext } from './demo-context';
import { designPaths, stageRolesOf, type DemoDesign } from './demo-design';
import type { DemoLocale } from './demo-vocabulary';
import { generateCompanies } from './generate-companies';
import { defaultContactPlan, generateContacts, type ContactPlan } from './generate-contacts';
import { demoQuota, generateDealTasks, generateDeals, generateTasks } from './generate-deals';
import { generateSetup } from './generate-setup';
import { generateVoiceAndContent } from './demo-voice';
import { creditMeetingsToSdrs, generateEbr, generateEbrMeetings } from './generate-outreach';

export type DemoOptions = {
  seed: number;
  /** "Now" of the workspace: the 6-month history ends here. */
  now: number;
  locale: DemoLocale;
  /** Number of contacts; companies are a seventh of that, deals about a tenth. */
  contacts: number;
  /** The funnel design the workspace follows (its stages, rates, SLAs, team); none: the default demo. */
  design?: DemoDesign;
};

export const defaultDemoSize = 2000;
/** The sizes a demo of a design may have (DOMAIN.md §10's scale at the top). */
export const demoSizeLimits = { min: 100, max: 100_000 } as const;

/** How far the generation is: contacts made of the total (their behaviour and history with them), then the deals and tasks. */
export type DemoGenerationProgress = { step: 'contacts' | 'deals'; done: number; total: number };

/** A believable B2B workspace: same options, same workspace, down to every id. Progress changes nothing of what is made. */
export function generateDemoWorkspace(options: DemoOptions, onProgress?: (p: DemoGenerationProgress) => void): WorkspaceData {
  const ctx = createDemoContext(options.seed, options.now, options.locale);
  const design = options.design ?? null;
  const setup = generateSetup(ctx, design);
  const lifecycle = setup.lifecycles[0]!;
  const plan: ContactPlan = design
    ? (() => {
        const roles = stageRolesOf(lifecycle);
        const owners = new Map(lifecycle.stages.map((s) => [s.id, s.ownerRole]));
        return { path: designPaths(lifecycle, roles, design.targets), roles, ownerRoleOf: (id: string) => owners.get(id) ?? null };
      })()
    : defaultContactPlan;
  const marketerId = setup.teamMembers.find((m) => m.role === 'marketing')?.id ?? null;
  const companies = generateCompanies(ctx, Math.max(1, Math.round(options.contacts * 0.15)), marketerId);
  const model = setup.scoringModels[0]!;
  const { contacts, activities, transitions, stageTimes, ownerChanges } = generateContacts(
    ctx,
    options.contacts,
    companies,
    setup.personas,
    setup.teamMembers.filter((m) => m.active && m.deletedAt === null),
    model,
    setup.icps[0]!,
    plan,
    onProgress && ((done) => onProgress({ step: 'contacts', done, total: options.contacts })),
  );
  onProgress?.({ step: 'deals', done: options.contacts, total: options.contacts });
  const salesPipeline = setup.pipelines.find((p) => p.kind === 'sales') ?? setup.pipelines[0]!;
  const aeIds = setup.teamMembers.filter((m) => m.role === 'ae' && m.active && m.deletedAt === null).map((m) => m.id);
  const currency = setup.meta[0]!.currency;
  const deals = generateDeals(ctx, contacts, salesPipeline, stageTimes, aeIds, plan.roles, currency);
  const dealMoves = deals.flatMap((d) => walkedDealMoves(d, salesPipeline, (at) => ctx.stamp(at)));
  const handOffSla = lifecycle.stages.find((s) => s.id === plan.roles.handOff)?.slaHours ?? 24;
  const tasks = [...generateTasks(ctx, contacts, handOffSla, plan.roles), ...generateDealTasks(ctx, deals)];
  // Quotas follow what the demo's AEs actually win, so attainment looks like a real quarter's; a design's own quotas stay.
  const teamMembers = setup.teamMembers.map((m) =>
    m.role === 'ae' && !(design && m.quota !== null) ? { ...m, quota: demoQuota(deals, m.id, ctx.locale, ctx.now) ?? m.quota } : m,
  );
  // Made last, so the records before keep the ids an older version of the generator gave them.
  const { quotes, contentAssets } = generateVoiceAndContent(ctx, setup.personas);
  // After them too: the owner changes as assignments, so the funnel's owner filter follows a contact past its hand-off.
  const assignments: Assignment[] = ownerChanges.map((c) => ({ ...ctx.stamp(c.at), ...c, ruleId: null, reason: 'fallback', byMemberId: null }));
  // Last of all: an EBR (for a generated team) and their outbound meetings, so every record above keeps its id and values.
  const ebr = design && design.teamMembers.length > 0 ? null : generateEbr(ctx, teamMembers);
  const team = ebr ? [...teamMembers, ebr] : teamMembers;
  const ebrs = team.filter((m) => m.role === 'ebr' && m.active && m.deletedAt === null);
  const outreach = generateEbrMeetings(ctx, contacts, companies, setup.icps[0]!, ebrs, transitions, plan.roles.handOff);
  return {
    ...setup,
    teamMembers: team,
    companies,
    contacts,
    activities: [...creditMeetingsToSdrs(activities, transitions, plan.roles), ...outreach],
    transitions,
    deals,
    dealMoves,
    tasks,
    assignments,
    notifications: [],
    leadViews: [],
    designVersions: [],
    roleTargets: [],
    quotes,
    contentAssets,
  };
}
