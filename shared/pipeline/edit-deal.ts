import { dealSchema, type Deal } from '../model/deal';
import { fieldError, fieldErrorsFromIssues, type FieldError } from '../model/field-error';
import type { Pipeline } from '../model/pipeline';
import type { Timestamp } from '../model/record';

/** What the deal drawer edits. */
export type DealPatch = Partial<Pick<Deal, 'title' | 'amount' | 'expectedCloseDate' | 'ownerId' | 'probability'>>;

/**
 * The deal after an edit, or why not: the schema's bounds, and the facts its current stage requires
 * stay present (an amount cannot be cleared while the deal sits in a stage that needs one) — the same
 * requirements a move into that stage checks.
 */
export function editDeal(deal: Deal, pipeline: Pipeline, patch: DealPatch, now: Timestamp): { ok: true; deal: Deal } | { ok: false; errors: FieldError[] } {
  const next: Deal = { ...deal, ...patch, ...(patch.title !== undefined ? { title: patch.title.trim() } : {}), updatedAt: now };
  const parsed = dealSchema.safeParse(next);
  if (!parsed.success) return { ok: false, errors: fieldErrorsFromIssues(parsed.error.issues) };
  const stage = pipeline.stages.find((s) => s.id === deal.stageId);
  const errors: FieldError[] = [];
  if (deal.status === 'open' && stage?.requires.includes('amount') && next.amount === null) errors.push(fieldError('amount', 'required'));
  if (deal.status === 'open' && stage?.requires.includes('close_date') && next.expectedCloseDate === null)
    errors.push(fieldError('expectedCloseDate', 'required'));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, deal: parsed.data };
}
