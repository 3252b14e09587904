import type { BantRatings, Consent, Contact } from '../model/contact';
import type { LifecycleDefinition } from '../model/lifecycle';
import { funnelIds } from '../lifecycle/evaluate-transition';
import type { Timestamp } from '../model/record';

/** A value of the merged-away contact that differed from the kept one: it goes into the merge note, never lost. */
export type KeptValue = { field: string; value: string };

export type MergedContacts = { contact: Contact; kept: KeptValue[] };

/** Profile fields merged one by one: empty fields are filled, differing values are kept in the note. */
export const mergedProfileFields = ['firstName', 'lastName', 'email', 'phone', 'jobTitle', 'companyId', 'personaId', 'ownerId', 'source'] as const;

/**
 * How far along the funnel a stage is, for choosing the merged contact's stage: funnel stages by
 * position; Recycled and Disqualified carry history, so they outrank only a bare first stage.
 */
export function funnelRank(lifecycle: LifecycleDefinition, stageId: string): number {
  const index = funnelIds(lifecycle).indexOf(stageId);
  return index >= 0 ? index : 0.5;
}

const isEmpty = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
const same = (a: unknown, b: unknown) => (typeof a === 'string' && typeof b === 'string' ? a.trim().toLowerCase() === b.trim().toLowerCase() : a === b);

/**
 * The newest consent decision wins: a withdrawal is never overwritten by an older grant. A
 * consent without a date ('none') is older than any dated one; equal dates keep the first.
 */
export function newestConsent(a: Consent, b: Consent): Consent {
  if (b.at !== null && (a.at === null || b.at > a.at)) return b;
  if (a.at === null && b.at === null && a.status === 'none') return b;
  return a;
}

const describeConsent = (c: Consent) => [c.status, c.source, c.at === null ? null : new Date(c.at).toISOString().slice(0, 10)].filter(Boolean).join(' ');

/**
 * Merges `duplicate` into `keep` (the record the user chose to keep). Empty fields are filled
 * from the duplicate; where both hold different non-empty values the kept record's value stays
 * and the other one is listed in `kept` for the merge note, so nothing is lost and the user sees
 * what was kept. Tags are joined, BANT ratings filled part by part, consent follows the newest
 * decision, and the contact is as old as the older of the two. Given the lifecycle, the stage
 * (with its owner) is that of the record further along the funnel; the caller logs the move if
 * the joined transition log would say otherwise.
 */
export function mergeContacts(keep: Contact, duplicate: Contact, now: Timestamp, lifecycle?: LifecycleDefinition): MergedContacts {
  const kept: KeptValue[] = [];
  // A merge never moves a contact back down the funnel: the record further along gives its stage and its owner.
  const ahead = lifecycle !== undefined && funnelRank(lifecycle, duplicate.lifecycleStage) > funnelRank(lifecycle, keep.lifecycleStage);
  const base: Contact = ahead
    ? {
        ...keep,
        lifecycleStage: duplicate.lifecycleStage,
        stageEnteredAt: duplicate.stageEnteredAt,
        recycleReason: duplicate.recycleReason,
        ownerId: duplicate.ownerId ?? keep.ownerId,
      }
    : keep;
  const other: Contact = ahead ? { ...duplicate, ownerId: keep.ownerId } : duplicate;
  const merged: Contact = {
    ...base,
    tags: [...new Set([...keep.tags, ...duplicate.tags])],
    createdAt: Math.min(keep.createdAt, duplicate.createdAt),
    updatedAt: now,
  };
  const fields = merged as Record<string, unknown>;
  for (const field of mergedProfileFields) {
    const mine = base[field];
    const theirs = other[field];
    if (isEmpty(theirs)) continue;
    if (isEmpty(mine)) fields[field] = theirs;
    else if (!same(mine, theirs)) kept.push({ field, value: String(theirs) });
  }
  const customFields = { ...keep.customFields };
  for (const [key, theirs] of Object.entries(duplicate.customFields)) {
    const mine = customFields[key];
    if (isEmpty(theirs)) continue;
    if (isEmpty(mine)) customFields[key] = theirs;
    else if (!same(mine, theirs)) kept.push({ field: `customFields.${key}`, value: String(theirs) });
  }
  merged.customFields = customFields;
  const bant: BantRatings = { ...keep.bant };
  for (const part of ['budget', 'authority', 'need', 'timeframe'] as const) {
    const theirs = duplicate.bant[part];
    if (theirs === null) continue;
    if (bant[part] === null) bant[part] = theirs;
    else if (bant[part] !== theirs) kept.push({ field: `bant.${part}`, value: String(theirs) });
  }
  merged.bant = bant;
  merged.consent = newestConsent(keep.consent, duplicate.consent);
  const lost = merged.consent === keep.consent ? duplicate.consent : keep.consent;
  if (lost.status !== 'none' && describeConsent(lost) !== describeConsent(merged.consent)) kept.push({ field: 'consent', value: describeConsent(lost) });
  return { contact: merged, kept };
}
