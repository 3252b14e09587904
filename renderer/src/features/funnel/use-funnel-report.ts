import { useEffect, useRef, useState } from 'react';
import type { FunnelQuery, FunnelReport } from '@shared/index';
import { useWorkspaceApi, useWorkspaceQuery, type FunnelClient, type FunnelLoadProgress, type FunnelShape } from '../../workspace-api';

export type FunnelReportState = {
  shape: FunnelShape | null;
  /** Reading and indexing the log (first open only). */
  loading: FunnelLoadProgress | null;
  report: FunnelReport | null;
  /** ms the last recompute took in the worker, round trip: shown so a slow one is seen. */
  took: number | null;
  error: unknown;
  client: FunnelClient | null;
  /** The query asked (null until the worker has read the workspace: periods need its time zone). */
  query: FunnelQuery | null;
};

/**
 * The funnel report for a query, computed in a worker that keeps the whole log in typed columns:
 * built once when the page opens, brought up to date after every write (the change log's newest
 * entry is the cue), recomputed when the query changes. Answers of an older query never overwrite
 * a newer one's.
 */
export function useFunnelReport(makeQuery: (shape: FunnelShape) => FunnelQuery): FunnelReportState {
  const api = useWorkspaceApi();
  const [client, setClient] = useState<FunnelClient | null>(null);
  const [shape, setShape] = useState<FunnelShape | null>(null);
  const [loading, setLoading] = useState<FunnelLoadProgress | null>({ phase: 'reading' });
  const [report, setReport] = useState<{ report: FunnelReport; took: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const opened = api.openFunnel(setLoading);
    let live = true;
    opened.ready.then(
      (s) => {
        if (!live) return;
        setShape(s);
        setLoading(null);
        setClient(opened);
      },
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
      opened.dispose();
    };
  }, [api]);
  const latest = useWorkspaceQuery((q) => q.latestChange(), []);
  // The first answer is what the worker read at open; each later one means a write to catch up with.
  const [version, setVersion] = useState(0);
  const seen = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (!client || latest === undefined) return;
    if (seen.current === undefined) {
      seen.current = latest;
      return;
    }
    if (seen.current === latest) return;
    seen.current = latest;
    let live = true;
    client.refresh().then(
      (s) => {
        if (!live) return;
        setShape(s);
        setVersion((v) => v + 1);
      },
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [client, latest]);
  const asked = useRef(0);
  const query = shape ? makeQuery(shape) : null;
  const key = JSON.stringify(query);
  useEffect(() => {
    if (!client || !query) return;
    const ticket = ++asked.current;
    const started = performance.now();
    client.report(query).then(
      (r) => ticket === asked.current && setReport({ report: r, took: Math.round(performance.now() - started) }),
      (e: unknown) => ticket === asked.current && setError(e),
    );
    // `key` stands for the query's content: a new object with the same figures asks nothing new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, key, version]);
  return { shape, loading, report: report?.report ?? null, took: report?.took ?? null, error, client, query };
}
