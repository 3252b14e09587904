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
  const [facts] = await loadFactsOf(db, [contact]);
  return facts!;
}

/**
 * The facts of many contacts at once, in the order given: every read issued together so the
 * database answers them in one pass instead of one round trip after another (a design applied to
 * 20,000 leads spent two minutes waiting on reads one at a time).
 */
export async function loadFactsOf(db: WorkspaceDb, contacts: readonly Contact[]): Promise<ContactFacts[]> {
  const companyIds = [...new Set(contacts.flatMap((c) => (c.companyId ? [c.companyId] : [])))];
  const [activities, deals, companies] = await Promise.all([
    Promise.all(contacts.map((c) => activitiesOf(db, c.id))),
    Promise.all(contacts.map((c) => dealsOf(db, c.id))),
    db.companies.bulkGet(companyIds),
  ]);
  const companyById = new Map(companies.flatMap((c) => (c ? [[c.id, c] as const] : [])));
  return contacts.map((c, i) => ({ activities: activities[i]!, deals: deals[i]!, company: (c.companyId && companyById.get(c.companyId)) || null }));
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
