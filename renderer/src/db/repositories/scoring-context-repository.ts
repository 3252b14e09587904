import { icpFit, type TransitionContext } from '@shared/index';
import type { Activity, Company, Contact, Deal, Icp, LifecycleDefinition, ScoringModel } from '@shared/model';
import type { WorkspaceDb } from '../workspace-db';
import { getWorkspaceMeta } from './meta-repository';

/** The workspace's active design: lifecycle, scoring model and ICP. */
export type ActiveDesign = { lifecycle: LifecycleDefinition; model: ScoringModel; icp: Icp | null };

export async function getActiveDesign(db: WorkspaceDb): Promise<ActiveDesign | null> {
  const meta = await getWorkspaceMeta(db);
  const [lifecycle, model, icp] = await Promise.all([
    meta?.activeLifecycleId ? db.lifecycles.get(meta.activeLifecycleId) : db.lifecycles.toCollection().first(),
    meta?.activeScoringModelId ? db.scoringModels.get(meta.activeScoringModelId) : db.scoringModels.toCollection().first(),
    meta?.activeIcpId ? db.icps.get(meta.activeIcpId) : Promise.resolve(undefined),
  ]);
  return lifecycle && model ? { lifecycle, model, icp: icp ?? null } : null;
}

export function activitiesOf(db: WorkspaceDb, contactId: string): Promise<Activity[]> {
  return db.activities
    .where('[contactId+at]')
    .between([contactId, -Infinity], [contactId, Infinity])
    .filter((a) => a.deletedAt === null)
    .toArray();
}

export function dealsOf(db: WorkspaceDb, contactId: string): Promise<Deal[]> {
  return db.deals
    .where('primaryContactId')
    .equals(contactId)
    .filter((d) => d.deletedAt === null)
    .toArray();
}

/** Everything the lifecycle engine needs to judge a move of this contact. */
export async function loadTransitionContext(
  db: WorkspaceDb,
  contact: Contact,
  design: ActiveDesign,
): Promise<TransitionContext & { company: Company | null; activities: Activity[] }> {
  const [activities, deals, company] = await Promise.all([
    activitiesOf(db, contact.id),
    dealsOf(db, contact.id),
    contact.companyId ? db.companies.get(contact.companyId) : undefined,
  ]);
  const fit = design.icp && company ? icpFit(company, design.icp).fit : null;
  return {
    company: company ?? null,
    activities,
    activityTypes: new Set(activities.map((a) => a.type)),
    deals,
    scores: { engagement: contact.engagementScore, bant: contact.bantScore, icpFit: fit },
    handOffThreshold: design.model.handOffThreshold,
  };
}
