import type { AppliedAction } from '@shared/index';

/** Did the automation stop short (a refused stage change, nobody to route to)? Such a report reads as a warning. */
export const fellShort = (applied: readonly AppliedAction[]): boolean =>
  applied.some((a) => (a.kind === 'change_stage' && !a.moved) || (a.kind === 'route' && a.assignee === null));
