import { describe, expect, it } from 'vitest';
import { contactSchema } from './contact';
import { fieldErrorsFromIssues } from './field-error';
import { contact } from '../testing/fixtures';

describe('fieldErrorsFromIssues', () => {
  it('turns zod issues into reason codes with the numbers involved, never zod English', () => {
    const parsed = contactSchema.safeParse({
      ...contact(),
      email: 'nope',
      firstName: 'x'.repeat(201),
      bant: { budget: 120, authority: null, need: null, timeframe: null },
    });
    expect(parsed.success).toBe(false);
    const errors = fieldErrorsFromIssues(parsed.success ? [] : parsed.error.issues);
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'email', code: 'invalid_email' },
        { field: 'firstName', code: 'too_long', params: { max: 200 } },
        { field: 'bant.budget', code: 'out_of_range', params: { min: '', max: 100 } },
      ]),
    );
    expect(JSON.stringify(errors)).not.toMatch(/Invalid|expected|Too/);
  });
});
