import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProfilePatch } from '../../renderer/src/db/repositories/contact-edit-repository';
import { useSyncServer } from './harness';
import { openReplica, smallWorkspace, snapshot } from './replica';

const server = useSyncServer();

const values = {
  jobTitle: ['CTO', 'Head of Sales', '대표', 'Engineer II'],
  phone: ['010-1111-2222', '02-555-0101', '+82 10 9999 0000'],
  firstName: ['Ana', 'Bo', '지우'],
} as const;
type Field = keyof typeof values;

type Op = { kind: 'edit'; replica: number; contact: number; field: Field; value: string } | { kind: 'sync'; replica: number };

const opsArb = (replicas: number) =>
  fc.array(
    fc.oneof(
      fc
        .record({ replica: fc.nat(replicas - 1), contact: fc.nat(2), field: fc.constantFrom<Field>('jobTitle', 'phone', 'firstName') })
        .chain((op) => fc.constantFrom(...values[op.field]).map((value) => ({ kind: 'edit' as const, ...op, value }))),
      fc.record({ kind: fc.constant('sync' as const), replica: fc.nat(replicas - 1) }),
    ),
    { minLength: 1, maxLength: 14 },
  );

/**
 * Replicas (separate databases, as on separate machines) edit concurrently and sync in a random
 * order; then each syncs until quiet. All must hold identical workspaces, and no edit may be lost but
 * by the same-field rule: a field edited on one replica only ends with that replica's last value; a
 * field edited on several ends with the last value of one of them.
 */
async function converge(replicaCount: number, ops: Op[]) {
  const database = await server.database();
  const data = await smallWorkspace(3);
  const replicas = [];
  for (let i = 0; i < replicaCount; i++) replicas.push(await openReplica(data, { serverUrl: server.url, database, user: server.user }));
  try {
    const lastBy = new Map<string, Map<number, string>>();
    for (const op of ops) {
      const replica = replicas[op.replica]!;
      if (op.kind === 'sync') await replica.engine.syncOnce();
      else {
        const contact = data.contacts[op.contact]!;
        await replica.edit(contact.id, { [op.field]: op.value } as ProfilePatch);
        const key = `${contact.id}/${op.field}`;
        lastBy.set(key, (lastBy.get(key) ?? new Map()).set(op.replica, op.value));
      }
    }
    for (let round = 0; round < 2; round++) for (const replica of replicas) await replica.engine.syncOnce();
    const first = await snapshot(replicas[0]!.db);
    for (const replica of replicas.slice(1)) expect(await snapshot(replica.db)).toBe(first);
    for (const replica of replicas) expect((await replica.overview()).pending).toBe(0);
    for (const [key, byReplica] of lastBy) {
      const [id, field] = key.split('/') as [string, Field];
      const final = (await replicas[0]!.db.contacts.get(id))![field];
      if (byReplica.size === 1) expect(final, key).toBe([...byReplica.values()][0]);
      else expect([...byReplica.values()], key).toContain(final);
    }
  } finally {
    for (const replica of replicas) await replica.close();
  }
}

describe('replicas editing concurrently and syncing in random orders (real server)', () => {
  it('two replicas converge to identical workspaces, losing no edit but by the same-field rule', async () => {
    await fc.assert(
      fc.asyncProperty(opsArb(2), (ops) => converge(2, ops)),
      { numRuns: 15 },
    );
  });

  it('three replicas converge to identical workspaces, losing no edit but by the same-field rule', async () => {
    await fc.assert(
      fc.asyncProperty(opsArb(3), (ops) => converge(3, ops)),
      { numRuns: 10 },
    );
  });
});
