import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An admin's credentials on the sync server under test. */
export const admin = { name: 'admin', password: 'secret-admin' };

/**
 * The server the sync suite runs against: with COUCHDB_URL set (e.g. http://admin:secret@127.0.0.1:5984)
 * that Apache CouchDB, else express-pouchdb on an in-memory PouchDB started here on a random loopback
 * port, with an admin (so databases are not open to everyone).
 */
export async function startSyncServer(): Promise<{ url: string; kind: 'couchdb' | 'express-pouchdb'; admin: typeof admin; stop(): Promise<void> }> {
  const external = process.env['COUCHDB_URL'];
  if (external) {
    const parsed = new URL(external);
    const credentials = { name: decodeURIComponent(parsed.username) || admin.name, password: decodeURIComponent(parsed.password) || admin.password };
    parsed.username = '';
    parsed.password = '';
    return { url: parsed.toString().replace(/\/$/, ''), kind: 'couchdb', admin: credentials, stop: async () => undefined };
  }
  // Loaded only here: with COUCHDB_URL set the suite needs none of it.
  const [{ default: PouchDB }, { default: memory }, { default: http }, { default: mapreduce }, { default: replication }, { default: expressPouchdb }] =
    await Promise.all([
      import('pouchdb-core'),
      import('pouchdb-adapter-memory'),
      import('pouchdb-adapter-http'),
      import('pouchdb-mapreduce'),
      import('pouchdb-replication'),
      import('express-pouchdb'),
    ]);
  const Pouch = PouchDB.plugin(memory).plugin(http).plugin(mapreduce).plugin(replication).defaults({ adapter: 'memory' });
  const app = expressPouchdb(Pouch, { mode: 'fullCouchDB', inMemoryConfig: true, logPath: `/tmp/baton-sync-test-${process.pid}.log` });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const put = await fetch(`${url}/_config/admins/${admin.name}`, { method: 'PUT', body: JSON.stringify(admin.password) });
  if (!put.ok) throw new Error(`could not make the test server's admin: HTTP ${put.status}`);
  return {
    url,
    kind: 'express-pouchdb',
    admin,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const basic = (user: { name: string; password: string }) => `Basic ${Buffer.from(`${user.name}:${user.password}`).toString('base64')}`;

/** Admin requests to set the server up: databases, users, members, conflicting revisions. */
export function adminOf(server: { url: string; admin: typeof admin }) {
  const call = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(server.url + path, {
      ...init,
      headers: { 'Content-Type': 'application/json', Authorization: basic(server.admin), ...(init.headers ?? {}) },
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
  return {
    call,
    async createDatabase(name: string) {
      const r = await call(`/${name}`, { method: 'PUT' });
      if (r.status >= 300 && r.status !== 412) throw new Error(`create ${name}: ${r.status} ${JSON.stringify(r.body)}`);
    },
    deleteDatabase: (name: string) => call(`/${name}`, { method: 'DELETE' }),
    async createUser(name: string, password: string) {
      const r = await call(`/_users/org.couchdb.user:${name}`, { method: 'PUT', body: JSON.stringify({ name, password, roles: [], type: 'user' }) });
      if (r.status >= 300 && r.status !== 409) throw new Error(`user ${name}: ${r.status} ${JSON.stringify(r.body)}`);
    },
    async members(database: string, names: string[]) {
      const r = await call(`/${database}/_security`, {
        method: 'PUT',
        body: JSON.stringify({ admins: { names: [], roles: [] }, members: { names, roles: [] } }),
      });
      if (r.status >= 300) throw new Error(`security ${database}: ${r.status} ${JSON.stringify(r.body)}`);
    },
    bulk: (database: string, docs: unknown[], newEdits = true) =>
      call(`/${database}/_bulk_docs`, { method: 'POST', body: JSON.stringify({ docs, new_edits: newEdits }) }),
    get: (database: string, id: string, query = '') => call(`/${database}/${encodeURIComponent(id)}${query}`),
  };
}
