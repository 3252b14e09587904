import type { TFunction } from 'i18next';
import type { DesignProblem } from '@shared/index';

/** A design problem in words, for the input it sits next to. */
export function problemText(t: TFunction, problem: DesignProblem): string {
  // The key is built at run time from the code; every code has its sentence in designProblem.*.
  const translate = t as unknown as (key: string, options: Record<string, unknown>) => string;
  return translate(`designRules.problem.${problem.code}`, problem.params ?? {});
}

/** Looks up the first problem at exactly `path`, in words. */
export function problemsAt(t: TFunction, problems: readonly DesignProblem[]): (path: string) => string | undefined {
  const byPath = new Map<string, DesignProblem>();
  for (const p of problems) if (!byPath.has(p.path)) byPath.set(p.path, p);
  return (path) => {
    const p = byPath.get(path);
    return p ? problemText(t, p) : undefined;
  };
}
