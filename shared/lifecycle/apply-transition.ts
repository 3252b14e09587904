import type { Contact } from '../model/contact';
import type { RecycleReason, Role } from '../model/identifiers';
import type { LifecycleDefinition } from '../model/lifecycle';
import { newId, type Timestamp } from '../model/record';
import type { StageTransition } from '../model/stage-transition';
import type { TransitionContext } from './criteria';
import { evaluateTransition, findStage, type TransitionEvaluation } from './evaluate-transition';

export type TransitionRequest = {
  to: string;
  at: Timestamp;
  /** Team member who made the move; null for automatic moves. */
  by: string | null;
  reason?: string | null;
  /** Required when `to` is a recycled stage. */
  recycleReason?: RecycleReason | null;
  kind?: StageTransition['kind'];
  /** Id for the logged transition (tests pass one; the app lets it default). */
  id?: string;
};

export type TransitionResult =
  | { ok: true; contact: Contact; transition: StageTransition }
  | { ok: false; error: 'refused'; evaluation: Exclude<TransitionEvaluation, { ok: true }> }
  | { ok: false; error: 'recycle_reason_required' | 'override_reason_required' | 'not_authorised' | 'not_in_hand_off' };

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
  const transition: StageTransition = {
    id: request.id ?? newId(),
    createdAt: request.at,
    updatedAt: request.at,
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
    updatedAt: request.at,
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

/**
 * Forces a move whose criteria are unmet. Explicit and separate on purpose: it needs the person
 * and a reason, and the log marks it as an override so reports can count them.
 */
export function overrideTransition(
  contact: Contact,
  request: TransitionRequest & { by: string; reason: string },
  definition: LifecycleDefinition,
  context: TransitionContext,
): TransitionResult {
  if (!request.reason.trim()) return { ok: false, error: 'override_reason_required' };
  const evaluation = evaluateTransition(contact, context, contact.lifecycleStage, request.to, definition);
  if (!evaluation.ok && evaluation.reason !== 'criteria') return { ok: false, error: 'refused', evaluation };
  return commit(contact, request, definition, !evaluation.ok, request.kind ?? 'move');
}

/** Roles that may accept or reject a hand-off. */
export const handOffRoles: readonly Role[] = ['sdr', 'ae', 'ebr'];

/**
 * The SDR/AE accepts a handed-off lead: MQL → SAL/SQL. Acceptance is itself what makes a lead
 * sales-accepted, so the accepted stage's entry criteria are not asked here.
 */
export function acceptHandOff(
  contact: Contact,
  request: { at: Timestamp; by: string; byRole: Role; reason?: string | null; id?: string },
  definition: LifecycleDefinition,
): TransitionResult {
  if (contact.lifecycleStage !== definition.handOffStageId) return { ok: false, error: 'not_in_hand_off' };
  if (!handOffRoles.includes(request.byRole)) return { ok: false, error: 'not_authorised' };
  return commit(contact, { ...request, to: definition.acceptedStageId }, definition, false, 'hand_off_accepted');
}

/** The SDR/AE rejects a hand-off with a reason: the lead goes back to nurture (Recycled). The rejection is feedback on scoring. */
export function rejectHandOff(
  contact: Contact,
  request: { at: Timestamp; by: string; byRole: Role; recycleReason: RecycleReason; reason?: string | null; id?: string },
  definition: LifecycleDefinition,
): TransitionResult {
  if (contact.lifecycleStage !== definition.handOffStageId) return { ok: false, error: 'not_in_hand_off' };
  if (!handOffRoles.includes(request.byRole)) return { ok: false, error: 'not_authorised' };
  const recycled = definition.stages.find((s) => s.kind === 'recycled');
  if (!recycled) return { ok: false, error: 'refused', evaluation: { ok: false, reason: 'unknown_stage' } };
  return commit(contact, { ...request, to: recycled.id }, definition, false, 'hand_off_rejected');
}
