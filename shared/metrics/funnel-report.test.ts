import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY, T0 } from '../testing/fixtures';
import type { Contact } from '../model/contact';
import type { StageTransition } from '../model/stage-transition';
import { conversions, stageEntries } from './funnel';
import { buildFunnelIndex } from './funnel-index';
import { funnelMembers } from './funnel-members';
import type { FunnelFilters, FunnelQuery } from './funnel-query';
import { funnelReport } from './funnel-report';
import { arbContacts, arbLog, arbRange, arbLogWithTasks, testFunnel, testOwners, testStages, testTeam } from './funnel-testing';
import type { Task } from '../model/task';
import { chronological } from './scope';
import { contactScope, type DateRange } from './scope';

const pipelinesOf = (contacts: readonly Contact[]) => contacts.map((c) => [c.id, c.tags.includes('vip') ? ['sales'] : []] as const);

const build = (log: StageTransition[], contacts: Contact[]) =>
  buildFunnelIndex({ transitions: log, contacts, funnel: testFunnel, team: testTeam, pipelinesByContact: pipelinesOf(contacts) });

const arbFilters: fc.Arbitrary<FunnelFilters> = fc.record(
  {
    ownerIds: fc.subarray([...testOwners, null]),
    roles: fc.subarray(['sdr', 'ae'] as const),
    sources: fc.subarray(['website', 'event', null]),
    personaIds: fc.subarray(['p1', 'p2', null]),
    tags: fc.subarray(['vip', 'apac', 'trial']),
    pipelineId: fc.constantFrom('sales', 'none'),
  },
  { requiredKeys: [] },
);

/** The filters' meaning written the slow, obvious way: the oracle the index's masks are checked against. */
function naiveScope(log: readonly StageTransition[], contacts: readonly Contact[], f: FunnelFilters): Set<string> {
  const deleted = new Set(contacts.filter((c) => c.deletedAt !== null).map((c) => c.id));
  if (Object.keys(f).length === 0) return new Set(log.map((t) => t.contactId).filter((id) => !deleted.has(id)));
  const role = new Map<string, string>(testTeam.map((m) => [m.id, m.role]));
  return new Set(
    contacts
      .filter((c) => c.deletedAt === null)
      .filter((c) => !f.ownerIds || f.ownerIds.includes(c.ownerId))
      .filter((c) => !f.roles || (c.ownerId !== null && f.roles.some((r) => role.get(c.ownerId!) === r)))
      .filter((c) => !f.sources || f.sources.includes(c.source))
      .filter((c) => !f.personaIds || f.personaIds.includes(c.personaId))
      .filter((c) => !f.tags || c.tags.some((t) => f.tags!.includes(t)))
      .filter((c) => f.pipelineId === undefined || (f.pipelineId === 'sales' && c.tags.includes('vip')))
      .map((c) => c.id),
  );
}

/** Cohort view by hand: contacts whose first live line is in the period, and what they reached by now. */
function naiveCohort(log: readonly StageTransition[], scope: Set<string>, range: DateRange) {
  const live = log.filter((t) => t.deletedAt === null && scope.has(t.contactId));
  const firstLine = new Map<string, number>();
  for (const t of live) firstLine.set(t.contactId, Math.min(t.at, firstLine.get(t.contactId) ?? Infinity));
  const members = [...firstLine].filter(([, at]) => at >= range.from && at < range.to).map(([id]) => id);
  const entries = (id: string, stage: string) => live.filter((t) => t.contactId === id && t.to === stage).map((t) => t.at);
  const reached = (stage: string) => members.filter((id) => entries(id, stage).length > 0);
  const step = (from: string, to: string) => {
    const entered = reached(from);
    const converted = entered.filter((id) => Math.max(...entries(id, to)) >= Math.min(...entries(id, from)));
    return [entered.length, converted.length];
  };
  return { reached, step };
}

