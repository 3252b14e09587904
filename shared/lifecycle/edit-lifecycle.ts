import type { LifecycleDefinition } from '../model/lifecycle';

/** Why an edit of the lifecycle cannot be saved as it stands, besides the design's own problems (validateLifecycle). */
export type LifecycleEditProblem = { kind: 'stage_in_use'; stageId: string; count: number };

/**
 * May the lifecycle become `after`? A stage that still holds contacts cannot be removed: they would
 * sit in a stage that no longer exists, and moving them silently would change their stage without
 * a transition saying why. `contactsInStage` counts live contacts per stage id.
 */
export function checkLifecycleEdit(
  before: LifecycleDefinition,
  after: LifecycleDefinition,
  contactsInStage: Readonly<Record<string, number>>,
): LifecycleEditProblem[] {
  const kept = new Set(after.stages.map((s) => s.id));
  return before.stages
    .filter((s) => !kept.has(s.id) && (contactsInStage[s.id] ?? 0) > 0)
    .map((s) => ({ kind: 'stage_in_use' as const, stageId: s.id, count: contactsInStage[s.id]! }));
}
