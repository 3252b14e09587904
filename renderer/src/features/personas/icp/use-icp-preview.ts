import { useEffect, useState } from 'react';
import type { Icp } from '@shared/model';
import type { TimedIcpPreview } from '../../../workspace-api';
import { usePersonasWorker } from '../use-personas-worker';

type Answer = { icp: Pick<Icp, 'criteria' | 'threshold'>; generation: number; result: TimedIcpPreview };

/**
 * The preview of an ICP in the page's worker (companies and contacts read once): reruns shortly after
 * each edit and after each write to the workspace; a stale answer never replaces a newer one, and
 * `running` says the figures shown are for an earlier draft.
 */
export function useIcpPreview(icp: Pick<Icp, 'criteria' | 'threshold'> | null): { result: TimedIcpPreview | null; running: boolean } {
  const { client, opened, generation } = usePersonasWorker();
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    if (!client || !opened || !icp) return;
    let live = true;
    const timer = setTimeout(() => {
      void client.preview({ criteria: icp.criteria, threshold: icp.threshold }).then((result) => live && setAnswer({ icp, generation, result }));
    }, 80);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, opened, icp, generation]);
  if (!icp) return { result: null, running: false };
  const current = answer !== null && answer.icp === icp && answer.generation === generation;
  return { result: answer?.result ?? null, running: !current };
}