const query = (range: DateRange, view: FunnelQuery['view'], filters: FunnelFilters = {}): FunnelQuery => ({ range, view, filters, compare: 'previous_period' });
const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('funnel report, activity view', () => {
  it('agrees with stageEntries and conversions on random logs and filters', () => {
    fc.assert(
      fc.property(arbLog, arbContacts, arbRange, arbFilters, (log, contacts, range, filters) => {
        const index = build(log, contacts);
        const q = query(range, 'activity', filters);
        const report = funnelReport(index, q);
        const scope = naiveScope(log, contacts, filters);
        const entries = stageEntries(log, testStages, range, scope);
        for (const bar of report.stages) {
          expect(bar.count).toBe(entries[bar.stageId]!.count);
          expect(sorted(funnelMembers(index, q, { kind: 'stage', period: 'current', stageId: bar.stageId }))).toEqual(sorted(entries[bar.stageId]!.ids));
        }
        const expected = conversions(log, testFunnel, range, scope);
        expect(report.conversions.map((s) => [s.from, s.to, s.adjacent, s.entered, s.converted, s.rate])).toEqual(
          expected.map((c) => [c.from, c.to, c.adjacent, c.entered.count, c.converted.count, c.rate]),
        );
        for (const [i, step] of report.conversions.entries()) {
          const members = funnelMembers(index, q, { kind: 'conversion', period: 'current', from: step.from, to: step.to, part: 'converted' });
          expect(sorted(members)).toEqual(sorted(expected[i]!.converted.ids));
        }
        expect(report.overall).toMatchObject({ from: 'prospect', to: 'customer', adjacent: false });
      }),
      { numRuns: 300 },
    );
  });

  it('reads the owner, source and persona filters as contactScope does', () => {
    fc.assert(
      fc.property(arbLog, arbContacts, fc.constantFrom(...testOwners), fc.constantFrom('website', 'event'), (log, contacts, owner, source) => {
        const live = contacts.filter((c) => c.deletedAt === null);
        const index = build(log, contacts);
        const q = query({ from: 0, to: Number.MAX_SAFE_INTEGER }, 'activity', { ownerIds: [owner], sources: [source] });
        const scope = contactScope(live, { ownerIds: [owner], source })!;
        expect(funnelReport(index, q).stages.map((s) => s.count)).toEqual(testStages.map((s) => stageEntries(log, [s], q.range, scope)[s]!.count));
      }),
    );
  });

  it('counts each flow band as the distinct contacts that made that move in the period, recycle loops included', () => {
    fc.assert(
      fc.property(arbLog, arbContacts, arbRange, arbFilters, (log, contacts, range, filters) => {
        const index = build(log, contacts);
        const q = query(range, 'activity', filters);
        const scope = naiveScope(log, contacts, filters);
        const bands = new Map<string, Set<string>>();
        for (const t of log)
          if (t.deletedAt === null && scope.has(t.contactId) && t.at >= range.from && t.at < range.to) {
            const key = `${t.from}>${t.to}`;
            bands.set(key, (bands.get(key) ?? new Set()).add(t.contactId));
          }
        const flows = funnelReport(index, q).flows.filter((f) => f.count > 0);
        expect(Object.fromEntries(flows.map((f) => [`${f.from}>${f.to}`, f.count]))).toEqual(Object.fromEntries([...bands].map(([k, ids]) => [k, ids.size])));
        for (const f of flows) expect(funnelMembers(index, q, { kind: 'link', period: 'current', from: f.from, to: f.to })).toHaveLength(f.count);
      }),
    );
  });
});

