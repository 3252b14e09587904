import type { Contact } from '../model/contact';

export type DuplicateReason = 'email' | 'name_company';
export type DuplicateProbe = { email: string; firstName: string; lastName: string; companyName: string };

const norm = (s: string | null | undefined) => (s ?? '').trim().toLowerCase();

/**
 * Is `candidate` the same person as the one being entered? The same e-mail in any case, or the
 * same first and last name at a company of the same name. null: not a duplicate. Quick add, merge
 * suggestions and (later) import use this one rule.
 */
export function duplicateReason(
  probe: DuplicateProbe,
  candidate: Pick<Contact, 'email' | 'firstName' | 'lastName'>,
  candidateCompanyName: string | null,
): DuplicateReason | null {
  if (norm(probe.email) && norm(candidate.email) === norm(probe.email)) return 'email';
  const named = norm(probe.firstName) || norm(probe.lastName);
  if (named && norm(probe.companyName) && norm(candidateCompanyName) === norm(probe.companyName))
    if (norm(candidate.firstName) === norm(probe.firstName) && norm(candidate.lastName) === norm(probe.lastName)) return 'name_company';
  return null;
}
