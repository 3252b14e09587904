import { changedRecordIds, newId, type WorkspaceData } from '@shared/model';
import { formatHlc } from '@shared/sync';
import { describe, expect, it } from 'vitest';
import { updateProfile } from '../../renderer/src/db/repositories/contact-edit-repository';
import { SyncError } from '../../renderer/src/workers/couch-client';
import { useSyncServer } from './harness';
import { serverError } from './proxy';
import { openReplica, smallWorkspace, snapshot } from './replica';

const server = useSyncServer();

/** A workspace with `n` contacts more than the small one (copies of a real contact with new ids and names). */
async function workspaceWith(n: number): Promise<WorkspaceData> {
  const data = await smallWorkspace(1);
  const template = data.contacts[0]!;
  for (let i = 0; i < n; i++) data.contacts.push({ ...template, id: newId(), firstName: `Bulk${i}`, email: `bulk${i}@example.com` });
  return data;
}
const recordCount = (data: WorkspaceData) => Object.values(data).reduce((n, rows) => n + rows.length, 0);

async function serverDocs(database: string) {
  const all = await server.admin.call(`/${database}/_all_docs?include_docs=true&conflicts=true`);
  return (all.body['rows'] as { id: string; doc: { _rev: string; _conflicts?: string[] } }[]).filter((r) => !r.id.startsWith('_design/'));
}

const syncFails = async (run: Promise<unknown>) => {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SyncError);
  return error as SyncError;
};

