import { isCouchWelcome, problemOfResponse, type CouchError, type SyncAuthMode, type SyncProblem } from '@shared/sync';

/** Where and as whom sync talks to its database. */
export type CouchConnection = {
  serverUrl: string;
  database: string;
  username: string;
  password: string;
  authMode: SyncAuthMode;
  /** Tests pass their own; the worker uses the global one. */
  fetch?: typeof fetch;
};

/** A failed talk with the server, named by what it means (the UI words it) with what the server said. */
export class SyncError extends Error {
  constructor(
    readonly problem: SyncProblem,
    readonly status: number | null = null,
    detail = '',
  ) {
    super(detail ? `${problem}: ${detail}` : problem);
    this.name = 'SyncError';
  }
}

export type ChangesRow = { id: string; seq: string | number; deleted?: boolean; changes: { rev: string }[]; doc?: Record<string, unknown> };
/** A page of the feed; `unanswered` when a long poll was ended by this client (the server said nothing in time). */
export type ChangesPage = { results: ChangesRow[]; last_seq: string | number; unanswered?: true };
export type BulkResult = { id: string; ok?: boolean; rev?: string; error?: string; reason?: string };

const utf8Base64 = (text: string): string => {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
};

const isAbort = (error: unknown) => error instanceof DOMException && (error.name === 'AbortError' || error.name === 'TimeoutError');

/**
 * The plain CouchDB HTTP API sync needs (docs/sync.md), over fetch. Basic auth sends the password on
 * every request; session auth logs in at `/_session` once and again when the session expired. A
 * browser keeps the session cookie itself; elsewhere (Node, the tests) the cookie is kept here.
 */
