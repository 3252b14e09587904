import { create } from 'zustand';
import { createEmptyWorkspaceData } from '@shared/defaults';
import { buildTemplate, createWorkspaceFromDesign, type DesignTemplateId } from '@shared/design';
import { defaultDemoSize, type DemoOptions } from '@shared/demo/generate-workspace';
import { demoWorkspaceName } from '@shared/demo/generate-setup';
import type { RegistryDb, WorkspaceEntry } from '../db/registry-db';
import { addWorkspace, listWorkspaces, markWorkspaceOpened, removeWorkspace } from '../db/repositories/registry-repository';
import { writeWorkspaceData } from '../db/repositories/workspace-data-repository';
import { writeNewWorkspace } from '../db/repositories/design-versions-repository';
import { openWorkspaceDb, workspaceDbName, type WorkspaceDb } from '../db/workspace-db';
import type { WorkspaceFileProgress } from '../db/repositories/workspace-file-repository';
import type { DemoProgress } from '../workers/demo-worker';
import type { DesignWork } from './design-work';
import { createWorkspaceApi, type WorkspaceApi } from './workspace-api';

export type WorkspaceStoreDeps = {
  registry: RegistryDb;
  now: () => number;
  /** Fills a new database with the demo workspace (a Web Worker in the app, inline in tests). */
  loadDemo: (dbName: string, options: DemoOptions, onProgress: (p: DemoProgress) => void) => Promise<number>;
  /** Shown every action failure that throws (the app's toast). */
  onActionError?: (error: unknown) => void;
  /** Where applying a design version or file runs (a Web Worker in the app, inline in tests). */
  designWork?: DesignWork;
};

/** Progress of the long work of a workspace: a demo load, or a workspace file read, written, merged or backed up. */
export type BusyProgress = DemoProgress | WorkspaceFileProgress | { phase: 'backingUp' };

/** The open workspace: its registry entry, its database, and the one API features use. */
type Current = { entry: WorkspaceEntry; db: WorkspaceDb; api: WorkspaceApi };

export type WorkspaceState = {
  status: 'starting' | 'ready';
  current: Current | null;
  /** Set while a long operation runs, so every screen can show its progress. */
  busy: BusyProgress | null;
  error: string | null;
  /**
   * Another window upgraded or deleted the open workspace's database (`versionchange`), or this
   * window's upgrade waits for another one to close it (`blocked`): the user is asked to reload.
   */
  interrupted: 'versionchange' | 'blocked' | null;
  init(): Promise<void>;
  /** A new workspace with the default design, or a template's in the workspace's language. */
  createEmpty(name: string, locale: 'ko' | 'en', template?: DesignTemplateId): Promise<void>;
  /** A new demo workspace: the default one, or one sized, seeded and following a design. */
  loadDemo(locale: 'ko' | 'en', from?: Partial<Pick<DemoOptions, 'seed' | 'contacts' | 'design'>>): Promise<void>;
  open(id: string): Promise<void>;
  clearError(): void;
};

export function createWorkspaceStore(deps: WorkspaceStoreDeps) {
  return create<WorkspaceState>()((set, get) => {
    const switchTo = async (entry: WorkspaceEntry) => {
      get().current?.db.close();
      const db = openWorkspaceDb(workspaceDbName(entry.id));
      // Dexie closes the connection on versionchange; without a word the app would fail on the next read.
      db.on('versionchange', () => set({ interrupted: 'versionchange' }));
      db.on('blocked', () => set({ interrupted: 'blocked' }));
      await db.open();
      await markWorkspaceOpened(deps.registry, entry.id, deps.now());
      set({ current: { entry, db, api: createWorkspaceApi(entry.id, db, deps.now, deps.onActionError, deps.designWork) }, status: 'ready' });
    };
    const guarded = async (work: () => Promise<void>) => {
      try {
        await work();
      } catch (error) {
        set({ error: error instanceof Error ? error.message : String(error), busy: null });
      }
    };
    return {
      status: 'starting',
      current: null,
      busy: null,
      error: null,
      interrupted: null,
      init: () =>
        guarded(async () => {
          const [latest] = await listWorkspaces(deps.registry);
          if (latest) await switchTo(latest);
          else set({ status: 'ready' });
        }),
      createEmpty: (name, locale, template) =>
        guarded(async () => {
          const now = deps.now();
          const entry = await addWorkspace(deps.registry, { name, isDemo: false }, now);
          const db = openWorkspaceDb(workspaceDbName(entry.id));
          try {
            if (template) await writeNewWorkspace(db, createWorkspaceFromDesign({ name, locale, now, design: buildTemplate(template, locale) }));
            else await writeWorkspaceData(db, createEmptyWorkspaceData({ name, locale, now }));
          } catch (error) {
            // Nothing was written (one transaction): the registry must not list a workspace that is not there.
            await removeWorkspace(deps.registry, entry.id, deps.now());
            throw error;
          } finally {
            db.close();
          }
          await switchTo(entry);
        }),
      loadDemo: (locale, from = {}) =>
        guarded(async () => {
          if (get().busy) return;
          set({ busy: { phase: 'generating', step: 'contacts', done: 0, total: from.contacts ?? defaultDemoSize }, error: null });
          const now = deps.now();
          const name = demoWorkspaceName(locale, from.design?.lifecycle.name ?? null);
          const entry = await addWorkspace(deps.registry, { name, isDemo: true }, now);
          try {
            const options: DemoOptions = {
              seed: from.seed ?? 2026,
              now,
              locale,
              contacts: from.contacts ?? defaultDemoSize,
              ...(from.design ? { design: from.design } : {}),
            };
            // The worker's progress arrives by message: one may land after the load has finished and
            // must not mark the app busy again (that disabled every long action until a reload).
            let loading = true;
            try {
              await deps.loadDemo(workspaceDbName(entry.id), options, (busy) => loading && set({ busy }));
            } finally {
              loading = false;
            }
          } catch (error) {
            // The write is one transaction, so nothing half-written remains; hide the empty entry.
            await removeWorkspace(deps.registry, entry.id, deps.now());
            throw error;
          }
          set({ busy: null });
          await switchTo(entry);
        }),
      open: (id) =>
        guarded(async () => {
          const entry = (await listWorkspaces(deps.registry)).find((w) => w.id === id);
          if (!entry) throw new Error(`No workspace with id ${id}`);
          await switchTo(entry);
        }),
      clearError: () => set({ error: null }),
    };
  });
}

export type WorkspaceStore = ReturnType<typeof createWorkspaceStore>;
