import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Task } from '../model/task';
import { contact, DAY, T0 } from '../testing/fixtures';
import { appendTransitions, buildFunnelIndex, updateAssignments, updateContactPipelines, updateContacts, updateTasks, updateTeam } from './funnel-index';
import { funnelMembers } from './funnel-members';
import { funnelQuerySchema, type FunnelQuery } from './funnel-query';
import { funnelReport, funnelReportSchema } from './funnel-report';
import { arbContacts, arbLogWithTasks, arbRange, testFunnel, testTeam, transition } from './funnel-testing';

const HOUR = 3_600_000;
const everything = (view: FunnelQuery['view'], range = { from: T0, to: T0 + 13 * DAY }): FunnelQuery => ({
  range,
  view,
  filters: {},
  compare: 'previous_period',
});

describe('funnel index updates', () => {
  it('gives the same reports after batches of new, changed, late and deleted lines as a fresh build', () => {
    const arbEdits = fc.array(fc.record({ pick: fc.nat(), day: fc.option(fc.integer({ min: 0, max: 12 })), deleted: fc.boolean() }), { maxLength: 10 });
    fc.assert(
      fc.property(arbLogWithTasks, arbContacts, arbContacts, fc.nat(), arbEdits, arbRange, ({ log, tasks }, contacts, laterContacts, cut, edits, range) => {
        // The index sees part of the log and old contact records, then the rest in a live query's batches.
        const split = log.length ? cut % (log.length + 1) : 0;
        const index = buildFunnelIndex({ transitions: log.slice(0, split), contacts, funnel: testFunnel, team: testTeam, tasks: tasks.slice(0, 5) });
        appendTransitions(index, log.slice(split, split + 3));
        appendTransitions(index, log.slice(split + 3));
        // A live query may hand over lines the index already holds: they must not be added twice.
        appendTransitions(index, log);
        const final = [...log];
        const changed = edits.flatMap(({ pick, day, deleted }) => {
          if (final.length === 0) return [];
          const i = pick % final.length;
          const t = final[i]!;
          // An edit stamps updatedAt (the write path always does); the index relies on it to spot a line whose time moved.
          final[i] = { ...t, at: day === null ? t.at : T0 + day * DAY, deletedAt: deleted ? T0 : t.deletedAt, updatedAt: t.updatedAt + 1 };
          return [final[i]!];
        });
        appendTransitions(index, changed);
        updateContacts(index, laterContacts);
        // Tasks arrive later too, and some change: followed up, or deleted.
        const changedTasks = tasks.map((k, i) => (i % 3 === 0 ? { ...k, doneAt: k.createdAt + i * HOUR } : i % 3 === 1 ? { ...k, deletedAt: k.createdAt } : k));
        updateTasks(index, tasks.slice(5));
        updateTasks(
          index,
          changedTasks.filter((_, i) => i % 2 === 0),
        );
        const finalTasks = tasks.map((k, i) => (i % 2 === 0 ? changedTasks[i]! : k));
        const fresh = buildFunnelIndex({
          transitions: final,
          contacts: [...contacts, ...laterContacts],
          funnel: testFunnel,
          team: testTeam,
          tasks: finalTasks,
        });
        expect(index.rowLive.subarray(0, index.size).reduce((n, live) => n + live, 0)).toBe(final.filter((t) => t.deletedAt === null).length);
        for (const view of ['activity', 'cohort'] as const) {
          const q = { ...everything(view, range), filters: { sources: ['website', null] }, handOffStageId: 'mql', now: T0 + 14 * DAY };
          expect(funnelReport(index, q)).toEqual(funnelReport(fresh, q));
          expect(funnelReport(index, everything(view, range))).toEqual(funnelReport(fresh, everything(view, range)));
        }
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * Hand-built month (day 0 = T0):
 *   A: prospect d0 → lead d1 → mql d2 → recycled d3 → lead d5 → mql d6 → sql d7 (a recycle loop)
 *   B: prospect d0 → lead d2 → mql d4 (still waiting)
 *   C: lead d1 → disqualified d2
 *   D: prospect d-20 → lead d-15 → mql d-10 → sql d-9 (previous period)
 */
const log = [
  transition('t01', 'D', null, 'prospect', -20),
  transition('t02', 'D', 'prospect', 'lead', -15),
  transition('t03', 'D', 'lead', 'mql', -10),
  transition('t04', 'D', 'mql', 'sql', -9),
  transition('t05', 'A', null, 'prospect', 0),
  transition('t06', 'B', null, 'prospect', 0),
  transition('t07', 'A', 'prospect', 'lead', 1),
  transition('t08', 'C', null, 'lead', 1),
  transition('t09', 'A', 'lead', 'mql', 2),
  transition('t10', 'B', 'prospect', 'lead', 2),
  transition('t11', 'C', 'lead', 'disqualified', 2),
  transition('t12', 'A', 'mql', 'recycled', 3),
  transition('t13', 'B', 'lead', 'mql', 4),
  transition('t14', 'A', 'recycled', 'lead', 5),
  transition('t15', 'A', 'lead', 'mql', 6),
  transition('t16', 'A', 'mql', 'sql', 7),
  transition('t17', 'B', 'lead', 'sql', 9, true),
];
const contacts = [
  contact({ id: 'A', ownerId: 'sdr1', tags: ['vip'] }),
  contact({ id: 'B', ownerId: 'ae1', source: 'event' }),
  contact({ id: 'C', ownerId: null }),
  contact({ id: 'D', ownerId: 'sdr2', tags: ['vip', 'apac'] }),
];
const month = { from: T0, to: T0 + 20 * DAY };
const slaTask = (id: string, contactId: string, createdDay: number, deadlineHours: number, doneDay: number | null): Task => ({
  id,
  createdAt: T0 + createdDay * DAY,
  updatedAt: T0 + createdDay * DAY,
  deletedAt: null,
  title: 'Follow up',
  kind: 'follow_up',
  contactId,
  dealId: null,
  ownerId: null,
  dueAt: null,
  slaDeadline: T0 + createdDay * DAY + deadlineHours * HOUR,
  doneAt: doneDay === null ? null : T0 + doneDay * DAY,
});
const tasks = [
  slaTask('k1', 'A', 2, 24, 2.5), // A's first MQL stay: followed up in 12 h
  slaTask('k2', 'A', 6, 24, null), // A's second stay: still open when A left for SQL a day later, on time
  slaTask('k3', 'B', 4, 24, null), // B: waiting since d4, breached by d10
  slaTask('k4', 'D', -10, 5, null), // D (previous period): left MQL after a day, past its 5 h deadline
];
const index = buildFunnelIndex({
  transitions: log,
  contacts,
  funnel: testFunnel,
  team: testTeam,
  pipelinesByContact: [['B', ['sales']]],
  tasks,
});
const q = (filters: FunnelQuery['filters'] = {}, view: FunnelQuery['view'] = 'activity'): FunnelQuery => ({
  range: month,
  view,
  filters,
  compare: 'previous_period',
  handOffStageId: 'mql',
  now: T0 + 10 * DAY,
});

describe('funnel report on a hand-built month', () => {
  it('speaks plain data a worker can post: the query and the report parse by their schemas', () => {
    expect(funnelQuerySchema.parse(q({ roles: ['sdr'] }))).toEqual(q({ roles: ['sdr'] }));
    const report = funnelReport(index, q());
    expect(funnelReportSchema.parse(structuredClone(report))).toEqual(report);
  });

  it('counts stages, side states and deltas against the month before', () => {
    const bars = Object.fromEntries(funnelReport(index, q()).stages.map((s) => [s.stageId, [s.count, s.previous, s.delta]]));
    expect(bars).toEqual({
      prospect: [2, 1, 1],
      lead: [3, 1, 2],
      mql: [2, 1, 1],
      sql: [1, 1, 0],
      customer: [0, 0, 0],
      recycled: [1, 0, 1],
      disqualified: [1, 0, 1],
    });
  });

  it('draws the recycle loop and the disqualification as flow bands, one contact per band', () => {
    const flows = Object.fromEntries(funnelReport(index, q()).flows.map((f) => [`${f.from ?? 'new'}>${f.to}`, f.count]));
    expect(flows).toMatchObject({
      'new>prospect': 2,
      'new>lead': 1,
      'lead>mql': 2,
      'mql>recycled': 1,
      'recycled>lead': 1,
      'lead>disqualified': 1,
      'mql>sql': 1,
    });
    // A went lead → mql twice: one contact on the band.
    expect(funnelMembers(index, q(), { kind: 'link', period: 'current', from: 'lead', to: 'mql' })).toEqual(['A', 'B']);
  });

  it('names no bottleneck from two MQLs and counts the MQLs that waited past the SLA', () => {
    const report = funnelReport(index, q());
    // MQL → SQL is 1 of 2 now (B still waiting), 1 of 1 the month before: too few contacts to name any step.
    expect(report.conversions.find((c) => c.from === 'mql' && c.to === 'sql')).toMatchObject({ entered: 2, rate: 0.5, previousRate: 1 });
    expect(report.bottleneck).toBeNull();
    expect(report.handOff).toEqual({ stageId: 'mql', entered: 2, breached: 1, previousEntered: 1, previousBreached: 1 });
    expect(funnelMembers(index, q(), { kind: 'hand_off', period: 'current', part: 'breached' })).toEqual(['B']);
    // Done in time on the update: B no longer breached.
    updateTasks(index, [{ ...tasks[2]!, doneAt: T0 + 4.5 * DAY }]);
    expect(funnelReport(index, q()).handOff).toMatchObject({ entered: 2, breached: 0 });
    updateTasks(index, [tasks[2]!]);
  });

  it('filters by owner role, tag and pipeline, each through the contact record', () => {
    const mqls = (filters: FunnelQuery['filters']) => funnelMembers(index, q(filters), { kind: 'stage', period: 'current', stageId: 'mql' });
    expect(mqls({ roles: ['sdr'] })).toEqual(['A']);
    expect(mqls({ roles: ['ae'] })).toEqual(['B']);
    expect(mqls({ tags: ['vip'] })).toEqual(['A']);
    expect(mqls({ tags: ['unknown-tag'] })).toEqual([]);
    expect(mqls({ pipelineId: 'sales' })).toEqual(['B']);
    expect(mqls({ ownerIds: [null] })).toEqual([]);
    expect(funnelMembers(index, q({ ownerIds: [null] }), { kind: 'stage', period: 'current', stageId: 'disqualified' })).toEqual(['C']);
    updateContactPipelines(index, [['B', []]]);
    expect(mqls({ pipelineId: 'sales' })).toEqual([]);
    updateContactPipelines(index, [['B', ['sales']]]);
  });

  it('keeps a contact for the owners it had: an SDR’s funnel goes on after the hand-off to an AE', () => {
    // B is the AE's now; an assignment says sdr2 had it before (handed on at SQL).
    const handedOn = { id: 'as1', contactId: 'B', fromOwnerId: 'sdr2', toOwnerId: 'ae1', deletedAt: null };
    const local = buildFunnelIndex({ transitions: log, contacts, funnel: testFunnel, team: testTeam, assignments: [handedOn] });
    const members = (filters: FunnelQuery['filters'], stageId: string) => funnelMembers(local, q(filters), { kind: 'stage', period: 'current', stageId });
    expect(members({ ownerIds: ['sdr2'] }, 'mql')).toEqual(['B']);
    expect(members({ roles: ['sdr'] }, 'mql')).toEqual(['A', 'B']);
    // Still the AE's, and "no owner" is never an earlier owner.
    expect(members({ ownerIds: ['ae1'] }, 'mql')).toEqual(['B']);
    expect(members({ ownerIds: [null] }, 'disqualified')).toEqual(['C']);
    // The incremental path gives what a build gives; a deleted assignment is forgotten.
    const later = buildFunnelIndex({ transitions: log, contacts, funnel: testFunnel, team: testTeam });
    updateAssignments(later, [handedOn]);
    expect(funnelReport(later, q({ ownerIds: ['sdr2'] }))).toEqual(funnelReport(local, q({ ownerIds: ['sdr2'] })));
    updateAssignments(later, [{ ...handedOn, deletedAt: T0 }]);
    expect(funnelMembers(later, q({ ownerIds: ['sdr2'] }), { kind: 'stage', period: 'current', stageId: 'mql' })).toEqual([]);
  });

  it('cohort view: the month’s new contacts (A, B, C; not D) and what they reached by now', () => {
    const report = funnelReport(index, q({}, 'cohort'));
    expect(report.stages.filter((s) => s.funnel).map((s) => s.count)).toEqual([2, 3, 2, 1, 0]);
    expect(report.conversions.find((s) => s.from === 'lead')).toMatchObject({ entered: 3, converted: 2, rate: 2 / 3 });
    // The deleted B → sql line does not count: only A reached SQL.
    expect(funnelMembers(index, q({}, 'cohort'), { kind: 'stage', period: 'current', stageId: 'sql' })).toEqual(['A']);
    expect(report.overall).toMatchObject({ from: 'prospect', to: 'customer', entered: 2, converted: 0, rate: 0 });
  });

  it('drops a deleted contact from every figure', () => {
    const local = buildFunnelIndex({ transitions: log, contacts, funnel: testFunnel });
    updateContacts(local, [{ ...contacts[0]!, deletedAt: T0 }]);
    expect(funnelMembers(local, q(), { kind: 'stage', period: 'current', stageId: 'lead' })).toEqual(['B', 'C']);
  });

  it('judges the tasks of the stay: one made as the contact entered, not one made as it left (runningSlaTasks)', () => {
    // E enters MQL on day 1 and is recycled on day 2; a task made at that instant belongs to the recycled stay.
    const lines = [transition('e1', 'E', null, 'mql', 1), transition('e2', 'E', 'mql', 'recycled', 2)];
    const late = slaTask('late', 'E', 2, 1, null);
    const local = buildFunnelIndex({ transitions: lines, contacts: [contact({ id: 'E' })], funnel: testFunnel, tasks: [late] });
    expect(funnelReport(local, q()).handOff).toMatchObject({ entered: 1, breached: 0 });
    // One made at the instant it entered is the MQL's, and its 1 h passed before the recycle.
    updateTasks(local, [slaTask('onEntry', 'E', 1, 1, null)]);
    expect(funnelReport(local, q()).handOff).toMatchObject({ entered: 1, breached: 1 });
  });
});

describe('a team update', () => {
  it('changes the roles of the members it lists and keeps every other member’s (a refresh lists only the members written since)', () => {
    const contacts = [contact({ id: 'a', ownerId: 'sdr1' }), contact({ id: 'b', ownerId: 'ae1' })];
    const index = buildFunnelIndex({
      transitions: [transition('t1', 'a', null, 'lead', 1), transition('t2', 'b', null, 'lead', 1)],
      contacts,
      funnel: testFunnel,
      team: testTeam,
    });
    const sdrQuery: FunnelQuery = { range: { from: T0, to: T0 + 5 * DAY }, view: 'activity', filters: { roles: ['sdr'] }, compare: 'none' };
    expect(funnelMembers(index, sdrQuery, { kind: 'stage', period: 'current', stageId: 'lead' })).toEqual(['a']);
    // A new EBR joins: the SDR's contacts stay the SDRs'.
    updateTeam(index, [{ id: 'ebr1', role: 'ebr' }]);
    expect(funnelMembers(index, sdrQuery, { kind: 'stage', period: 'current', stageId: 'lead' })).toEqual(['a']);
    // The AE becomes an SDR: their contacts join.
    updateTeam(index, [{ id: 'ae1', role: 'sdr' }]);
    expect(funnelMembers(index, sdrQuery, { kind: 'stage', period: 'current', stageId: 'lead' })).toEqual(['a', 'b']);
  });
});
