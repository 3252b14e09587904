import { useEffect, useState } from 'react';
import type { HandOffFallback, RoutingRule } from '@shared/model';
import { useAfterWrites, useWorkerClient } from '../../../workspace-api';
import type { RoutingDryRunResult } from '../../../workspace-api/routing-dry-run-client';

type Answer = { rules: RoutingRule[]; fallback: HandOffFallback; generation: number; result: RoutingDryRunResult };

/**
 * The dry run of the draft rules over the workspace's real contacts, in a worker (at 100,000
 * contacts routing them all takes far longer than a frame). Reruns shortly after each edit and after
 * each write to the workspace; a stale answer never replaces a newer one.
 */
export function useDryRun(rules: RoutingRule[], fallback: HandOffFallback): { result: RoutingDryRunResult | null; running: boolean; error: unknown } {
  const { client, opened, error } = useWorkerClient((api) => api.openRoutingDryRun());
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [generation, setGeneration] = useState(0);
  useAfterWrites(client !== null, () => void client?.refresh().then(() => setGeneration((g) => g + 1)), 300);
  useEffect(() => {
    if (!client || !opened) return;
    let live = true;
    const timer = setTimeout(() => {
      void client.run({ rules, fallback }).then((result) => live && setAnswer({ rules, fallback, generation, result }));
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, opened, rules, fallback, generation]);
  const current = answer !== null && answer.rules === rules && answer.fallback === fallback && answer.generation === generation;
  return { result: answer?.result ?? null, running: !current, error };
}
