/** Why sync cannot talk to its database, in a word the UI translates (docs/sync.md, "Authentication and connection"). */
export type SyncProblem =
  | 'bad_url'
  | 'https_required'
  | 'unreachable'
  | 'wrong_password'
  /** A user name but no password here: the web build keeps a password per tab, so another tab has none. */
  | 'password_needed'
  | 'no_access'
  | 'missing_database'
  | 'bad_database_name'
  | 'not_couchdb'
  | 'other_workspace'
  | 'server_error';

/**
 * A sign-in refused while no password was given is not a wrong password: none was entered here (a
 * second tab of the web build, which keeps the password per tab), and the user is asked for it.
 */
export const signInProblem = (problem: SyncProblem, username: string, password: string): SyncProblem =>
  problem === 'wrong_password' && username.trim() !== '' && password === '' ? 'password_needed' : problem;

/** Problems that pass by themselves (the server comes back): sync retries them with a back-off. */
export const transientProblems: ReadonlySet<SyncProblem> = new Set(['unreachable', 'server_error']);

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/**
 * A server address checked: http(s) only, https unless the server is on this machine (a password must
 * not cross a network in clear), no credentials or query in it. The address comes back without a
 * trailing slash.
 */
export function checkServerUrl(input: string): { ok: true; url: string } | { ok: false; problem: 'bad_url' | 'https_required' } {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, problem: 'bad_url' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, problem: 'bad_url' };
  if (url.username || url.password || url.search || url.hash) return { ok: false, problem: 'bad_url' };
  if (url.protocol === 'http:' && !loopbackHosts.has(url.hostname)) return { ok: false, problem: 'https_required' };
  return { ok: true, url: url.toString().replace(/\/+$/, '') };
}

/** CouchDB's rule for database names: lower-case letter first, then lower-case letters, digits and _$()+-/. */
export const isDatabaseName = (name: string): boolean => /^[a-z][a-z0-9_$()+/-]{0,237}$/.test(name);

/** A CouchDB error body: `{ error, reason }`. */
export type CouchError = { error?: string; reason?: string };

/**
 * What an HTTP answer means for sync. `about` says what was asked: a session (a 401 there is a wrong
 * password), the database (a 404 there is a missing database), or anything else.
 */
export function problemOfResponse(status: number, body: CouchError, about: 'session' | 'database' | 'other'): SyncProblem | null {
  if (status < 400) return null;
  if (status === 401) {
    // CouchDB says "Name or password is incorrect." for bad credentials, and "You are not authorized…" for a known user without access.
    const badCredentials = about === 'session' || /name or password/i.test(body.reason ?? '');
    return badCredentials ? 'wrong_password' : 'no_access';
  }
  if (status === 403) return 'no_access';
  if (status === 404 && about === 'database') return 'missing_database';
  if (status === 400 && body.error === 'illegal_database_name') return 'bad_database_name';
  if (status >= 500) return 'server_error';
  return 'server_error';
}

/** Whether a server's root answer (`GET /`) is a CouchDB-compatible server's welcome. */
export function isCouchWelcome(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const welcome = body as Record<string, unknown>;
  return 'couchdb' in welcome || 'express-pouchdb' in welcome || 'pouchdb-server' in welcome || ('vendor' in welcome && 'version' in welcome);
}
