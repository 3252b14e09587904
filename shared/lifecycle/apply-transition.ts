import type { Contact } from '../model/contact';
import { recycleReasonSchema, type RecycleReason } from '../model/identifiers';
import type { LifecycleDefinition } from '../model/lifecycle';
import { newId, type Timestamp } from '../model/record';
import type { StageTransition } from '../model/stage-transition';
import { canDecideHandOff, canOverride, type Actor } from './authority';
import type { TransitionContext } from './criteria';
import { evaluateTransition, findStage, type TransitionEvaluation } from './evaluate-transition';

export type TransitionRequest = {
  to: string;
  /** When the move happened. */
  at: Timestamp;
  /** When it is being logged (default `at`). A move dated before this is back-dated: see isBackdated. */
  recordedAt?: Timestamp;
  /** Team member who made the move; null for automatic moves. */
  by: string | null;
  reason?: string | null;
  /** Required when `to` is a recycled stage; one of the lifecycle's recycle reasons. */
  recycleReason?: RecycleReason | null;
  kind?: StageTransition['kind'];
  /** Id for the logged transition (tests pass one; the app lets it default). */
  id?: string;
};

export type TransitionError =
  | 'recycle_reason_required'
  | 'unknown_recycle_reason'
  | 'override_reason_required'
  | 'not_authorised'
  | 'not_in_hand_off'
  /** The move is dated before the contact entered its current stage: the log would contradict itself. */
  | 'before_stage_entry'
  /** The move is dated after the moment it is logged. */
  | 'future_dated';

export type TransitionResult =
  | { ok: true; contact: Contact; transition: StageTransition }
  | { ok: false; error: 'refused'; evaluation: Exclude<TransitionEvaluation, { ok: true }> }
  | { ok: false; error: TransitionError };

/** A transition logged later than it happened (createdAt is when it was logged, at when it happened). */
export const isBackdated = (t: Pick<StageTransition, 'at' | 'createdAt'>): boolean => t.at < t.createdAt;

function commit(
  contact: Contact,
  request: TransitionRequest,
  definition: LifecycleDefinition,
  override: boolean,
  kind: StageTransition['kind'],
): TransitionResult {
  const target = findStage(definition, request.to)!;
  const recycling = target.kind === 'recycled';
  if (recycling && !request.recycleReason) return { ok: false, error: 'recycle_reason_required' };
  if (recycling && !recycleReasonSchema.safeParse(request.recycleReason).success) return { ok: false, error: 'unknown_recycle_reason' };
  const recordedAt = request.recordedAt ?? request.at;
  if (request.at < contact.stageEnteredAt) return { ok: false, error: 'before_stage_entry' };
  if (request.at > recordedAt) return { ok: false, error: 'future_dated' };
  const transition: StageTransition = {
    id: request.id ?? newId(),
    createdAt: recordedAt,
    updatedAt: recordedAt,
    deletedAt: null,
    contactId: contact.id,
    from: contact.lifecycleStage,
    to: request.to,
    at: request.at,
    byMemberId: request.by,
    kind,
    reason: request.reason?.trim() || null,
    recycleReason: recycling ? request.recycleReason! : null,
    override,
  };
  const next: Contact = {
    ...contact,
    lifecycleStage: request.to,
    stageEnteredAt: request.at,
    updatedAt: recordedAt,
    recycleReason: recycling ? request.recycleReason! : null,
  };
  return { ok: true, contact: next, transition };
}

/** Moves a contact if the lifecycle allows it; returns the new contact and the log line, or why not. */
export function applyTransition(contact: Contact, request: TransitionRequest, definition: LifecycleDefinition, context: TransitionContext): TransitionResult {
  const evaluation = evaluateTransition(contact, context, contact.lifecycleStage, request.to, definition);
  if (!evaluation.ok) return { ok: false, error: 'refused', evaluation };
  const kind = request.kind ?? (findStage(definition, request.to)?.kind === 'recycled' ? 'recycle' : 'move');
  return commit(contact, request, definition, false, kind);
}

export type OverrideRequest = Omit<TransitionRequest, 'by'> & { actor: Actor | null; reason?: string | null };

/**
 * Forces a move whose criteria are unmet. Explicit and separate on purpose: it needs a person the
 * lifecycle lets override and a reason, and the log marks it as an override so reports can count
 * them. It bypasses unmet criteria only (the hand-off step included), never a move the lifecycle forbids.
 */
export function overrideTransition(contact: Contact, request: OverrideRequest, definition: LifecycleDefinition, context: TransitionContext): TransitionResult {
  if (!request.reason?.trim()) return { ok: false, error: 'override_reason_required' };
  if (!canOverride(definition, request.actor, request.to)) return { ok: false, error: 'not_authorised' };
  const evaluation = evaluateTransition(contact, context, contact.lifecycleStage, request.to, definition);
  if (!evaluation.ok && evaluation.reason !== 'criteria') return { ok: false, error: 'refused', evaluation };
  const kind = request.kind ?? (findStage(definition, request.to)?.kind === 'recycled' ? 'recycle' : 'move');
  return commit(contact, { ...request, by: request.actor!.id, reason: request.reason }, definition, !evaluation.ok, kind);
}

/**
 * Sales accepts a handed-off lead: MQL → SAL/SQL. Acceptance is itself what makes a lead
 * sales-accepted, so the accepted stage's entry criteria are not asked here.
 */
export function acceptHandOff(
  contact: Contact,
  request: { at: Timestamp; recordedAt?: Timestamp; actor: Actor | null; reason?: string | null; id?: string },
  definition: LifecycleDefinition,
): TransitionResult {
  if (contact.lifecycleStage !== definition.handOffStageId) return { ok: false, error: 'not_in_hand_off' };
  if (!canDecideHandOff(definition, request.actor)) return { ok: false, error: 'not_authorised' };
  return commit(contact, { ...request, by: request.actor!.id, to: definition.acceptedStageId }, definition, false, 'hand_off_accepted');
}

/** Sales rejects a hand-off with a reason: the lead goes back to nurture (Recycled). The rejection is feedback on scoring. */
export function rejectHandOff(
  contact: Contact,
  request: { at: Timestamp; recordedAt?: Timestamp; actor: Actor | null; recycleReason: RecycleReason; reason?: string | null; id?: string },
  definition: LifecycleDefinition,
): TransitionResult {
  if (contact.lifecycleStage !== definition.handOffStageId) return { ok: false, error: 'not_in_hand_off' };
  if (!canDecideHandOff(definition, request.actor)) return { ok: false, error: 'not_authorised' };
  const recycled = definition.stages.find((s) => s.kind === 'recycled');
  if (!recycled) return { ok: false, error: 'refused', evaluation: { ok: false, reason: 'unknown_stage' } };
  return commit(contact, { ...request, by: request.actor!.id, to: recycled.id }, definition, false, 'hand_off_rejected');
}
