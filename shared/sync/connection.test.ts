import { describe, expect, it } from 'vitest';
import { checkServerUrl, isCouchWelcome, isDatabaseName, problemOfResponse, signInProblem } from './connection';

describe('sync connection rules', () => {
  it('needs https except on this machine, and an address without credentials in it', () => {
    expect(checkServerUrl('https://couch.example.com/')).toEqual({ ok: true, url: 'https://couch.example.com' });
    expect(checkServerUrl(' http://127.0.0.1:5984 ')).toEqual({ ok: true, url: 'http://127.0.0.1:5984' });
    expect(checkServerUrl('http://localhost:5984/couch/')).toEqual({ ok: true, url: 'http://localhost:5984/couch' });
    expect(checkServerUrl('http://[::1]:5984')).toEqual({ ok: true, url: 'http://[::1]:5984' });
    expect(checkServerUrl('http://couch.example.com')).toEqual({ ok: false, problem: 'https_required' });
    for (const bad of ['couch.example.com', 'ftp://x', 'https://u:p@x.com', 'https://x.com/?a=1', ''])
      expect(checkServerUrl(bad)).toEqual({ ok: false, problem: 'bad_url' });
  });

  it('names what an HTTP answer means', () => {
    expect(problemOfResponse(200, {}, 'database')).toBeNull();
    expect(problemOfResponse(401, { reason: 'Name or password is incorrect.' }, 'database')).toBe('wrong_password');
    expect(problemOfResponse(401, { reason: 'You are not authorized to access this db.' }, 'database')).toBe('no_access');
    expect(problemOfResponse(401, {}, 'session')).toBe('wrong_password');
    expect(problemOfResponse(403, { error: 'forbidden' }, 'database')).toBe('no_access');
    expect(problemOfResponse(404, { error: 'not_found' }, 'database')).toBe('missing_database');
    expect(problemOfResponse(400, { error: 'illegal_database_name' }, 'database')).toBe('bad_database_name');
    expect(problemOfResponse(503, {}, 'other')).toBe('server_error');
  });

  it('tells a missing password from a wrong one', () => {
    expect(signInProblem('wrong_password', 'jiwoo', '')).toBe('password_needed');
    expect(signInProblem('wrong_password', 'jiwoo', 'typo')).toBe('wrong_password');
    // No user name and no password: the server refused an anonymous visitor, nothing was left out.
    expect(signInProblem('wrong_password', ' ', '')).toBe('wrong_password');
    expect(signInProblem('unreachable', 'jiwoo', '')).toBe('unreachable');
  });

  it('knows a database name and a CouchDB welcome', () => {
    expect(isDatabaseName('baton-acme')).toBe(true);
    expect(isDatabaseName('Baton')).toBe(false);
    expect(isDatabaseName('_users')).toBe(false);
    expect(isCouchWelcome({ couchdb: 'Welcome', version: '3.4.2' })).toBe(true);
    expect(isCouchWelcome({ 'express-pouchdb': 'Welcome!' })).toBe(true);
    expect(isCouchWelcome('<html>')).toBe(false);
  });
});