export function createCouchClient(connection: CouchConnection) {
  const { serverUrl, database, username, password, authMode } = connection;
  const doFetch = connection.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const dbPath = `/${encodeURIComponent(database)}`;
  let cookie: string | null = null;
  let loggedIn = false;

  const authHeaders = (): Record<string, string> => {
    if (!username) return {};
    if (authMode === 'basic') return { Authorization: `Basic ${utf8Base64(`${username}:${password}`)}` };
    return cookie ? { Cookie: cookie } : {};
  };

  async function send(path: string, init: RequestInit & { about?: 'session' | 'database' | 'other' } = {}): Promise<Response> {
    const { about: _about, ...rest } = init;
    try {
      return await doFetch(serverUrl + path, {
        ...rest,
        credentials: authMode === 'session' ? 'include' : 'omit',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...authHeaders(), ...(rest.headers as Record<string, string> | undefined) },
      });
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new SyncError('unreachable', null, error instanceof Error ? error.message : String(error));
    }
  }

  async function bodyOf(response: Response): Promise<unknown> {
    const text = await response.text();
    try {
      return text.trim() ? JSON.parse(text) : null;
    } catch {
      return text;
    }
  }

  async function login(): Promise<void> {
    const response = await send('/_session', { method: 'POST', body: JSON.stringify({ name: username, password }), about: 'session' });
    const body = await bodyOf(response);
    const problem = problemOfResponse(response.status, (body ?? {}) as CouchError, 'session');
    if (problem) throw new SyncError(problem, response.status, (body as CouchError | null)?.reason ?? '');
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';')[0]!;
    loggedIn = true;
  }

  /** A JSON request; a non-2xx answer becomes a SyncError naming what it means. */
  async function json<T>(path: string, init: RequestInit & { about?: 'session' | 'database' | 'other' } = {}, retried = false): Promise<T> {
    if (authMode === 'session' && username && !loggedIn) await login();
    const response = await send(path, init);
    if (response.status === 401 && authMode === 'session' && username && !retried) {
      // The session expired: log in again once.
      loggedIn = false;
      return json<T>(path, init, true);
    }
    const body = await bodyOf(response);
    const problem = problemOfResponse(response.status, (body ?? {}) as CouchError, init.about ?? 'database');
    if (problem) {
      const detail =
        typeof body === 'object' && body ? `${(body as CouchError).error ?? ''} ${(body as CouchError).reason ?? ''}`.trim() : `HTTP ${response.status}`;
      throw new SyncError(problem, response.status, detail);
    }
    return body as T;
  }

  const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });

  return {
    /** `GET /`: is this a CouchDB-compatible server at all? */
    async welcome(): Promise<void> {
      // Asked without credentials: a wrong password must be named by the next step, not taken for "no CouchDB here".
      let response: Response;
      try {
        response = await doFetch(`${serverUrl}/`, { headers: { Accept: 'application/json' }, credentials: 'omit' });
      } catch (error) {
        if (isAbort(error)) throw error;
        throw new SyncError('unreachable', null, error instanceof Error ? error.message : String(error));
      }
      const body = await bodyOf(response);
      // A server that asks everyone to sign in (require_valid_user) answers 401 with CouchDB's error body.
      if (response.status === 401 && typeof body === 'object' && body !== null && 'error' in body) return;
      if (!response.ok || !isCouchWelcome(body)) throw new SyncError('not_couchdb', response.status, typeof body === 'string' ? body.slice(0, 80) : '');
    },
    /** Who the server says we are (`GET /_session`); a wrong password is named as such. */
    async whoAmI(): Promise<string | null> {
      if (authMode === 'session' && username) await login();
      const body = await json<{ userCtx?: { name?: string | null } }>('/_session', { about: 'session' });
      const name = body.userCtx?.name ?? null;
      if (username && name === null) throw new SyncError('wrong_password', 401);
      return name;
    },
    info: () => json<{ db_name: string; doc_count: number; update_seq: unknown }>(dbPath),
    createDatabase: () => json<{ ok: boolean }>(dbPath, { method: 'PUT' }),
    bulkDocs: (docs: readonly unknown[]) => json<BulkResult[]>(`${dbPath}/_bulk_docs`, post({ docs })),
    /** The changes feed; a long poll that times out (or is stopped) returns no results. */
    async changes(options: {
      since: string | number | null;
      limit: number;
      includeDocs?: boolean;
      longpollMs?: number;
      signal?: AbortSignal;
    }): Promise<ChangesPage> {
      const since = options.since ?? 0;
      const params = new URLSearchParams({ since: String(since), style: 'all_docs', limit: String(options.limit) });
      if (options.includeDocs !== false) {
        params.set('include_docs', 'true');
        params.set('conflicts', 'true');
      }
      if (options.longpollMs) {
        params.set('feed', 'longpoll');
        params.set('timeout', String(options.longpollMs));
        params.set('heartbeat', String(Math.max(1000, Math.floor(options.longpollMs / 2))));
      }
      // Some servers ignore the timeout of a long poll: the client ends it a little after.
      const timers = options.longpollMs ? [AbortSignal.timeout(options.longpollMs + 5000)] : [];
      const signal = AbortSignal.any([...timers, ...(options.signal ? [options.signal] : [])]);
      try {
        return await json<ChangesPage>(`${dbPath}/_changes?${params}`, { signal });
      } catch (error) {
        if (isAbort(error) && options.longpollMs && !options.signal?.aborted) return { results: [], last_seq: since, unanswered: true };
        throw error;
      }
    },
    /** Documents by id with their conflicts (`POST _all_docs`); a missing one has no doc. */
    async fetchDocs(ids: readonly string[]): Promise<{ id: string; doc?: Record<string, unknown>; deleted?: { rev: string } }[]> {
      const body = await json<{ rows: { key: string; error?: string; value?: { rev: string; deleted?: boolean }; doc?: Record<string, unknown> | null }[] }>(
        `${dbPath}/_all_docs?include_docs=true&conflicts=true`,
        post({ keys: ids }),
      );
      return body.rows.map((row) =>
        row.value?.deleted ? { id: row.key, deleted: { rev: row.value.rev } } : row.doc ? { id: row.key, doc: row.doc } : { id: row.key },
      );
    },
    /** Given revisions of one document (its conflicting leaves). */
    async openRevs(id: string, revs: readonly string[]): Promise<Record<string, unknown>[]> {
      const rows = await json<{ ok?: Record<string, unknown> }[]>(`${dbPath}/${encodeURIComponent(id)}?open_revs=${encodeURIComponent(JSON.stringify(revs))}`);
      return rows.flatMap((row) => (row.ok ? [row.ok] : []));
    },
    /** Ids of the documents whose id starts with `prefix`. */
    async idsStartingWith(prefix: string): Promise<string[]> {
      const params = new URLSearchParams({ startkey: JSON.stringify(prefix), endkey: JSON.stringify(`${prefix}\ufff0`) });
      const body = await json<{ rows: { id: string }[] }>(`${dbPath}/_all_docs?${params}`);
      return body.rows.map((r) => r.id);
    },
    async getLocal<T extends object>(name: string): Promise<(T & { _rev: string }) | null> {
      try {
        return await json<T & { _rev: string }>(`${dbPath}/_local/${encodeURIComponent(name)}`);
      } catch (error) {
        // A missing _local document is a 404 like a missing database: tell them apart by asking for the database.
        if (error instanceof SyncError && error.problem === 'missing_database') {
          await json(dbPath);
          return null;
        }
        throw error;
      }
    },
    putLocal: (name: string, body: object) =>
      json<{ rev: string }>(`${dbPath}/_local/${encodeURIComponent(name)}`, { method: 'PUT', body: JSON.stringify(body) }),
  };
}

export type CouchClient = ReturnType<typeof createCouchClient>;
