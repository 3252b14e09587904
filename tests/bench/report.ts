/** Prints one benchmark figure in a fixed, greppable form. */
export function report(name: string, ms: number, items: number, unit: string): void {
  const perSecond = Math.round((items / ms) * 1000);
  console.log(`[bench] ${name}: ${ms.toFixed(0)} ms for ${items.toLocaleString('en')} ${unit} (${perSecond.toLocaleString('en')} ${unit}/s)`);
}

export function time<T>(work: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = work();
  return { result, ms: performance.now() - start };
}
