import { describe, expect, it } from 'vitest';
import { contact } from '../testing/fixtures';
import { duplicateReason } from './duplicates';

describe('duplicateReason', () => {
  const probe = { email: 'Emma@Acme.example', firstName: 'Emma', lastName: 'Smith', companyName: 'ACME' };
  it('matches the same e-mail in any case, or the same name at the same company', () => {
    expect(duplicateReason(probe, contact({ email: 'emma@acme.example' }), null)).toBe('email');
    expect(duplicateReason({ ...probe, email: '' }, contact({ email: null }), 'Acme')).toBe('name_company');
  });
  it('does not match a namesake elsewhere, an empty probe, or a different person at the same company', () => {
    expect(duplicateReason({ ...probe, email: '' }, contact({ email: null }), 'Other Inc')).toBeNull();
    expect(
      duplicateReason({ email: '', firstName: '', lastName: '', companyName: 'Acme' }, contact({ firstName: '', lastName: '', email: null }), 'Acme'),
    ).toBeNull();
    expect(duplicateReason({ ...probe, email: '' }, contact({ firstName: 'Noah', email: null }), 'Acme')).toBeNull();
  });
});
