import { describe, expect, it } from 'vitest';
import { deal, task as taskFixture } from '../testing/fixtures';
import { taskRecords } from './task-records';

const task = (id: string, contactId: string | null, dealId: string | null) => taskFixture(id, { contactId, dealId });

const tasks = [task('t1', 'c1', null), task('t2', 'c1', null), task('t3', 'c2', 'd1'), task('t4', null, 'd2'), task('t5', null, null)];
const byId = new Map(tasks.map((t) => [t.id, t]));
const deals = new Map([deal('d1', { primaryContactId: 'c2' }), deal('d2', { primaryContactId: 'c3' })].map((d) => [d.id, d]));

describe('taskRecords', () => {
  it('opens the deals when every task is on one, each deal once', () => {
    expect(taskRecords(['t3', 't4'], byId, deals)).toEqual({ kind: 'deals', ids: ['d1', 'd2'] });
  });
  it('opens contacts for a mix: a deal task without a contact counts its deal’s first contact; a task of neither adds nothing', () => {
    expect(taskRecords(['t1', 't2', 't3', 't4', 't5'], byId, deals)).toEqual({ kind: 'contacts', ids: ['c1', 'c2', 'c3'] });
  });
  it('opens nothing for no tasks or unknown ids', () => {
    expect(taskRecords([], byId, deals)).toEqual({ kind: 'contacts', ids: [] });
    expect(taskRecords(['gone'], byId, deals)).toEqual({ kind: 'contacts', ids: [] });
  });
});
