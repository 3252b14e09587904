import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, type DependencyList, type ReactNode } from 'react';
import type { WorkspaceApi } from './workspace-api';

const WorkspaceApiContext = createContext<WorkspaceApi | null>(null);

/** Makes the open workspace's API available to every feature below it. */
export function WorkspaceApiProvider({ api, children }: { api: WorkspaceApi; children: ReactNode }) {
  return <WorkspaceApiContext.Provider value={api}>{children}</WorkspaceApiContext.Provider>;
}

/** The open workspace's actions and queries. */
export function useWorkspaceApi(): WorkspaceApi {
  const api = useContext(WorkspaceApiContext);
  if (!api) throw new Error('useWorkspaceApi needs a WorkspaceApiProvider (an open workspace)');
  return api;
}

/**
 * A live query over the open workspace: re-runs when the data it read changes (Dexie's live
 * queries), undefined while loading. `read` gets the workspace's queries.
 */
export function useWorkspaceQuery<T>(read: (queries: WorkspaceApi['queries']) => Promise<T> | T, deps: DependencyList): T | undefined {
  const api = useWorkspaceApi();
  // The workspace is part of every query's identity: a switch re-runs them all.
  return useLiveQuery(() => read(api.queries), [api, ...deps]);
}
