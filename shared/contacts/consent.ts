import type { Activity } from '../model/activity';
import type { Consent } from '../model/contact';
import type { Timestamp } from '../model/record';

export type ConsentDecision = { ok: true; consent: Consent } | { ok: false; error: 'source_required' };

/**
 * A consent decision to record. Granting needs the source it came from (DOMAIN.md §1: opt-in form,
 * newsletter, event) — a grant nobody can trace is no consent; a withdrawal keeps the old source.
 */
export function consentDecision(current: Consent, status: Consent['status'], source: string | null, at: Timestamp): ConsentDecision {
  const clean = source?.trim() || null;
  if (status === 'granted' && clean === null) return { ok: false, error: 'source_required' };
  if (status === 'none') return { ok: true, consent: { status: 'none', source: null, at: null } };
  return { ok: true, consent: { status, source: clean ?? current.source, at } };
}

/** Unsubscribing withdraws consent at that moment, unless a newer decision stands. */
export function consentAfterActivity(consent: Consent, activity: Pick<Activity, 'type' | 'at'>): Consent {
  if (activity.type !== 'unsubscribed' || (consent.at !== null && consent.at > activity.at) || consent.status === 'withdrawn') return consent;
  return { status: 'withdrawn', source: 'unsubscribed', at: activity.at };
}
