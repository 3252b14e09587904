import { useEffect, useRef, useState } from 'react';
import { useWorkspaceApi, useWorkspaceQuery } from './WorkspaceApiProvider';
import type { WorkspaceApi } from './workspace-api';

type WorkerClient = { ready: Promise<unknown>; dispose(): void };

/**
 * A worker client of the open workspace, started when the page mounts and ended when it leaves (or
 * the workspace changes): null until the worker has read the workspace, then the client and what its
 * `ready` gave. `open` is called once per workspace.
 */
export function useWorkerClient<C extends WorkerClient>(
  open: (api: WorkspaceApi) => C,
): { client: C | null; opened: Awaited<C['ready']> | null; error: unknown } {
  type R = Awaited<C['ready']>;
  const api = useWorkspaceApi();
  const [state, setState] = useState<{ client: C | null; opened: R | null; error: unknown }>({ client: null, opened: null, error: null });
  const opener = useRef(open);
  useEffect(() => {
    opener.current = open;
  });
  useEffect(() => {
    const client = opener.current(api);
    let live = true;
    client.ready.then(
      (opened) => live && setState({ client, opened: opened as R, error: null }),
      (error: unknown) => live && setState({ client: null, opened: null, error }),
    );
    return () => {
      live = false;
      client.dispose();
    };
  }, [api]);
  return state;
}

/**
 * Calls `onWrite` after each write to the workspace once `enabled` (the change log's newest entry is
 * the cue; the first answer is what was there already), `delayMs` after the last of a burst.
 */
export function useAfterWrites(enabled: boolean, onWrite: () => void, delayMs = 0): void {
  const latest = useWorkspaceQuery((q) => q.latestChange(), []);
  const seen = useRef<string | null | undefined>(undefined);
  const callback = useRef(onWrite);
  useEffect(() => {
    callback.current = onWrite;
  });
  useEffect(() => {
    if (!enabled || latest === undefined) return;
    if (seen.current === undefined || seen.current === latest) {
      seen.current = latest;
      return;
    }
    seen.current = latest;
    const timer = setTimeout(() => callback.current(), delayMs);
    return () => clearTimeout(timer);
  }, [enabled, latest, delayMs]);
}
