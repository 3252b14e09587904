import type { Deal } from '../model/deal';
import type { Timestamp } from '../model/record';
import type { DedupeMode } from './plan-dedupe';

/** Deal fields an import may fill or overwrite; stage, status and close facts only move through the pipeline's own rule. */
export const importedDealFields = [
  'title',
  'amount',
  'currency',
  'expectedCloseDate',
  'ownerId',
  'probability',
  'source',
  'companyId',
  'primaryContactId',
] as const;

export type DealMerge = {
  record: Deal;
  changed: string[];
  /** The file puts the deal in another stage: the write path moves it with planDealMove (requirements, lost reason, move log), never by assignment. */
  stageChange: { from: string; to: string } | null;
};

const isEmpty = (v: unknown) => v === null || v === undefined || v === '';

/** Fields two versions of a deal disagree on, for the preview's "will change" list. */
export function changedDealFields(before: Deal, after: Deal): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return Object.keys(b).filter((k) => k !== 'updatedAt' && JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

/**
 * A re-imported deal laid over the stored one: 'fill' sets only what is empty, 'overwrite' every
 * value the file has; contacts are joined and custom fields merged the same way. The stage is
 * reported, not changed.
 */
export function mergeDeal(stored: Deal, incoming: Deal, mode: Exclude<DedupeMode, 'skip' | 'create'>, now: Timestamp): DealMerge {
  const record: Deal = { ...stored, contactIds: [...new Set([...stored.contactIds, ...incoming.contactIds])], customFields: { ...stored.customFields } };
  const into = record as Record<string, unknown>;
  for (const field of importedDealFields) {
    const theirs = incoming[field];
    if (!isEmpty(theirs) && (mode === 'overwrite' || isEmpty(stored[field]))) into[field] = theirs;
  }
  for (const [k, v] of Object.entries(incoming.customFields))
    if (!isEmpty(v) && (mode === 'overwrite' || !Object.hasOwn(stored.customFields, k) || isEmpty(stored.customFields[k])))
      record.customFields = { ...record.customFields, [k]: v };
  const changed = changedDealFields(stored, record);
  if (changed.length > 0) record.updatedAt = now;
  return { record, changed, stageChange: incoming.stageId !== stored.stageId ? { from: stored.stageId, to: incoming.stageId } : null };
}
