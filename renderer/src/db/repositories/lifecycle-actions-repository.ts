import { runWrite } from '../write-path';
import { acceptHandOff, applyTransition, overrideTransition, rejectHandOff, type Actor, type AppliedAction, type TransitionResult } from '@shared/index';
import type { Contact, RecycleReason } from '@shared/model';
import type { WorkspaceDb } from '../workspace-db';
import { saveStageChange } from './automation-repository';
import { getActiveDesign, loadTransitionContext, type ActiveDesign } from './scoring-context-repository';

export type StageAction =
  | { kind: 'move'; to: string; reason?: string; recycleReason?: RecycleReason }
  | { kind: 'override'; to: string; reason: string }
  | { kind: 'accept' }
  | { kind: 'reject'; recycleReason: RecycleReason; reason?: string };

/** A move the engine allowed also says what followed it (routing on arrival in the hand-off stage). */
export type StageActionResult =
  | (Extract<TransitionResult, { ok: true }> & { applied: AppliedAction[] })
  | Extract<TransitionResult, { ok: false }>
  | { ok: false; error: 'not_found' | 'no_design' };

/**
 * Runs a stage action as one transaction: reads the contact and what the criteria need, asks
 * the lifecycle engine, and writes the contact, its log line and the end of the old stage's SLA
 * only if the engine agrees.
 */
export async function runStageAction(
  db: WorkspaceDb,
  contactId: string,
  action: StageAction,
  actor: Actor | null,
  now: number = Date.now(),
): Promise<StageActionResult> {
  return runWrite(db, async () => {
    const contact = await db.contacts.get(contactId);
    if (!contact || contact.deletedAt !== null) return { ok: false, error: 'not_found' } as const;
    const design = await getActiveDesign(db);
    if (!design) return { ok: false, error: 'no_design' } as const;
    const result = await decide(db, contact, action, actor, now, design);
    if (!result.ok) return result;
    return { ...result, applied: await saveStageChange(db, contact, result.contact, result.transition, design, now) };
  });
}

async function decide(
  db: WorkspaceDb,
  contact: Contact,
  action: StageAction,
  actor: Actor | null,
  now: number,
  design: ActiveDesign,
): Promise<TransitionResult> {
  const { lifecycle } = design;
  switch (action.kind) {
    case 'accept':
      return acceptHandOff(contact, { at: now, actor }, lifecycle);
    case 'reject':
      return rejectHandOff(contact, { at: now, actor, recycleReason: action.recycleReason, reason: action.reason ?? null }, lifecycle);
    case 'move':
      return applyTransition(
        contact,
        { to: action.to, at: now, by: actor?.id ?? null, reason: action.reason ?? null, recycleReason: action.recycleReason ?? null },
        lifecycle,
        (await loadTransitionContext(db, contact, design, now)).context,
      );
    case 'override':
      return overrideTransition(
        contact,
        { to: action.to, at: now, actor, reason: action.reason },
        lifecycle,
        (await loadTransitionContext(db, contact, design, now)).context,
      );
  }
}
