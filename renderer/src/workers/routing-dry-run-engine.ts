import { dryRun, routingFallback } from '@shared/index';
import type { HandOffFallback, RoutingRule } from '@shared/model';
import { loadRoutingDryRunSource, type RoutingDryRunSource } from '../db/repositories/routing-rules-repository';
import { openWorkspaceDb, type WorkspaceDb } from '../db/workspace-db';

export type RoutingDryRunInput = { rules: RoutingRule[]; fallback: HandOffFallback };

export type RoutingDryRunResult = {
  contacts: number;
  /** Leads per member, every live member listed (0 included), most first. */
  perMember: { memberId: string; count: number }[];
  /** Leads per rule id; `fallback` for those the fallback took. */
  perRule: Record<string, number>;
  unassigned: number;
  ms: number;
};

/**
 * The routing rules' dry run over every real contact of one workspace (what the routing worker runs,
 * and tests run without a worker): the contacts are read once, each run routes them all in order
 * through shared's dryRun with a draft's rules and fallback (capacities lifted: all at once would fill them), nothing written.
 */
export function createRoutingDryRunEngine() {
  let state: { db: WorkspaceDb; source: RoutingDryRunSource } | null = null;

  async function open(dbName: string): Promise<{ contacts: number }> {
    close();
    const db = openWorkspaceDb(dbName);
    state = { db, source: await loadRoutingDryRunSource(db) };
    return { contacts: state.source.contacts.length };
  }

  /** Reads the workspace again (after a write). */
  async function refresh(): Promise<{ contacts: number }> {
    if (!state) throw new Error('the routing worker has no open workspace');
    state.source = await loadRoutingDryRunSource(state.db);
    return { contacts: state.source.contacts.length };
  }

  function run(input: RoutingDryRunInput): RoutingDryRunResult {
    if (!state) throw new Error('the routing worker has no open workspace');
    const { contacts, team, lifecycle, state: routingState } = state.source;
    const started = performance.now();
    const fallback = lifecycle ? routingFallback({ ...lifecycle, handOffFallback: input.fallback }, team) : null;
    const result = dryRun(input.rules, contacts, team, routingState, Date.now(), new Map(), fallback, { applyCapacity: false });
    const perMember = team
      .filter((m) => m.deletedAt === null)
      .map((m) => ({ memberId: m.id, count: result.perMember.get(m.id) ?? 0 }))
      .sort((a, b) => b.count - a.count);
    return {
      contacts: contacts.length,
      perMember,
      perRule: Object.fromEntries(result.perRule),
      unassigned: result.unassigned.length,
      ms: performance.now() - started,
    };
  }

  function close(): void {
    state?.db.close();
    state = null;
  }

  return { open, refresh, run, close };
}
