import { walkedDealMoves } from '../pipeline/deal-history';
import type { WorkspaceData } from '../model/workspace';
import { createDemoContext } from './demo-context';
import type { DemoLocale } from './demo-vocabulary';
import { generateCompanies } from './generate-companies';
import { generateContacts } from './generate-contacts';
import { demoQuota, generateDealTasks, generateDeals, generateTasks } from './generate-deals';
import { generateSetup } from './generate-setup';

export type DemoOptions = {
  seed: number;
  /** "Now" of the workspace: the 6-month history ends here. */
  now: number;
  locale: DemoLocale;
  /** Number of contacts; companies are a seventh of that, deals about a tenth. */
  contacts: number;
};

export const defaultDemoSize = 2000;

/** A believable B2B workspace: same options, same workspace, down to every id. */
export function generateDemoWorkspace(options: DemoOptions): WorkspaceData {
  const ctx = createDemoContext(options.seed, options.now, options.locale);
  const setup = generateSetup(ctx);
  const marketerId = setup.teamMembers.find((m) => m.role === 'marketing')?.id ?? null;
  const companies = generateCompanies(ctx, Math.max(1, Math.round(options.contacts * 0.15)), marketerId);
  const model = setup.scoringModels[0]!;
  const { contacts, activities, transitions, stageTimes } = generateContacts(
    ctx,
    options.contacts,
    companies,
    setup.personas,
    setup.teamMembers,
    model,
    setup.icps[0]!,
  );
  const salesPipeline = setup.pipelines.find((p) => p.kind === 'sales')!;
  const aeIds = setup.teamMembers.filter((m) => m.role === 'ae').map((m) => m.id);
  const deals = generateDeals(ctx, contacts, salesPipeline, stageTimes, aeIds);
  const dealMoves = deals.flatMap((d) => walkedDealMoves(d, salesPipeline, (at) => ctx.stamp(at)));
  const mqlSla = setup.lifecycles[0]!.stages.find((s) => s.id === 'mql')?.slaHours ?? 24;
  const tasks = [...generateTasks(ctx, contacts, mqlSla), ...generateDealTasks(ctx, deals)];
  // Quotas follow what the demo's AEs actually win, so attainment looks like a real quarter's.
  const teamMembers = setup.teamMembers.map((m) => (m.role === 'ae' ? { ...m, quota: demoQuota(deals, m.id, ctx.locale, ctx.now) ?? m.quota } : m));
  return { ...setup, teamMembers, companies, contacts, activities, transitions, deals, dealMoves, tasks, assignments: [], notifications: [], leadViews: [] };
}
