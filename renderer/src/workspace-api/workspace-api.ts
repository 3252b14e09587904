import type { WorkspaceDb } from '../db/workspace-db';
import { runWrite } from '../db/write-path';
import type { ApiContext } from './context';
import { openFunnelWorker, type FunnelClient, type FunnelLoadProgress } from './funnel-client';
import { openImportWorker, type ImportClient } from './import-client';
import { openPersonasWorker, type PersonasClient } from './personas-client';
import { openReportsWorker, type ReportsClient } from './reports-client';
import type { DesignWork } from './design-work';
import { actionRegistry, queryRegistry } from './registry';
import { openRoutingDryRunWorker, type RoutingDryRunClient } from './routing-dry-run-client';
import { openSyncWorker, type SyncClient } from './sync-client';

/** A registry's handlers with the context bound: `(ctx, input) => out` becomes `(input) => out`. */
type Bound<R> = {
  [K in keyof R]: R[K] extends (ctx: ApiContext) => infer O ? () => O : R[K] extends (ctx: ApiContext, input: infer I) => infer O ? (input: I) => O : never;
};

type Handler = (ctx: ApiContext, input: never) => unknown;

function bind<R extends Record<string, Handler>>(registry: R, ctx: ApiContext, onError?: (error: unknown) => void): Bound<R> {
  const call = (handler: Handler, input: never) => {
    if (!onError) return handler(ctx, input);
    // A thrown failure (database closed, quota, a bug) is shown, then passed on: nothing was written.
    return Promise.resolve()
      .then(() => handler(ctx, input))
      .catch((error: unknown) => {
        onError(error);
        throw error;
      });
  };
  return Object.fromEntries(Object.entries(registry).map(([name, handler]) => [name, (input: never) => call(handler, input)])) as Bound<R>;
}

/** Each action run as one outer write: its own writes join that batch, whose id comes back for Undo. */
const asUndoable = (registry: Record<string, Handler>): Record<string, Handler> =>
  Object.fromEntries(
    Object.entries(registry).map(([name, handler]) => [
      name,
      (ctx: ApiContext, input: never) => runWrite(ctx.db, async (write) => ({ value: await handler(ctx, input), batchId: write.batchId })),
    ]),
  );

/** An action run as one batch, so it can be undone: its result and its batch id in the change log. */
type Undoable<R> = {
  [K in keyof R]: R[K] extends (ctx: ApiContext, input: infer I) => Promise<infer O> ? (input: I) => Promise<{ value: O; batchId: string }> : never;
};

/**
 * The typed API of one open workspace: what features use instead of the database. `undoable`
 * runs the same actions as one batch and returns its id, for risky actions offered with Undo.
 */
export type WorkspaceApi = {
  id: string;
  actions: Bound<typeof actionRegistry>;
  undoable: Undoable<typeof actionRegistry>;
  queries: Bound<typeof queryRegistry>;
  /** Starts the funnel report's worker on this workspace; the caller disposes of it. */
  openFunnel(onProgress?: (p: FunnelLoadProgress) => void): FunnelClient;
  /** Starts the reports' worker on this workspace; the caller disposes of it. */
  openReports(): ReportsClient;
  /** Starts a CSV import's worker on this workspace; the caller disposes of it. */
  openImport(): ImportClient;
  /** Starts a routing dry run's worker on this workspace; the caller disposes of it. */
  openRoutingDryRun(): RoutingDryRunClient;
  /** Starts the Personas & ICP page's worker (previews, applying an ICP, saving personas); the caller disposes of it. */
  openPersonas(): PersonasClient;
  /** Starts this workspace's sync worker; the shell's sync badge owns it. */
  openSync(): SyncClient;
};

/**
 * `onError` sees every action that throws (the app shows it in a toast); queries fail into their page's
 * error boundary. `designWork` is where design writes run (the app's worker); without it, here.
 */
export function createWorkspaceApi(
  id: string,
  db: WorkspaceDb,
  now: () => number = Date.now,
  onError?: (error: unknown) => void,
  designWork?: DesignWork,
): WorkspaceApi {
  const ctx: ApiContext = { db, now, designWork };
  const undoable = bind(asUndoable(actionRegistry), ctx, onError) as unknown as Undoable<typeof actionRegistry>;
  return {
    id,
    actions: bind(actionRegistry, ctx, onError),
    undoable,
    queries: bind(queryRegistry, ctx),
    openFunnel: (onProgress) => openFunnelWorker(db.name, onProgress),
    openReports: () => openReportsWorker(db.name),
    openImport: () => openImportWorker(db.name),
    openRoutingDryRun: () => openRoutingDryRunWorker(db.name),
    openPersonas: () => openPersonasWorker(db.name),
    openSync: () => openSyncWorker(db.name),
  };
}
