import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Task } from '../model/task';
import { taskMetrics } from '../metrics/pipeline-and-tasks';
import { DAY, deal, T0, task as taskFixture, teamMember } from '../testing/fixtures';
import { tasksByRep, tasksByRepTable } from './tasks-by-rep';

const HOUR = 3_600_000;
const task = (id: string, ownerId: string | null, overrides: Partial<Task> = {}) => taskFixture(id, { ownerId, ...overrides });
const handOff = (id: string, ownerId: string, doneAfterHours: number | null, overrides: Partial<Task> = {}) =>
  task(id, ownerId, {
    kind: 'follow_up',
    contactId: 'c1',
    dueAt: T0 + 24 * HOUR,
    slaDeadline: T0 + 24 * HOUR,
    doneAt: doneAfterHours === null ? null : T0 + doneAfterHours * HOUR,
    ...overrides,
  });

const now = T0 + 3 * DAY;
const team = [teamMember('sdr1'), teamMember('sdr2'), teamMember('ae1', { role: 'ae' }), teamMember('gone', { active: false })];
const deals = [deal('d1'), deal('d2', { pipelineId: 'other' })];
const tasks = [
  handOff('h1', 'sdr1', 2), // on time
  handOff('h2', 'sdr1', 30), // done late: a breach
  handOff('h3', 'sdr1', null), // open past the deadline: a breach
  task('k1', 'sdr1', { dueAt: T0 + DAY }), // overdue
  task('k2', 'ae1', { dealId: 'd1', doneAt: T0 }),
  task('k3', 'ae1', { dealId: 'd2' }),
  task('k4', null),
  task('k5', 'x-left', { createdAt: T0 + 10 * DAY }),
  task('k6', 'sdr1', { deletedAt: T0 }),
];

describe('tasksByRep', () => {
  it('adds SLA breaches and follow-up time to taskMetrics, and gives idle reps a row', () => {
    const rows = tasksByRep(tasks, deals, team, {}, now);
    expect(rows.map((r) => r.ownerId)).toEqual(['sdr1', 'sdr2', 'ae1', 'x-left', null]);
    const sdr1 = rows[0]!;
    expect(sdr1).toMatchObject({
      role: 'sdr',
      open: { ids: ['h3', 'k1'] },
      done: { ids: ['h1', 'h2'] },
      overdue: { ids: ['h3', 'k1'] },
      slaBreaches: { ids: ['h2', 'h3'] },
    });
    expect(sdr1.followUpHours).toEqual({ median: 2, p90: 30, count: 2, ids: ['h1', 'h2'] });
    expect(rows[1]).toMatchObject({ ownerId: 'sdr2', open: { count: 0 }, slaBreaches: { count: 0 }, followUpHours: { median: null, count: 0 } });
    expect(rows[3]!.role).toBeNull();
  });

  it('filters by pipeline (through the deal), owner and created date like taskMetrics', () => {
    expect(tasksByRep(tasks, deals, team, { pipelineId: 'p' }, now).find((r) => r.ownerId === 'ae1')).toMatchObject({
      done: { ids: ['k2'] },
      open: { count: 0 },
    });
    // A hand-off task has no deal, so a pipeline filter leaves it out (as taskMetrics does).
    expect(tasksByRep(tasks, deals, team, { pipelineId: 'p' }, now).find((r) => r.ownerId === 'sdr1')!.slaBreaches.count).toBe(0);
    expect(tasksByRep(tasks, deals, team, { ownerIds: ['sdr2', 'x-left'] }, now).map((r) => r.ownerId)).toEqual(['sdr2', 'x-left']);
    expect(tasksByRep(tasks, deals, team, { created: { from: T0 + DAY, to: T0 + 20 * DAY } }, now).map((r) => [r.ownerId, r.open.count])).toEqual([
      ['sdr1', 0],
      ['sdr2', 0],
      ['ae1', 0],
      ['x-left', 1],
    ]);
  });

  it('lays out as a table', () => {
    const table = tasksByRepTable(tasksByRep(tasks, deals, team, {}, now));
    expect(table.rows[0]).toEqual({ ownerId: 'sdr1', open: 2, done: 2, overdue: 2, slaBreaches: 2, followUpMedian: 2, followUpP90: 30 });
    // Each count opens the contacts or deals its tasks belong to (issue 11): sdr1's hand-offs are all on c1; k1 belongs to nothing.
    expect(table.cellRecords?.[0]).toEqual({
      open: { kind: 'contacts', ids: ['c1'] },
      done: { kind: 'contacts', ids: ['c1'] },
      overdue: { kind: 'contacts', ids: ['c1'] },
      slaBreaches: { kind: 'contacts', ids: ['c1'] },
      followUpMedian: { kind: 'contacts', ids: ['c1'] },
      followUpP90: { kind: 'contacts', ids: ['c1'] },
    });
    // ae1's tasks are all on deals: its counts open the deals.
    expect(table.cellRecords?.[2]).toMatchObject({ open: { kind: 'deals', ids: ['d2'] }, done: { kind: 'deals', ids: ['d1'] } });
  });

  it('agrees with taskMetrics on every owner it shares, and breaches are hand-off tasks only (property)', () => {
    const taskArb = fc.record({
      owner: fc.constantFrom('sdr1', 'sdr2', null),
      handOff: fc.boolean(),
      created: fc.integer({ min: 0, max: 5 }),
      done: fc.option(fc.integer({ min: 0, max: 100 })),
      due: fc.option(fc.integer({ min: 0, max: 100 })),
    });
    fc.assert(
      fc.property(fc.array(taskArb, { maxLength: 30 }), (specs) => {
        const list = specs.map((s, i) =>
          task(`t${i}`, s.owner, {
            createdAt: T0 + s.created * HOUR,
            slaDeadline: s.handOff ? T0 + 24 * HOUR : null,
            doneAt: s.done === null ? null : T0 + (s.created + s.done) * HOUR,
            dueAt: s.due === null ? null : T0 + s.due * HOUR,
          }),
        );
        const rows = tasksByRep(list, [], team, {}, now);
        for (const m of taskMetrics(list, [], now)) {
          const row = rows.find((r) => r.ownerId === m.ownerId)!;
          expect([row.open, row.done, row.overdue]).toEqual([m.open, m.done, m.overdue]);
        }
        for (const r of rows) {
          expect(r.slaBreaches.count).toBe(r.slaBreaches.ids.length);
          expect(r.followUpHours.count).toBe(r.followUpHours.ids.length);
          for (const id of r.slaBreaches.ids) expect(list.find((t) => t.id === id)!.slaDeadline).not.toBeNull();
        }
      }),
      { numRuns: 200 },
    );
  });
});