describe('faults', () => {
  it('server stopped mid-push (after it stored a batch, before its answer arrived): the next sync resumes without duplicates or loss', async () => {
    const database = await server.database();
    const data = await workspaceWith(1200);
    const a = await openReplica(data, { serverUrl: server.url, database, user: server.user, engine: { batchSize: 500 } });
    let bulks = 0;
    server.proxy.setFault((req) => {
      if (!req.url?.includes('_bulk_docs')) return 'pass';
      bulks++;
      if (bulks === 2) return 'drop-answer';
      return bulks > 2 ? 'refuse' : 'pass';
    });
    expect((await syncFails(a.engine.syncOnce())).problem).toBe('unreachable');
    server.proxy.setFault(null);
    // Nothing confirmed was lost from the outbox; the unconfirmed batch is still waiting.
    expect((await a.overview()).pending).toBe(recordCount(data) - 500);
    await a.engine.syncOnce();
    expect((await a.overview()).pending).toBe(0);
    const docs = await serverDocs(database);
    expect(docs.length).toBe(recordCount(data));
    // One revision each: the batch the server stored unseen was recognised (same record, same clocks), not written again.
    expect(docs.filter((d) => !d.doc._rev.startsWith('1-') || d.doc._conflicts)).toEqual([]);
    await a.close();
  });

  // The first push's stamps are not stored before the answer: an edit made after a failed first push is
  // stamped after them all the same (the record's time ran ahead: a colleague's clock a minute fast wrote
  // it in the file imported here, or this machine's clock was set back since).
  for (const how of ['record stamped ahead (colleague clock fast)', 'local clock stepped back'] as const) {
    it(`an edit made after a failed first push survives the next sync (${how})`, async () => {
      const database = await server.database();
      const data = await smallWorkspace(1);
      const id = data.contacts[0]!.id;
      const ahead = Date.now() + 60_000;
      if (how === 'record stamped ahead (colleague clock fast)') data.contacts[0] = { ...data.contacts[0]!, jobTitle: 'Old title', updatedAt: ahead };
      const a = await openReplica(data, { serverUrl: server.url, database, user: server.user });
      if (how === 'local clock stepped back') {
        // Edited while this machine's clock was a minute fast (NTP steps it back afterwards).
        const r = await updateProfile(a.db, id, { jobTitle: 'Old title' }, ahead);
        expect(r.ok).toBe(true);
      }
      // First sync: the server stores the first _bulk_docs, the client never hears its answer.
      let bulks = 0;
      server.proxy.setFault((req) => {
        if (!req.url?.includes('_bulk_docs')) return 'pass';
        bulks++;
        return bulks === 1 ? 'drop-answer' : 'refuse';
      });
      await expect(a.engine.syncOnce()).rejects.toThrow();
      server.proxy.setFault(null);

      // The user edits the title now (clock right again): after the version sync stamped and sent.
      const r = await updateProfile(a.db, id, { jobTitle: 'New title' }, Date.now());
      expect(r.ok).toBe(true);
      await a.engine.syncOnce();

      const local = await a.db.contacts.get(id);
      const remote = await server.admin.call(`/${database}/contacts:${id}`);
      const remoteTitle = (remote.body['record'] as { jobTitle: string }).jobTitle;
      expect({ local: local!.jobTitle, remote: remoteTitle }).toEqual({ local: 'New title', remote: 'New title' });
      await a.close();
    });
  }

  it('a local write while the first check of the database is retrying is not pushed into a database that holds another workspace', async () => {
    const database = await server.database();
    const other = await openReplica(await smallWorkspace(1), { serverUrl: server.url, database, user: server.user });
    await other.engine.syncOnce();
    const a = await openReplica(await smallWorkspace(1), {
      serverUrl: server.url,
      database,
      user: server.user,
      engine: { retryMs: { first: 2000, max: 2000 } },
    });
    // The verify's look-up of settings records fails (server trouble); everything else passes.
    server.proxy.setFault((req) => (req.url?.includes('_all_docs?startkey') ? serverError : 'pass'));
    a.engine.startLive();
    await new Promise((r) => setTimeout(r, 300));
    await a.addContact('Written while retrying');
    a.engine.nudge();
    await new Promise((r) => setTimeout(r, 800));
    server.proxy.setFault(null);
    const all = await server.admin.call(`/${database}/_all_docs?startkey=%22meta:%22&endkey=%22meta:%EF%BF%B0%22`);
    const metas = (all.body['rows'] as { id: string }[]).map((r) => r.id);
    await a.close();
    await other.close();
    expect(metas.length).toBe(1);
  });

  it('server stopped mid-pull: the next sync resumes from the checkpoint, each record written once', async () => {
    const database = await server.database();
    const data = await workspaceWith(1200);
    const a = await openReplica(data, { serverUrl: server.url, database, user: server.user });
    await a.engine.syncOnce();
    const b = await openReplica(null, { serverUrl: server.url, database, user: server.user, engine: { batchSize: 500 } });
    let pages = 0;
    server.proxy.setFault((req) => {
      if (!req.url?.includes('_changes')) return 'pass';
      pages++;
      return pages === 2 ? 'drop-answer' : pages > 2 ? 'refuse' : 'pass';
    });
    expect((await syncFails(b.engine.syncOnce())).problem).toBe('unreachable');
    server.proxy.setFault(null);
    const afterFirstPage = await b.db.contacts.count();
    expect(afterFirstPage).toBeGreaterThan(0);
    expect(afterFirstPage).toBeLessThan(data.contacts.length);
    const checkpoint = await server.admin.get(database, `_local/baton-${b.replicaId}`);
    expect(checkpoint.status).toBe(200);
    await b.engine.syncOnce();
    expect(await snapshot(b.db)).toBe(await snapshot(a.db));
    // No record applied twice: one sync write per record (records new to the replica are logged as one bulk add per batch).
    const syncWrites = (await b.db.changes.filter((c) => c.origin === 'sync').toArray()).flatMap((c) => changedRecordIds(c));
    expect(syncWrites.length).toBe(recordCount(data));
    expect(new Set(syncWrites).size).toBe(recordCount(data));
    await a.close();
    await b.close();
  });

  it('malformed server documents are skipped with a logged reason, never stopping the loop', async () => {
    const database = await server.database();
    const data = await smallWorkspace(2);
    const a = await openReplica(data, { serverUrl: server.url, database, user: server.user });
    await a.engine.syncOnce();
    const good = await server.admin.get(database, `contacts:${data.contacts[0]!.id}`);
    const doc = good.body as { record: Record<string, unknown>; clocks: Record<string, string> };
    const id = newId();
    const id2 = newId();
    await server.admin.bulk(database, [
      { _id: `contacts:${id}`, baton: 1, table: 'contacts', record: { ...doc.record, id, email: 'not an email' }, clocks: doc.clocks },
      { _id: `contacts:${newId()}`, baton: 1, table: 'contacts', record: doc.record, clocks: doc.clocks },
      { _id: `deals:${id}`, baton: 1, table: 'deals', record: { id }, clocks: { id: 'yesterday' } },
      {
        _id: `contacts:${id2}`,
        baton: 1,
        table: 'contacts',
        record: { ...doc.record, id: id2 },
        clocks: { ...doc.clocks, phone: '999999999999999.000000.future' },
      },
      { _id: 'someone-elses-doc', hello: 'world' },
      { _id: '_design/app', views: {} },
    ]);
    // A valid edit after the bad ones: the loop must get to it.
    await server.admin.bulk(database, [
      {
        ...doc,
        _rev: (good.body as { _rev: string })._rev,
        record: { ...doc.record, jobTitle: 'Edited on the server' },
        clocks: { ...doc.clocks, jobTitle: formatHlc({ wall: Date.now() + 60_000, counter: 0, replica: 'zzz' }) },
      },
    ]);
    const b = await openReplica(data, { serverUrl: server.url, database, user: server.user });
    const run = await b.engine.syncOnce();
    expect(run.rejected).toBe(4);
    expect((await b.db.contacts.get(data.contacts[0]!.id))!.jobTitle).toBe('Edited on the server');
    const { progress } = await b.overview();
    expect(progress.rejectedCount).toBe(4);
    expect(progress.rejected.map((r) => r.reason).join(' | ')).toMatch(/email/);
    expect(progress.rejected.map((r) => r.reason).join(' | ')).toMatch(/_id does not name/);
    expect(progress.rejected.map((r) => r.reason).join(' | ')).toMatch(/clocks\.id/);
    expect(progress.rejected.map((r) => r.reason).join(' | ')).toMatch(/more than a day ahead/);
    expect(progress.rejected.map((r) => r.code).sort()).toEqual(['bad_envelope', 'bad_record', 'clock_ahead', 'id_mismatch']);
    expect(progress.rejected.find((r) => r.code === 'clock_ahead')?.field).toBe('phone');
    expect(b.logs.filter((l) => l.includes('skipped document')).length).toBe(4);
    // The checkpoint moved past them: the next run does not read them again.
    expect((await b.engine.syncOnce()).rejected).toBe(0);
    await a.close();
    await b.close();
  });

  it('server conflicts (_conflicts) are merged by the same rule and the losing revisions deleted', async () => {
    const database = await server.database();
    const data = await smallWorkspace(1);
    const a = await openReplica(data, { serverUrl: server.url, database, user: server.user });
    await a.engine.syncOnce();
    const docId = `contacts:${data.contacts[0]!.id}`;
    const current = (await server.admin.get(database, docId)).body as { _rev: string; record: Record<string, unknown>; clocks: Record<string, string> };
    // A sibling revision another replicator (or a cluster node) made: it edited the phone later.
    const later = formatHlc({ wall: Date.now() + 60_000, counter: 0, replica: 'other' });
    await server.admin.bulk(
      database,
      [
        {
          ...current,
          _rev: '1-ffffffffffffffffffffffffffffffff',
          record: { ...current.record, phone: '010-7777-8888' },
          clocks: { ...current.clocks, phone: later },
        },
      ],
      false,
    );
    expect(((await server.admin.get(database, docId, '?conflicts=true')).body['_conflicts'] as string[] | undefined)?.length).toBe(1);
    await a.edit(data.contacts[0]!.id, { jobTitle: 'Director' });
    const run = await a.engine.syncOnce();
    expect(run.conflictsResolved).toBeGreaterThanOrEqual(1);
    const after = (await server.admin.get(database, docId, '?conflicts=true')).body as { _conflicts?: string[]; record: Record<string, unknown> };
    expect(after._conflicts ?? []).toEqual([]);
    expect(after.record['phone']).toBe('010-7777-8888');
    expect(after.record['jobTitle']).toBe('Director');
    expect((await a.db.contacts.get(data.contacts[0]!.id))!.phone).toBe('010-7777-8888');
    await a.close();
  });

  it('a document deleted on the server soft-deletes its record', async () => {
    const database = await server.database();
    const data = await smallWorkspace(2);
    const a = await openReplica(data, { serverUrl: server.url, database, user: server.user });
    await a.engine.syncOnce();
    const docId = `contacts:${data.contacts[1]!.id}`;
    const doc = (await server.admin.get(database, docId)).body as { _rev: string };
    await server.admin.call(`/${database}/${docId}?rev=${doc._rev}`, { method: 'DELETE' });
    await a.engine.syncOnce();
    const contact = (await a.db.contacts.get(data.contacts[1]!.id))!;
    expect(contact.deletedAt).not.toBeNull();
    // The soft delete travels back as a record, so other replicas learn it too.
    const back = (await server.admin.get(database, docId)).body as { record?: { deletedAt: number | null } };
    expect(back.record?.deletedAt).toBe(contact.deletedAt);
    await a.close();
  });

  it('a database made again (its checkpoint gone) is filled again from scratch', async () => {
    const database = await server.database();
    const data = await smallWorkspace(2);
    const a = await openReplica(data, { serverUrl: server.url, database, user: server.user });
    await a.engine.syncOnce();
    await server.admin.deleteDatabase(database);
    await server.admin.createDatabase(database);
    await server.admin.members(database, [server.user.name]);
    await a.engine.syncOnce();
    expect((await serverDocs(database)).length).toBe(recordCount(data));
    expect(a.logs.join('\n')).toContain('no checkpoint');
    await a.close();
  });

  it('a backlog of 10,000 records goes up and comes down whole', async () => {
    const database = await server.database();
    const data = await workspaceWith(10_000);
    const a = await openReplica(data, { serverUrl: server.url, database, user: server.user });
    const t0 = performance.now();
    const pushed = await a.engine.syncOnce();
    const t1 = performance.now();
    const b = await openReplica(null, { serverUrl: server.url, database, user: server.user });
    const pulled = await b.engine.syncOnce();
    const t2 = performance.now();
    expect(pushed.pushed).toBe(recordCount(data));
    expect(pulled.pulled).toBeGreaterThanOrEqual(recordCount(data));
    expect(await b.db.contacts.count()).toBe(data.contacts.length);
    expect(await snapshot(b.db)).toBe(await snapshot(a.db));
    console.log(`10,000-record backlog (${server.kind}): push ${Math.round(t1 - t0)} ms, pull into an empty replica ${Math.round(t2 - t1)} ms`);
    await a.close();
    await b.close();
  });
});
