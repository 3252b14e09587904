import type { WorkspaceDb } from '../db/workspace-db';
import type { ApiContext } from './context';
import { actionRegistry, queryRegistry } from './registry';

/** A registry's handlers with the context bound: `(ctx, input) => out` becomes `(input) => out`. */
type Bound<R> = {
  [K in keyof R]: R[K] extends (ctx: ApiContext) => infer O ? () => O : R[K] extends (ctx: ApiContext, input: infer I) => infer O ? (input: I) => O : never;
};

function bind<R extends Record<string, (ctx: ApiContext, input: never) => unknown>>(registry: R, ctx: ApiContext): Bound<R> {
  return Object.fromEntries(Object.entries(registry).map(([name, handler]) => [name, (input: never) => handler(ctx, input)])) as Bound<R>;
}

/** The typed API of one open workspace: what features use instead of the database. */
export type WorkspaceApi = { id: string; actions: Bound<typeof actionRegistry>; queries: Bound<typeof queryRegistry> };

export function createWorkspaceApi(id: string, db: WorkspaceDb, now: () => number = Date.now): WorkspaceApi {
  const ctx: ApiContext = { db, now };
  return { id, actions: bind(actionRegistry, ctx), queries: bind(queryRegistry, ctx) };
}
