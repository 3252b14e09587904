import { useEffect, useState } from 'react';
import type { Persona } from '@shared/model';
import type { TimedTitleTest } from '../../../workspace-api';
import { usePersonasWorker } from '../use-personas-worker';

type Answer = { personas: readonly Persona[]; generation: number; result: TimedTitleTest };

/** The draft personas' title patterns tested in the page's worker against every job title of the workspace, after each edit. */
export function useTitleTest(personas: readonly Persona[]): { result: TimedTitleTest | null; running: boolean } {
  const { client, opened, generation } = usePersonasWorker();
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    if (!client || !opened) return;
    let live = true;
    const timer = setTimeout(() => {
      void client.testTitles([...personas]).then((result) => live && setAnswer({ personas, generation, result }));
    }, 80);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, opened, personas, generation]);
  const current = answer !== null && answer.personas === personas && answer.generation === generation;
  return { result: answer?.result ?? null, running: !current };
}
