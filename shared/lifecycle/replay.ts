import type { StageTransition } from '../model/stage-transition';

/** Log order: by time, then by id (UUID v7 ids sort by creation), so replays agree everywhere. */
export function compareTransitions(a: Pick<StageTransition, 'at' | 'id'>, b: Pick<StageTransition, 'at' | 'id'>): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Each contact's stage after replaying the transition log from the start. */
export function replayTransitions(log: readonly StageTransition[]): Map<string, string> {
  const stages = new Map<string, string>();
  for (const t of [...log].filter((t) => t.deletedAt === null).sort(compareTransitions)) stages.set(t.contactId, t.to);
  return stages;
}
