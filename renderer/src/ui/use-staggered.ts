import { startTransition, useEffect, useState } from 'react';

/** How long each later step waits: about a frame, so each step commits in a task of its own. */
const STEP_MS = 16;

/**
 * `value`, taken up `step` frames after it changes (step 0: at once). A page of several charts
 * gives each its own step: their commits (recharts measures and lays out in effects, which React
 * cannot interrupt) land in separate tasks instead of one long one.
 */
export function useStaggered<T>(value: T, step: number): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (step === 0 || Object.is(shown, value)) return;
    const timer = setTimeout(() => startTransition(() => setShown(value)), step * STEP_MS);
    return () => clearTimeout(timer);
  }, [value, step, shown]);
  return step === 0 ? value : shown;
}
