import { useEffect, useRef, useState } from 'react';
import { useAfterWrites, useWorkerClient, type ReportsQuery, type ReportsResult } from '../../workspace-api';

/**
 * The reports for a query, computed in a worker holding a read of the workspace: read when the page
 * opens, read again a moment after writes (the change log's newest entry is the cue), recomputed when
 * the query changes; an older answer never overwrites a newer one's.
 */
export function useReports(query: ReportsQuery): { result: ReportsResult | null; computing: boolean; error: unknown } {
  const { client, error: openError } = useWorkerClient((api) => api.openReports());
  // The answer and what it answered: "computing" is derived (a newer question than the answer).
  const [answer, setAnswer] = useState<{ result: ReportsResult; asked: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  // A burst of writes (a bulk action, an import) is read once, after it.
  useAfterWrites(client !== null, () => void client?.refresh().then(() => setVersion((v) => v + 1), setError), 1_000);
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
  return { result: answer?.result ?? null, computing: answer?.asked !== question, error: error ?? openError };
}
