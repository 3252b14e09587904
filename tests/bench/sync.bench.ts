import 'fake-indexeddb/auto';
import { newId, type WorkspaceData } from '@shared/model';
import { toSyncDocument, toWireDocument } from '@shared/sync';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readSyncRecordsForBench } from '../sync/bench-support';
import { openReplica, smallWorkspace } from '../sync/replica';
import { adminOf, startSyncServer } from '../sync/server';
import { report } from './report';

/**
 * Issue 16: the first sync of 10,000 records to an empty server and the pull into an empty replica,
 * beside PouchDB.replicate of the same documents against the same server in the same run. Baton's
 * replicas keep their records in IndexedDB (fake-indexeddb in Node, a JavaScript implementation, slow);
 * PouchDB's in memory (memdown), which favours PouchDB. Prints; asserts nothing about time.
 */
const RECORDS = Number(process.env['BENCH_SYNC_RECORDS'] ?? 10_000);

let server: Awaited<ReturnType<typeof startSyncServer>>;
beforeAll(async () => {
  server = await startSyncServer();
});
afterAll(async () => {
  await server?.stop();
});

async function workspaceOf(records: number): Promise<WorkspaceData> {
  const data = await smallWorkspace(1);
  const template = data.contacts[0]!;
  const seeded = Object.values(data).reduce((n, rows) => n + rows.length, 0);
  for (let i = 0; i < records - seeded; i++) data.contacts.push({ ...template, id: newId(), firstName: `Bulk${i}`, email: `bulk${i}@example.com` });
  return data;
}

it(`first sync of ${RECORDS.toLocaleString('en')} records: Baton's outbox beside PouchDB.replicate`, async () => {
  const admin = adminOf(server);
  const user = server.admin;
  const data = await workspaceOf(RECORDS);
  const ours = `bench-baton-${newId().slice(-8)}`;
  const theirs = `bench-pouch-${newId().slice(-8)}`;
  await admin.createDatabase(ours);
  await admin.createDatabase(theirs);

  // Baton: push from a replica holding the workspace, then pull into an empty replica.
  const a = await openReplica(data, { serverUrl: server.url, database: ours, user });
  let start = performance.now();
  const pushed = await a.engine.syncOnce();
  const batonPush = performance.now() - start;
  const b = await openReplica(null, { serverUrl: server.url, database: ours, user });
  start = performance.now();
  await b.engine.syncOnce();
  const batonPull = performance.now() - start;
  expect(await b.db.contacts.count()).toBe(data.contacts.length);

  // PouchDB: the same documents (Baton's own, clocks and all) replicated to and from the same server.
  // The in-process server already plugged the memory and http adapters and replication into PouchDB (plugins change it in place).
  const { default: Pouch } = await import('pouchdb-core');
  const docs = (await readSyncRecordsForBench(a.db)).map((r) => toWireDocument(toSyncDocument(r.table, { record: r.record, clocks: r.clocks })));
  const source = new Pouch(`bench-source-${newId()}`, { adapter: 'memory' });
  await source.bulkDocs(docs);
  const remote = new Pouch(`${server.url}/${theirs}`, { auth: { username: user.name, password: user.password } });
  start = performance.now();
  const up = await Pouch.replicate(source, remote, { batch_size: 500 });
  const pouchPush = performance.now() - start;
  const target = new Pouch(`bench-target-${newId()}`, { adapter: 'memory' });
  start = performance.now();
  await Pouch.replicate(remote, target, { batch_size: 500 });
  const pouchPull = performance.now() - start;
  expect(up.docs_written).toBe(docs.length);
  expect((await target.info()).doc_count).toBe(docs.length);

  const n = pushed.pushed;
  report('Baton sync, first push to an empty server', batonPush, n, 'records');
  report('PouchDB.replicate, same documents, push', pouchPush, n, 'records');
  report('Baton sync, pull into an empty replica', batonPull, n, 'records');
  report('PouchDB.replicate, same documents, pull', pouchPull, n, 'records');
  console.log(
    `[bench] throughput ratio Baton / PouchDB: push ${(pouchPush / batonPush).toFixed(2)}×, pull ${(pouchPull / batonPull).toFixed(2)}×, both ${((pouchPush + pouchPull) / (batonPush + batonPull)).toFixed(2)}× (target ≥ 1.5×)`,
  );
  await a.close();
  await b.close();
  await source.destroy();
  await target.destroy();
});
