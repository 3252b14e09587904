import { buildTransitionContext, type ContactScore, type TransitionContext } from '@shared/index';
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

/** Live deals the contact is on, as primary contact or not (multi-entry index on contactIds). */
export function dealsOf(db: WorkspaceDb, contactId: string): Promise<Deal[]> {
  return db.deals
    .where('contactIds')
    .equals(contactId)
    .filter((d) => d.deletedAt === null)
    .toArray();
}

/** The stored facts about a contact that scoring and stage criteria look at. */
export type ContactFacts = { activities: Activity[]; deals: Deal[]; company: Company | null };

export async function loadContactFacts(db: WorkspaceDb, contact: Contact): Promise<ContactFacts> {
  const [activities, deals, company] = await Promise.all([
    activitiesOf(db, contact.id),
    dealsOf(db, contact.id),
    contact.companyId ? db.companies.get(contact.companyId) : undefined,
  ]);
  return { activities, deals, company: company ?? null };
}

/** Everything the lifecycle engine needs to judge a move of this contact, from live scores (shared's buildTransitionContext). */
export async function loadTransitionContext(
  db: WorkspaceDb,
  contact: Contact,
  design: ActiveDesign,
  now: number,
): Promise<{ context: TransitionContext; score: ContactScore; facts: ContactFacts }> {
  const facts = await loadContactFacts(db, contact);
  return { ...buildTransitionContext({ contact, ...facts, model: design.model, icp: design.icp, now }), facts };
}
