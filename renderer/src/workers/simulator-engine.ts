import { conversions, funnelIds, monthsIn, stageEntries, timeInStage, type DateRange, type MeasuredFunnel } from '@shared/index';
import { loadSimulatorSource, type SimulatorSource } from '../db/repositories/simulator-repository';
import { openWorkspaceDb, type WorkspaceDb } from '../db/workspace-db';

/** What the page needs to know besides the measures: the money and the clock. */
export type SimulatorShape = { currency: string; timeZone: string; funnel: string[]; transitions: number };

/** What the workspace measured over a period, in the simulator's terms (shared's `calibratePlan` takes it). */
export function measureFunnel(source: SimulatorSource, range: DateRange): MeasuredFunnel {
  const funnel = source.lifecycle ? funnelIds(source.lifecycle) : [];
  const scope = source.liveContactIds;
  const rates = conversions(source.transitions, funnel, range, scope)
    .filter((c) => c.adjacent)
    .map((c) => ({ from: c.from, to: c.to, rate: c.rate }));
  const first = funnel[0];
  const entered = first ? stageEntries(source.transitions, [first], range, scope)[first]!.count : 0;
  const won = source.wonDeals.filter(
    (d) => d.currency === source.currency && d.amount !== null && d.closedAt !== null && d.closedAt >= range.from && d.closedAt < range.to,
  );
  return {
    rates,
    timeInStage: timeInStage(source.transitions, range, scope),
    monthlyVolume: entered > 0 ? entered / monthsIn(range) : null,
    averageDealValue: won.length > 0 ? won.reduce((sum, d) => sum + d.amount!, 0) / won.length : null,
  };
}

/** The simulator's calibration over one open workspace: what the simulator worker runs (tests run it without a worker). */
export function createSimulatorEngine() {
  let db: WorkspaceDb | null = null;
  let source: SimulatorSource | null = null;
  const shape = (s: SimulatorSource): SimulatorShape => ({
    currency: s.currency,
    timeZone: s.timeZone,
    funnel: s.lifecycle ? funnelIds(s.lifecycle) : [],
    transitions: s.transitions.length,
  });
  async function open(dbName: string): Promise<SimulatorShape> {
    close();
    db = openWorkspaceDb(dbName);
    source = await loadSimulatorSource(db);
    return shape(source);
  }
  async function refresh(): Promise<SimulatorShape> {
    if (!db) throw new Error('the simulator worker has no open workspace');
    source = await loadSimulatorSource(db);
    return shape(source);
  }
  function measure(range: DateRange): MeasuredFunnel {
    if (!source) throw new Error('the simulator worker has no open workspace');
    return measureFunnel(source, range);
  }
  function close(): void {
    db?.close();
    db = null;
    source = null;
  }
  return { open, refresh, measure, close };
}
