import type { Deal, LifecycleDefinition, StageTransition } from '@shared/model';
import type { WorkspaceDb } from '../workspace-db';
import { getActiveLifecycle } from './lifecycle-repository';
import { getWorkspaceMeta } from './meta-repository';

/** What the simulator is calibrated from: the stage log, won deals, and the live contacts they count. */
export type SimulatorSource = {
  lifecycle: LifecycleDefinition | null;
  currency: string;
  timeZone: string;
  transitions: StageTransition[];
  wonDeals: Pick<Deal, 'amount' | 'currency' | 'closedAt'>[];
  liveContactIds: Set<string>;
};

/** Reads the simulator's source in one read transaction (the log and deals agree with each other). */
export async function loadSimulatorSource(db: WorkspaceDb): Promise<SimulatorSource> {
  return db.transaction('r', [db.transitions, db.contacts, db.deals, db.lifecycles, db.meta], async () => {
    const [transitions, contactIds, deals, lifecycle, meta] = await Promise.all([
      db.transitions.toArray(),
      db.contacts.filter((c) => c.deletedAt === null).primaryKeys(),
      db.deals.filter((d) => d.deletedAt === null && d.status === 'won').toArray(),
      getActiveLifecycle(db),
      getWorkspaceMeta(db),
    ]);
    return {
      lifecycle: lifecycle ?? null,
      currency: meta?.currency ?? 'USD',
      timeZone: meta?.calendar.timeZone ?? 'UTC',
      transitions,
      wonDeals: deals.map(({ amount, currency, closedAt }) => ({ amount, currency, closedAt })),
      liveContactIds: new Set(contactIds as string[]),
    };
  });
}
