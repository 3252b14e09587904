import type { BrowserContext, Page } from 'playwright-core';

/** What the fake main process holds, as the test reads it back (bytes as plain arrays). */
export type FakeHostState = {
  backups: Record<
    string,
    { name: string; at: number; bytes: number; meta: { workspaceName: string; reason: string; counts: Record<string, number> } | null }[]
  >;
  calls: string[];
  language: string | null;
  saved: { name: string; bytes: number }[];
  printed: string[];
  notes: { id: string; title: string; body: string }[];
};

/**
 * Installs `window.baton` before the app loads: an in-memory stand-in for the preload bridge and the
 * main process (backups with unique names and rotation, dialogs, credentials, menu events), so the
 * renderer runs its Electron adapter in plain Chromium. The main process itself is unit-tested in
 * Node (electron/*.test.ts); this checks the renderer's side of the same contract.
 */
export async function installFakeBridge(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    type Backup = { name: string; at: number; bytes: number; meta: unknown; data: Uint8Array };
    const backups = new Map<string, Backup[]>();
    const listeners = new Map<string, Set<(payload: unknown) => void>>();
    const toOpen: { name: string; data: Uint8Array }[] = [];
    const openedWithApp: { name: string; data: Uint8Array }[] = [];
    const state = {
      calls: [] as string[],
      language: null as string | null,
      saved: [] as { name: string; bytes: number }[],
      printed: [] as string[],
      notes: [] as unknown[],
    };
    const savedData: Uint8Array[] = [];
    const KEPT = 14;
    const uniqueName = (at: number, list: Backup[]) => {
      const taken = new Set(list.map((b) => b.name));
      if (!taken.has(`backup-${at}.baton`)) return `backup-${at}.baton`;
      for (let n = 1; ; n++) if (!taken.has(`backup-${at}-${n}.baton`)) return `backup-${at}-${n}.baton`;
    };
    const info = ({ name, at, bytes, meta }: Backup) => ({ name, at, bytes, meta });
    const handlers: Record<string, (args: Record<string, unknown>) => unknown> = {
      'app:version': () => '0.1.0-desktop-e2e',
      'app:set-language': (a) => void (state.language = a['language'] as string),
      'app:open-data-folder': () => undefined,
      'app:save-diagnostics': () => ({ saved: false }),
      'file:save': (a) => {
        state.saved.push({ name: a['suggestedName'] as string, bytes: (a['data'] as Uint8Array).byteLength });
        savedData.push(new Uint8Array(a['data'] as Uint8Array));
        return { saved: true, path: `/home/me/${a['suggestedName'] as string}` };
      },
      'file:open': () => toOpen.shift() ?? null,
      'file:take-opened': () => openedWithApp.splice(0),
      'backup:write': (a) => {
        const id = a['workspaceId'] as string;
        const list = backups.get(id) ?? [];
        const at = Date.now();
        const data = new Uint8Array(a['data'] as Uint8Array);
        const backup = { name: uniqueName(at, list), at, bytes: data.byteLength, meta: a['meta'], data };
        backups.set(id, [backup, ...list].slice(0, KEPT));
        return info(backup);
      },
      'backup:list': (a) => (backups.get(a['workspaceId'] as string) ?? []).map(info),
      'backup:read': (a) => (backups.get(a['workspaceId'] as string) ?? []).find((b) => b.name === a['name'])?.data ?? null,
      'credentials:get': () => null,
      'credentials:set': () => ({ stored: true }),
      'credentials:delete': () => undefined,
      'sync:allow-server': () => ({ ok: true, origin: null }),
      'notify:show': (a) => (state.notes.push(a), { shown: true }),
      'report:print-pdf': (a) => (state.printed.push(a['suggestedName'] as string), { saved: true }),
    };
    const host = {
      state,
      backups,
      savedData,
      emit: (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload)),
      queueOpen: (file: { name: string; data: Uint8Array }) => toOpen.push(file),
      openWithApp: (file: { name: string; data: Uint8Array }) => {
        openedWithApp.push(file);
        host.emit('file:opened', {});
      },
    };
    Object.assign(window, {
      __fakeHost: host,
      baton: {
        invoke: async (channel: string, args: Record<string, unknown>) => {
          state.calls.push(channel);
          const handler = handlers[channel];
          if (!handler) throw new Error(`No handler for ${channel}`);
          // Structured clone, as IPC does: the renderer never shares objects with main.
          return structuredClone(await handler(structuredClone(args)));
        },
        on: (event: string, listener: (payload: unknown) => void) => {
          const set = listeners.get(event) ?? new Set();
          set.add(listener);
          listeners.set(event, set);
          return () => void set.delete(listener);
        },
      },
    });
  });
}

type HostHandle = {
  state: Omit<FakeHostState, 'backups'>;
  savedData: Uint8Array[];
  backups: Map<string, { name: string; at: number; bytes: number; meta: FakeHostState['backups'][string][number]['meta'] }[]>;
  emit(event: string, payload: unknown): void;
  openWithApp(file: { name: string; data: Uint8Array }): void;
};

/** The fake main process as the test drives it (each `evaluate` body runs in the page, so it names `window.__fakeHost` itself). */
export class FakeHost {
  constructor(readonly page: Page) {}

  /** A click on an application-menu item: main sends the command to the window. */
  menu(command: string): Promise<void> {
    return this.page.evaluate((c) => (window as unknown as { __fakeHost: HostHandle }).__fakeHost.emit('menu:command', { command: c }), command);
  }

  state(): Promise<FakeHostState> {
    return this.page.evaluate(() => {
      const host = (window as unknown as { __fakeHost: HostHandle }).__fakeHost;
      const backups: FakeHostState['backups'] = {};
      for (const [id, list] of host.backups) backups[id] = list.map(({ name, at, bytes, meta }) => ({ name, at, bytes, meta }));
      return { ...host.state, backups };
    });
  }

  /** The bytes of the n-th file saved through the native save dialog. */
  async savedFile(index: number): Promise<Uint8Array> {
    return new Uint8Array(await this.page.evaluate((i) => [...(window as unknown as { __fakeHost: HostHandle }).__fakeHost.savedData[i]!], index));
  }

  /** The OS hands Baton a file the user double-clicked. */
  openWithApp(name: string, bytes: Uint8Array): Promise<void> {
    return this.page.evaluate(
      ([n, b]) => (window as unknown as { __fakeHost: HostHandle }).__fakeHost.openWithApp({ name: n as string, data: new Uint8Array(b as number[]) }),
      [name, [...bytes]] as const,
    );
  }
}