describe('funnel report, cohort view', () => {
  it('follows the contacts whose first log line is in the period, until now', () => {
    fc.assert(
      fc.property(arbLog, arbContacts, arbRange, arbFilters, (log, contacts, range, filters) => {
        const index = build(log, contacts);
        const q = query(range, 'cohort', filters);
        const report = funnelReport(index, q);
        const oracle = naiveCohort(log, naiveScope(log, contacts, filters), range);
        for (const bar of report.stages) {
          expect(sorted(funnelMembers(index, q, { kind: 'stage', period: 'current', stageId: bar.stageId }))).toEqual(sorted(oracle.reached(bar.stageId)));
          expect(bar.count).toBe(oracle.reached(bar.stageId).length);
        }
        for (const s of report.conversions) {
          expect([s.entered, s.converted]).toEqual(oracle.step(s.from, s.to));
          expect(funnelMembers(index, q, { kind: 'conversion', period: 'current', from: s.from, to: s.to, part: 'entered' })).toHaveLength(s.entered);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('funnel report, previous period', () => {
  it('compares with the period of the same length just before, and drills into it', () => {
    fc.assert(
      fc.property(arbLog, arbContacts, arbRange, fc.constantFrom('cohort' as const, 'activity' as const), (log, contacts, range, view) => {
        const index = build(log, contacts);
        const report = funnelReport(index, query(range, view));
        const length = range.to - range.from;
        const before = funnelReport(index, query({ from: range.from - length, to: range.from }, view));
        expect(report.previousRange).toEqual(before.range);
        expect(report.stages.map((s) => s.previous)).toEqual(before.stages.map((s) => s.count));
        expect(report.stages.map((s) => s.delta)).toEqual(report.stages.map((s, i) => s.count - before.stages[i]!.count));
        expect(report.conversions.map((s) => s.previousRate)).toEqual(before.conversions.map((s) => s.rate));
        for (const s of report.stages)
          expect(funnelMembers(index, query(range, view), { kind: 'stage', period: 'previous', stageId: s.stageId })).toHaveLength(s.previous!);
      }),
    );
  });
});

/**
 * The SLA facts by hand: each hand-off entry in the period is a stay until the contact's next line
 * (in log order) or for good; a task made during the stay breaches if it was not done, nor the stay
 * over, by its deadline (open ones judged at `now`).
 */
function naiveHandOff(log: readonly StageTransition[], tasks: readonly Task[], scope: Set<string>, range: DateRange, now: number) {
  const ordered = chronological(log);
  const entered = new Set<string>();
  const breached = new Set<string>();
  ordered.forEach((t, i) => {
    if (t.to !== 'mql' || !scope.has(t.contactId) || t.at < range.from || t.at >= range.to) return;
    entered.add(t.contactId);
    const leftAt = ordered.slice(i + 1).find((n) => n.contactId === t.contactId)?.at ?? Infinity;
    for (const k of tasks)
      if (k.deletedAt === null && k.contactId === t.contactId && k.createdAt >= t.at && k.createdAt < leftAt) {
        const stopped = Math.min(k.doneAt ?? Infinity, leftAt);
        if ((stopped === Infinity ? now : stopped) > k.slaDeadline!) breached.add(t.contactId);
      }
  });
  return { entered, breached };
}

describe('funnel report, hand-off SLA facts', () => {
  it('counts the contacts entering the hand-off stage and those that waited past an SLA deadline', () => {
    fc.assert(
      fc.property(arbLogWithTasks, arbContacts, arbRange, fc.oneof(fc.constant({}), arbFilters), ({ log, tasks }, contacts, range, filters) => {
        const index = buildFunnelIndex({ transitions: log, contacts, funnel: testFunnel, team: testTeam, pipelinesByContact: pipelinesOf(contacts), tasks });
        const now = T0 + 14 * DAY;
        const q: FunnelQuery = { ...query(range, 'activity', filters), handOffStageId: 'mql', now };
        const expected = naiveHandOff(log, tasks, naiveScope(log, contacts, filters), range, now);
        const facts = funnelReport(index, q).handOff!;
        expect([facts.entered, facts.breached]).toEqual([expected.entered.size, expected.breached.size]);
        expect(sorted(funnelMembers(index, q, { kind: 'hand_off', period: 'current', part: 'breached' }))).toEqual(sorted(expected.breached));
      }),
      { numRuns: 1000 },
    );
  });
});
