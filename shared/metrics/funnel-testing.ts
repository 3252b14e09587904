import fc from 'fast-check';
import type { Contact } from '../model/contact';
import type { StageTransition } from '../model/stage-transition';
import type { Task } from '../model/task';
import { contact, DAY, T0 } from '../testing/fixtures';

/** Small random workspaces for the funnel engine's property tests (test-only helper, not exported by the index). */
export const testFunnel = ['prospect', 'lead', 'mql', 'sql', 'customer'];
export const testStages = [...testFunnel, 'recycled', 'disqualified'];
export const testContactIds = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
export const testOwners = ['sdr1', 'sdr2', 'ae1'];
export const testTeam = [
  { id: 'sdr1', role: 'sdr' as const },
  { id: 'sdr2', role: 'sdr' as const },
  { id: 'ae1', role: 'ae' as const },
];

export function transition(id: string, contactId: string, from: string | null, to: string, day: number, deleted = false): StageTransition {
  const at = T0 + day * DAY;
  return {
    id,
    createdAt: at,
    updatedAt: at,
    deletedAt: deleted ? at : null,
    contactId,
    from,
    to,
    at,
    byMemberId: null,
    kind: from === null ? 'created' : 'move',
    reason: null,
    recycleReason: null,
    override: false,
  };
}

/** Logs with ties in time, deleted lines, moves into side states and back (recycle loops), and contacts with no record. */
export const arbLog: fc.Arbitrary<StageTransition[]> = fc
  .array(
    fc.record({
      contactId: fc.constantFrom(...testContactIds, 'ghost'),
      from: fc.option(fc.constantFrom(...testStages), { nil: null }),
      to: fc.constantFrom(...testStages),
      // Few days, so lines often tie in time (the conversion test "at or after" must see ties).
      day: fc.integer({ min: 0, max: 12 }),
      deleted: fc.integer({ min: 0, max: 8 }).map((n) => n === 0),
    }),
    { maxLength: 80, size: 'large' },
  )
  .map((rows) => rows.map((r, i) => transition(`t${String(i).padStart(3, '0')}`, r.contactId, r.from, r.to, r.day, r.deleted)));

export const arbContacts: fc.Arbitrary<Contact[]> = fc
  .tuple(
    ...testContactIds.map((id) =>
      fc
        .record({
          ownerId: fc.option(fc.constantFrom(...testOwners), { nil: null }),
          source: fc.option(fc.constantFrom('website', 'event'), { nil: null }),
          personaId: fc.option(fc.constantFrom('p1', 'p2'), { nil: null }),
          tags: fc.subarray(['vip', 'apac', 'trial']),
          deleted: fc.boolean(),
          present: fc.integer({ min: 0, max: 5 }),
        })
        .map((r) => ({ id, ...r })),
    ),
  )
  .map((rows) =>
    rows
      // Some contacts have no record at all (only log lines), some are deleted.
      .filter((r) => r.present > 0)
      .map((r) =>
        contact({ id: r.id, ownerId: r.ownerId, source: r.source, personaId: r.personaId, tags: r.tags, deletedAt: r.deleted && r.present === 1 ? T0 : null }),
      ),
  );

export const arbRange = fc
  .tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 8 }))
  .map(([start, length]) => ({ from: T0 + start * DAY, to: T0 + (start + length) * DAY }));

const HOUR = 3_600_000;

/**
 * A log and hand-off tasks, most made when a contact entered the hand-off stage (as the hand-off
 * does), a few at odd times, so stays, deadlines, follow-ups and leaving times meet in every order.
 */
export const arbLogWithTasks: fc.Arbitrary<{ log: StageTransition[]; tasks: Task[] }> = arbLog.chain((log) => {
  const entries = log.filter((t) => t.to === 'mql');
  const slot = fc.record({
    onEntry: fc.integer({ min: 0, max: 4 }).map((n) => n > 0 && entries.length > 0),
    pick: fc.nat(),
    contactId: fc.constantFrom(...testContactIds),
    created: fc.integer({ min: 0, max: 12 * 24 }),
    offset: fc.integer({ min: 0, max: 3 }),
    hours: fc.integer({ min: 1, max: 72 }),
    doneAfter: fc.option(fc.integer({ min: 0, max: 96 }), { nil: null }),
    deleted: fc.integer({ min: 0, max: 8 }).map((n) => n === 0),
  });
  return fc.array(slot, { maxLength: 20 }).map((rows) => ({
    log,
    tasks: rows.map((r, i): Task => {
      const entry = r.onEntry ? entries[r.pick % entries.length]! : null;
      const createdAt = entry ? entry.at + r.offset * HOUR : T0 + r.created * HOUR;
      return {
        id: `k${i}`,
        createdAt,
        updatedAt: createdAt,
        deletedAt: r.deleted ? createdAt : null,
        title: 'Follow up',
        kind: 'follow_up',
        contactId: entry ? entry.contactId : r.contactId,
        dealId: null,
        ownerId: null,
        dueAt: null,
        slaDeadline: createdAt + r.hours * HOUR,
        doneAt: r.doneAfter === null ? null : createdAt + r.doneAfter * HOUR,
      };
    }),
  }));
});
