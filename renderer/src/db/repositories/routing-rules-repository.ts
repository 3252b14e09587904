import { renumberRules, routingRuleSchema, validateRoutingRules, type DesignProblem } from '@shared/index';
import type { HandOffFallback, RoutingRule } from '@shared/model';
import { runWrite } from '../write-path';
import type { WorkspaceDb } from '../workspace-db';
import { getActiveLifecycle } from './lifecycle-repository';

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
  | { ok: true; value: { saved: number; deleted: number } }
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
        return !old || old.deletedAt !== null || !same({ ...old, updatedAt: 0 }, { ...r, updatedAt: 0 });
      })
      .map((r) => routingRuleSchema.parse({ ...r, createdAt: byId.get(r.id)?.createdAt ?? now, deletedAt: null, updatedAt: now }));
    const kept = new Set(rules.map((r) => r.id));
    const deleted = stored.filter((r) => r.deletedAt === null && !kept.has(r.id)).map((r) => ({ ...r, deletedAt: now, updatedAt: now }));
    if (changed.length + deleted.length > 0) await db.routingRules.bulkPut([...changed, ...deleted]);
    if (!same(lifecycle.handOffFallback, input.fallback)) await db.lifecycles.put({ ...lifecycle, handOffFallback: input.fallback, updatedAt: now });
    return { ok: true, value: { saved: changed.length, deleted: deleted.length } };
  });
}
