import { newId } from '@shared/model';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startProxy, type Proxy } from './proxy';
import { adminOf, startSyncServer } from './server';

/** The server of one test file, behind a fault-injecting proxy, with a member user; each test makes its own database. */
export function useSyncServer() {
  const state = {} as {
    server: Awaited<ReturnType<typeof startSyncServer>>;
    proxy: Proxy;
    admin: ReturnType<typeof adminOf>;
    user: { name: string; password: string };
  };
  beforeAll(async () => {
    state.server = await startSyncServer();
    state.proxy = await startProxy(state.server.url);
    state.admin = adminOf(state.server);
    state.user = { name: `member-${newId().slice(-8)}`, password: 'pw-한글-ok' };
    await state.admin.createUser(state.user.name, state.user.password);
  });
  // A failed test must not leave the next one behind a broken proxy.
  afterEach(() => {
    state.proxy?.setFault(null);
    state.proxy?.up();
  });
  afterAll(async () => {
    await state.proxy?.close();
    await state.server?.stop();
  });
  return {
    get url() {
      return state.proxy.url;
    },
    get proxy() {
      return state.proxy;
    },
    get admin() {
      return state.admin;
    },
    get user() {
      return state.user;
    },
    get kind() {
      return state.server.kind;
    },
    /** A new database only the member (and admins) may use. */
    async database(): Promise<string> {
      const name = `baton-test-${newId().slice(-12).replace(/-/g, '')}`;
      await state.admin.createDatabase(name);
      await state.admin.members(name, [state.user.name]);
      return name;
    },
  };
}
