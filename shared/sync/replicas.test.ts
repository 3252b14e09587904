import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Versioned } from './document';
import { compareStamps, formatHlc, parseHlc, receiveHlc, tickHlc, zeroHlc, type Hlc } from './hlc';
import { canonicalJson, mergeVersions, sameVersion, stampEdit } from './merge';

/**
 * A model of the protocol of docs/sync.md over the pure merge rule: a server that refuses a write on
 * a stale revision (as `_bulk_docs` does) and keeps a changes feed; replicas that stamp local edits,
 * push pending records (merging and retrying on conflict) and pull from a checkpoint. The real engine
 * is tested the same way against a real server in tests/sync/.
 */
type ServerDoc = { rev: number; version: Versioned };
type Server = { docs: Map<string, ServerDoc>; feed: string[] };
type Replica = { clock: Hlc; records: Map<string, Versioned>; revs: Map<string, number>; pending: Set<string>; seq: number };

const ids = ['r1', 'r2'];
const fieldsOf = ['name', 'title', 'phone'];

function edit(replica: Replica, id: string, field: string, value: string, now: number): string {
  const known = replica.records.get(id) ?? null;
  const current = { ...(known?.record ?? { id }), [field]: value };
  let stamp = '';
  const stamped = stampEdit(known, current, () => {
    replica.clock = tickHlc(replica.clock, now);
    return (stamp = formatHlc(replica.clock));
  });
  if (stamped) {
    replica.records.set(id, stamped);
    replica.pending.add(id);
  }
  return stamp;
}

function see(replica: Replica, version: Versioned) {
  for (const stamp of Object.values(version.clocks)) replica.clock = receiveHlc(replica.clock, parseHlc(stamp)!);
}

function push(replica: Replica, server: Server) {
  for (const id of [...replica.pending]) {
    for (;;) {
      const onServer = server.docs.get(id);
      const local = replica.records.get(id)!;
      if ((onServer?.rev ?? 0) === (replica.revs.get(id) ?? 0)) {
        const rev = (onServer?.rev ?? 0) + 1;
        server.docs.set(id, { rev, version: local });
        server.feed.push(id);
        replica.revs.set(id, rev);
        replica.pending.delete(id);
        break;
      }
      // Conflict: fetch, merge, retry on the server's revision.
      see(replica, onServer!.version);
      replica.records.set(id, mergeVersions(local, onServer!.version).merged);
      replica.revs.set(id, onServer!.rev);
    }
  }
}

function pull(replica: Replica, server: Server, limit: number) {
  const batch = server.feed.slice(replica.seq, replica.seq + limit);
  for (const id of new Set(batch)) {
    const doc = server.docs.get(id)!;
    see(replica, doc.version);
    const local = replica.records.get(id);
    const merged = local ? mergeVersions(local, doc.version).merged : doc.version;
    replica.records.set(id, merged);
    replica.revs.set(id, doc.rev);
    // Still pending only if the merge differs from what the server has.
    if (sameVersion(merged, doc.version)) replica.pending.delete(id);
    else replica.pending.add(id);
  }
  replica.seq += batch.length;
}

type Op = { kind: 'edit'; replica: number; id: string; field: string; value: string; dt: number } | { kind: 'push' | 'pull'; replica: number; limit: number };

const opsArb = (replicas: number) =>
  fc.array(
    fc.oneof(
      fc.record({
        kind: fc.constant('edit' as const),
        replica: fc.nat(replicas - 1),
        id: fc.constantFrom(...ids),
        field: fc.constantFrom(...fieldsOf),
        value: fc.string({ maxLength: 3 }),
        // Clocks that stand still or go backwards too: the clock must still order edits.
        dt: fc.integer({ min: -3, max: 3 }),
      }),
      fc.record({ kind: fc.constantFrom('push' as const, 'pull' as const), replica: fc.nat(replicas - 1), limit: fc.integer({ min: 1, max: 4 }) }),
    ),
    { maxLength: 40 },
  );

function run(replicaCount: number, ops: Op[]) {
  const server: Server = { docs: new Map(), feed: [] };
  const replicas: Replica[] = Array.from({ length: replicaCount }, (_, i) => ({
    clock: zeroHlc(`rep${i}`),
    records: new Map(),
    revs: new Map(),
    pending: new Set(),
    seq: 0,
  }));
  const walls = replicas.map(() => 100);
  // Every edit made, with its stamp: the expected winner of each field is the edit with the latest stamp.
  const edits: { id: string; field: string; value: string; stamp: string }[] = [];
  for (const op of ops) {
    const replica = replicas[op.replica]!;
    if (op.kind === 'edit') {
      walls[op.replica] = walls[op.replica]! + op.dt;
      const stamp = edit(replica, op.id, op.field, op.value, walls[op.replica]!);
      if (stamp) edits.push({ id: op.id, field: op.field, value: op.value, stamp });
    } else if (op.kind === 'push') push(replica, server);
    else pull(replica, server, op.limit);
  }
  // Quiescence: everyone pushes and pulls until nothing is pending (two rounds always suffice).
  for (let round = 0; round < 3; round++)
    for (const replica of replicas) {
      push(replica, server);
      pull(replica, server, Number.MAX_SAFE_INTEGER);
    }
  return { server, replicas, edits };
}

function checkConverged(replicaCount: number, ops: Op[]) {
  const { server, replicas, edits } = run(replicaCount, ops);
  const serverState = canonicalJson(Object.fromEntries([...server.docs].map(([id, d]) => [id, d.version.record])));
  for (const replica of replicas) {
    expect(replica.pending.size).toBe(0);
    expect(canonicalJson(Object.fromEntries([...replica.records].map(([id, v]) => [id, v.record])))).toBe(serverState);
  }
  // No update lost except by the same-field rule: each field holds its latest-stamped edit.
  const winners = new Map<string, { value: string; stamp: string }>();
  for (const e of edits) {
    const key = `${e.id}/${e.field}`;
    const best = winners.get(key);
    if (!best || compareStamps(e.stamp, best.stamp) > 0) winners.set(key, e);
  }
  for (const [key, { value }] of winners) {
    const [id, field] = key.split('/') as [string, string];
    expect(server.docs.get(id)?.version.record[field]).toBe(value);
  }
}

describe('replicas syncing through one server in random orders', () => {
  it('two replicas converge to identical records, each field holding its latest edit', () => {
    fc.assert(
      fc.property(opsArb(2), (ops) => checkConverged(2, ops)),
      { numRuns: 400 },
    );
  });

  it('three replicas converge to identical records, each field holding its latest edit', () => {
    fc.assert(
      fc.property(opsArb(3), (ops) => checkConverged(3, ops)),
      { numRuns: 400 },
    );
  });

  it('an edit made after seeing another edit of the field wins, even on a machine whose clock is behind', () => {
    const { server } = run(2, [
      { kind: 'edit', replica: 0, id: 'r1', field: 'title', value: 'first', dt: 50 },
      { kind: 'push', replica: 0, limit: 1 },
      { kind: 'pull', replica: 1, limit: 5 },
      { kind: 'edit', replica: 1, id: 'r1', field: 'title', value: 'second', dt: -50 },
    ]);
    expect(server.docs.get('r1')?.version.record['title']).toBe('second');
  });
});
