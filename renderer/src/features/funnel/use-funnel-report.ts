import { useEffect, useRef, useState } from 'react';
import type { FunnelQuery, FunnelReport } from '@shared/index';
import { useAfterWrites, useWorkerClient, type FunnelClient, type FunnelLoadProgress, type FunnelShape } from '../../workspace-api';

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
  const [loading, setLoading] = useState<FunnelLoadProgress | null>({ phase: 'reading' });
  const opened = useWorkerClient((api) => api.openFunnel(setLoading));
  const client = opened.client;
  // The shape the worker gave at open, then after each catch-up.
  const [refreshed, setRefreshed] = useState<{ shape: FunnelShape; version: number } | null>(null);
  const [report, setReport] = useState<{ report: FunnelReport; took: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  useAfterWrites(client !== null, () =>
    client?.refresh().then(
      (shape) => setRefreshed((r) => ({ shape, version: (r?.version ?? 0) + 1 })),
      (e: unknown) => setError(e),
    ),
  );
  const shape = refreshed?.shape ?? opened.opened;
  const version = refreshed?.version ?? 0;
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
  return {
    shape,
    loading: opened.opened ? null : loading,
    report: report?.report ?? null,
    took: report?.took ?? null,
    error: error ?? opened.error,
    client,
    query,
  };
}
