import { useEffect, useRef, useState } from 'react';
import { useWorkspaceApi, useWorkspaceQuery, type ReportsClient, type ReportsQuery, type ReportsResult } from '../../workspace-api';

/**
 * The reports for a query, computed in a worker holding a read of the workspace: read when the page
 * opens, read again a moment after writes (the change log's newest entry is the cue), recomputed when
 * the query changes; an older answer never overwrites a newer one's.
 */
export function useReports(query: ReportsQuery): { result: ReportsResult | null; computing: boolean; error: unknown } {
  const api = useWorkspaceApi();
  const [client, setClient] = useState<ReportsClient | null>(null);
  // The answer and what it answered: "computing" is derived (a newer question than the answer).
  const [answer, setAnswer] = useState<{ result: ReportsResult; asked: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const opened = api.openReports();
    let live = true;
    opened.ready.then(
      () => live && setClient(opened),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
      opened.dispose();
    };
  }, [api]);
  const latest = useWorkspaceQuery((q) => q.latestChange(), []);
  const seen = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (!client || latest === undefined) return;
    if (seen.current === undefined || seen.current === latest) {
      seen.current = latest;
      return;
    }
    seen.current = latest;
    // A burst of writes (a bulk action, an import) is read once, after it.
    const timer = setTimeout(() => void client.refresh().then(() => setVersion((v) => v + 1), setError), 1_000);
    return () => clearTimeout(timer);
  }, [client, latest]);
  const asked = useRef(0);
  const key = JSON.stringify(query);
  const question = `${key}|${version}`;
  useEffect(() => {
    if (!client) return;
    const ticket = ++asked.current;
    client.compute(query).then(
      (r) => ticket === asked.current && setAnswer({ result: r, asked: question }),
      (e: unknown) => ticket === asked.current && setError(e),
    );
    // `key` stands for the query's content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, question]);
  return { result: answer?.result ?? null, computing: answer?.asked !== question, error };
}
