import { describe, expect, it } from 'vitest';
import type { Notification } from '../model/notification';
import type { Task } from '../model/task';
import { inboxFor, planAlerts, type InboxItem } from './inbox';

const base = { createdAt: 0, updatedAt: 0, deletedAt: null };
const note = (id: string, over: Partial<Notification>): Notification => ({
  ...base,
  id,
  kind: 'hand_off',
  memberId: null,
  role: null,
  contactId: 'c1',
  detail: null,
  readAt: null,
  ...over,
});
const task = (id: string, over: Partial<Task>): Task => ({
  ...base,
  id,
  title: 'Follow up',
  kind: 'follow_up',
  contactId: 'c2',
  dealId: null,
  ownerId: 'me',
  dueAt: null,
  slaDeadline: 100,
  doneAt: null,
  ...over,
});

describe('the inbox', () => {
  it('holds what is addressed to me or my role, and my breached follow-ups, newest first', () => {
    const items = inboxFor(
      { id: 'me', role: 'sdr' },
      [
        note('n1', { memberId: 'me', createdAt: 50 }),
        note('n2', { memberId: 'other', createdAt: 60 }),
        note('n3', { kind: 'threshold', role: 'sdr', createdAt: 70, readAt: 80 }),
        note('n4', { kind: 'threshold', role: 'ae', createdAt: 90 }),
        note('n5', { memberId: 'me', deletedAt: 5, createdAt: 95 }),
      ],
      [task('t1', {}), task('t2', { doneAt: 120 }), task('t3', { slaDeadline: 500 }), task('t4', { ownerId: 'other' })],
      200,
      new Set(['sla:t9']),
    );
    expect(items.map((i) => [i.id, i.read])).toEqual([
      ['sla:t1', false],
      ['n3', true],
      ['n1', false],
    ]);
  });

  it('a breach is read once seen, and gone once its task is done', () => {
    const seen = inboxFor({ id: 'me', role: 'sdr' }, [], [task('t1', {})], 200, new Set(['sla:t1']));
    expect(seen[0]!.read).toBe(true);
    expect(inboxFor({ id: 'me', role: 'sdr' }, [], [task('t1', { doneAt: 150 })], 200)).toEqual([]);
  });
});

describe('throttled alerts', () => {
  const item = (id: string, kind: InboxItem['kind'] = 'hand_off'): InboxItem => ({ id, kind, contactId: null, detail: null, at: 0, read: false });

  it('shows one alone, several as one summary, and nothing again within the gap', () => {
    expect(planAlerts([item('a')], null, 1000).plan).toEqual({ show: 'one', item: item('a') });
    const many = planAlerts([item('a'), item('b', 'sla_breach'), item('c', 'added_to_list')], null, 1000);
    expect(many.plan).toMatchObject({ show: 'summary', count: 2 });
    expect(many.alerted.map((i) => i.id)).toEqual(['a', 'b']);
    expect(planAlerts([item('d')], 1000, 30_000).plan).toEqual({ show: 'none' });
    expect(planAlerts([item('d')], 1000, 61_000).plan.show).toBe('one');
  });

  it('never alerts for what is read or only informative', () => {
    expect(planAlerts([{ ...item('a'), read: true }, item('b', 'threshold')], null, 0).plan).toEqual({ show: 'none' });
  });
});
