import { describe, expect, it } from 'vitest';
import { openReplica, smallWorkspace, snapshot } from './replica';
import { runWrite } from '../../renderer/src/db/write-path';
import { useSyncServer } from './harness';

const server = useSyncServer();

/** One small workspace on two replicas (a colleague imported its file), both synced once. */
async function twoSyncedReplicas(contacts: number) {
  const database = await server.database();
  const data = await smallWorkspace(contacts);
  const a = await openReplica(data, { serverUrl: server.url, database, user: server.user });
  const b = await openReplica(data, { serverUrl: server.url, database, user: server.user });
  await a.engine.syncOnce();
  await b.engine.syncOnce();
  return { data, a, b };
}

describe('two replicas on one server', () => {
  it('the first sync uploads a workspace; a colleague who imported its file pulls it and both see each other’s edits', async () => {
    const database = await server.database();
    const data = await smallWorkspace(3);
    const a = await openReplica(data, { serverUrl: server.url, database, user: server.user });
    const b = await openReplica(data, { serverUrl: server.url, database, user: server.user });
    const first = await a.engine.syncOnce();
    const total = Object.values(data).reduce((n, rows) => n + rows.length, 0);
    expect(first.pushed).toBe(total);
    expect((await a.overview()).pending).toBe(0);
    await b.engine.syncOnce();
    expect(await snapshot(b.db)).toBe(await snapshot(a.db));

    const [c0, c1] = data.contacts;
    // Concurrent edits of different fields of one contact both survive.
    await a.edit(c0!.id, { jobTitle: 'Head of Growth' });
    await b.edit(c0!.id, { phone: '010-5555-0101' });
    await b.edit(c1!.id, { firstName: 'Minji' });
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    await a.engine.syncOnce();
    const contactA = (await a.db.contacts.get(c0!.id))!;
    expect(contactA.jobTitle).toBe('Head of Growth');
    expect(contactA.phone).toBe('010-5555-0101');
    expect((await a.db.contacts.get(c1!.id))!.firstName).toBe('Minji');
    expect(await snapshot(b.db)).toBe(await snapshot(a.db));
    // Sync's own writes are in the change log (origin sync), so live queries and undo see them.
    expect(
      await a.db.changes
        .where('[table+recordId]')
        .equals(['contacts', c1!.id])
        .filter((c) => c.origin === 'sync')
        .count(),
    ).toBeGreaterThan(0);
    expect((await a.overview()).pending).toBe(0);
    await a.close();
    await b.close();
  });

  it('concurrent edits of one field converge to the same winner on both, and count as a conflict resolved', async () => {
    const { data, a, b } = await twoSyncedReplicas(1);
    const id = data.contacts[0]!.id;
    await a.edit(id, { jobTitle: 'VP Growth' });
    await b.edit(id, { jobTitle: 'Chief Growth Officer' }); // later: wins
    await a.engine.syncOnce();
    const run = await b.engine.syncOnce();
    await a.engine.syncOnce();
    expect((await a.db.contacts.get(id))!.jobTitle).toBe('Chief Growth Officer');
    expect((await b.db.contacts.get(id))!.jobTitle).toBe('Chief Growth Officer');
    expect(run.conflictsResolved).toBe(1);
    expect((await b.overview()).progress.conflictsResolved).toBe(1);
    await a.close();
    await b.close();
  });

  it('a pull merges into the records a replica holds and adds the rest, whether their ids sort below, among or above the ones held', async () => {
    const { data, a, b } = await twoSyncedReplicas(1);
    const held = data.contacts[0]!;
    // New contacts on A around the one both hold (reads skip ids outside the span a replica holds).
    const around = [
      '00000000-0000-7000-8000-000000000001',
      `${held.id.slice(0, -1)}${held.id.endsWith('0') ? '1' : '0'}`,
      'ffffffff-ffff-7fff-bfff-ffffffffffff',
    ];
    await runWrite(a.db, () => a.db.contacts.bulkAdd(around.map((id, i) => ({ ...held, id, firstName: `Around${i}`, email: `around${i}@example.com` }))));
    // Both edit the held contact, different fields; B's edit is not captured yet when its pull arrives.
    await a.edit(held.id, { jobTitle: 'Head of Sales' });
    await a.engine.syncOnce();
    await b.edit(held.id, { phone: '010-1234-5678' });
    const pulled = await b.engine.syncOnce();
    expect(pulled.pulled).toBeGreaterThanOrEqual(4);
    const merged = (await b.db.contacts.get(held.id))!;
    expect([merged.jobTitle, merged.phone]).toEqual(['Head of Sales', '010-1234-5678']);
    expect((await b.db.contacts.bulkGet(around)).map((c) => c?.firstName)).toEqual(['Around0', 'Around1', 'Around2']);
    await a.engine.syncOnce();
    expect(await snapshot(a.db)).toBe(await snapshot(b.db));
    await a.close();
    await b.close();
  });
});
