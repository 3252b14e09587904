import {
  cachedHandOffMeasure,
  emptyRoutingState,
  renumberRules,
  routingFacts,
  routingRuleSchema,
  validateRoutingRules,
  type DesignProblem,
  type RoutingContext,
  type RoutingState,
} from '@shared/index';
import type { Company, Contact, Deal, HandOffFallback, LifecycleDefinition, RoutingRule, TeamMember } from '@shared/model';
import { runWrite } from '../write-path';
import type { WorkspaceDb } from '../workspace-db';
import { getActiveLifecycle } from './lifecycle-repository';
import { getWorkspaceMeta } from './meta-repository';
import { getActiveDesign } from './scoring-context-repository';

/** The routing design an editor starts from: the live rules in order, the lifecycle's fallback, and the version both were read at. */
export type RoutingDesign = { rules: RoutingRule[]; fallback: HandOffFallback; rulesVersion: number };

/** The newest change to any rule, deleted ones included: a save from an older version is refused. */
const versionOf = (rules: readonly RoutingRule[]) => rules.reduce((v, r) => Math.max(v, r.updatedAt), 0);

/** Every live rule, inactive ones too, in the order routing reads them (as orderedRules sorts the active ones). */
const liveInOrder = (rules: readonly RoutingRule[]) => rules.filter((r) => r.deletedAt === null).sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));

export async function getRoutingDesign(db: WorkspaceDb): Promise<RoutingDesign | null> {
  const [rules, lifecycle] = await Promise.all([db.routingRules.toArray(), getActiveLifecycle(db)]);
  if (!lifecycle) return null;
  return { rules: liveInOrder(rules), fallback: lifecycle.handOffFallback, rulesVersion: versionOf(rules) };
}

export type RoutingRulesInput = {
  /** The rules in the order the editor shows them (first match wins); missing ones are deleted. */
  rules: RoutingRule[];
  fallback: HandOffFallback;
  /** What the editor started from: `rulesVersion` and fallback of the RoutingDesign it read. */
  base: { rulesVersion: number; fallback: HandOffFallback };
};

export type RoutingSaveResult =
  /** `rulesVersion` is the version to base the next edit on. */
  | { ok: true; value: { saved: number; deleted: number; rulesVersion: number } }
  | { ok: false; reason: 'invalid'; problems: DesignProblem[] }
  | { ok: false; reason: 'changed_since' }
  | { ok: false; reason: 'no_lifecycle' };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Saves the routing rules in the order given and the lifecycle's hand-off fallback, in one
 * transaction: validated against the team first, refused when another window changed the rules or
 * the fallback since the edit began; rules left out are soft-deleted, unchanged ones are not touched.
 */
export async function updateRoutingRules(db: WorkspaceDb, input: RoutingRulesInput, now: number): Promise<RoutingSaveResult> {
  const team = await db.teamMembers.toArray();
  const rules = renumberRules(input.rules);
  const problems = validateRoutingRules(rules, team, input.fallback);
  if (problems.length > 0) return { ok: false, reason: 'invalid', problems };
  return runWrite(db, async (): Promise<RoutingSaveResult> => {
    const [stored, lifecycle] = await Promise.all([db.routingRules.toArray(), getActiveLifecycle(db)]);
    if (!lifecycle) return { ok: false, reason: 'no_lifecycle' };
    if (versionOf(stored) !== input.base.rulesVersion || !same(lifecycle.handOffFallback, input.base.fallback)) return { ok: false, reason: 'changed_since' };
    const byId = new Map(stored.map((r) => [r.id, r]));
    const changed = rules
      .filter((r) => {
        const old = byId.get(r.id);
        return !old || old.deletedAt !== null || !same({ ...old, createdAt: 0, updatedAt: 0 }, { ...r, createdAt: 0, updatedAt: 0 });
      })
      .map((r) => routingRuleSchema.parse({ ...r, createdAt: byId.get(r.id)?.createdAt ?? now, deletedAt: null, updatedAt: now }));
    const kept = new Set(rules.map((r) => r.id));
    const deleted = stored.filter((r) => r.deletedAt === null && !kept.has(r.id)).map((r) => ({ ...r, deletedAt: now, updatedAt: now }));
    if (changed.length + deleted.length > 0) await db.routingRules.bulkPut([...changed, ...deleted]);
    if (!same(lifecycle.handOffFallback, input.fallback)) await db.lifecycles.put({ ...lifecycle, handOffFallback: input.fallback, updatedAt: now });
    const rulesVersion = changed.length + deleted.length > 0 ? Math.max(versionOf(stored), now) : versionOf(stored);
    return { ok: true, value: { saved: changed.length, deleted: deleted.length, rulesVersion } };
  });
}

/** What a routing dry run reads once: every live contact with its company and routing facts, the team, the lifecycle and the routing state. */
export type RoutingDryRunSource = {
  contacts: { contact: Contact; company: Company | null; facts: RoutingContext['facts'] }[];
  team: TeamMember[];
  lifecycle: LifecycleDefinition | null;
  state: RoutingState;
};

export async function loadRoutingDryRunSource(db: WorkspaceDb): Promise<RoutingDryRunSource> {
  const [contacts, companies, deals, pipelines, team, design, meta] = await Promise.all([
    db.contacts.filter((c) => c.deletedAt === null).toArray(),
    db.companies.toArray(),
    db.deals.filter((d) => d.deletedAt === null && d.status === 'open').toArray(),
    db.pipelines.toArray(),
    db.teamMembers.toArray(),
    getActiveDesign(db),
    getWorkspaceMeta(db),
  ]);
  const companyById = new Map(companies.map((c) => [c.id, c]));
  const dealsOf = new Map<string, Deal[]>();
  for (const deal of deals) for (const id of deal.contactIds) dealsOf.set(id, [...(dealsOf.get(id) ?? []), deal]);
  // In the order they arrived, so round robin and least-loaded turn as they would have.
  contacts.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  return {
    contacts: contacts.map((contact) => ({
      contact,
      company: contact.companyId ? (companyById.get(contact.companyId) ?? null) : null,
      facts: routingFacts(
        {
          handOffMeasure: design ? cachedHandOffMeasure(design.model, contact) : contact.engagementScore,
          engagement: contact.engagementScore,
          fit: contact.fitScore,
          bant: contact.bantScore,
        },
        dealsOf.get(contact.id) ?? [],
        pipelines,
      ),
    })),
    team,
    lifecycle: design?.lifecycle ?? null,
    state: meta?.routingState ?? emptyRoutingState(),
  };
}
