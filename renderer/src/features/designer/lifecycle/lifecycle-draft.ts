import { newStageId } from '@shared/index';
import type { LifecycleDefinition, LifecycleStage, Role, VolumeSla } from '@shared/model';

/** Edits of the designer's draft: each returns a new lifecycle and leaves the old one as it was. */
export const updateStage = (l: LifecycleDefinition, id: string, patch: Partial<LifecycleStage>): LifecycleDefinition => ({
  ...l,
  stages: l.stages.map((s) => (s.id === id ? { ...s, ...patch } : s)),
});

/** Moves a funnel stage one place earlier (-1) or later (+1) among the funnel stages; side states keep their place. */
export function moveStage(l: LifecycleDefinition, id: string, by: -1 | 1): LifecycleDefinition {
  const funnel = l.stages.filter((s) => s.kind === 'funnel');
  const from = funnel.findIndex((s) => s.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= funnel.length) return l;
  const reordered = [...funnel];
  [reordered[from], reordered[to]] = [reordered[to]!, reordered[from]!];
  let i = 0;
  return { ...l, stages: l.stages.map((s) => (s.kind === 'funnel' ? reordered[i++]! : s)) };
}

/**
 * A new funnel stage right after `afterId`, wired in: the stage before leads to it and it leads on
 * wherever that stage led, so the design stays connected until the team says otherwise.
 */
export function addStageAfter(l: LifecycleDefinition, afterId: string | null, name: string): { lifecycle: LifecycleDefinition; id: string } {
  const funnel = l.stages.filter((s) => s.kind === 'funnel');
  const after = l.stages.find((s) => s.id === afterId && s.kind === 'funnel') ?? funnel[funnel.length - 1];
  const id = newStageId(
    name,
    l.stages.map((s) => s.id),
  );
  const stage: LifecycleStage = {
    id,
    name,
    kind: 'funnel',
    definition: '',
    entryCriteria: [],
    exitCriteria: [],
    ownerRole: after?.ownerRole ?? null,
    slaHours: null,
    allowedNext: after ? after.allowedNext.filter((n) => n !== id) : [],
    content: [],
  };
  const stages = l.stages.flatMap((s) => (s.id === after?.id ? [{ ...s, allowedNext: [...s.allowedNext, id] }, stage] : [s]));
  return { lifecycle: { ...l, stages: after ? stages : [...stages, stage] }, id };
}

/** Removes a stage and every transition into it (and its volume target). */
export const removeStage = (l: LifecycleDefinition, id: string): LifecycleDefinition => ({
  ...l,
  stages: l.stages.filter((s) => s.id !== id).map((s) => ({ ...s, allowedNext: s.allowedNext.filter((n) => n !== id) })),
  volumeSlas: l.volumeSlas.filter((v) => v.stageId !== id),
});

/** Sets (or with `null`, removes) the stage's volume target: one promise per stage in the designer. */
export function setVolumeTarget(
  l: LifecycleDefinition,
  stageId: string,
  target: (Pick<VolumeSla, 'count' | 'period'> & { ownerRole: Role }) | null,
): LifecycleDefinition {
  const others = l.volumeSlas.filter((v) => v.stageId !== stageId);
  if (!target) return { ...l, volumeSlas: others };
  const existing = l.volumeSlas.find((v) => v.stageId === stageId);
  return { ...l, volumeSlas: [...others, { id: existing?.id ?? `volume-${stageId}`, stageId, ...target }] };
}
