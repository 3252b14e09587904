import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeEdit } from './merge-edit';

type Profile = { jobTitle: string | null; phone: string | null; email: string | null };

describe('mergeEdit (three-way)', () => {
  const base: Profile = { jobTitle: 'CTO', phone: '010-1111-2222', email: 'a@x.example' };
  it('another window changed the title, this one the phone: both survive', () => {
    const current: Profile = { ...base, jobTitle: 'CEO' };
    expect(mergeEdit(current, base, { phone: '010-9999-0000' })).toEqual({ ok: true, patch: { phone: '010-9999-0000' } });
  });
  it('both changed the title to different values: a conflict naming both; to the same value: no conflict', () => {
    const current: Profile = { ...base, jobTitle: 'CEO' };
    expect(mergeEdit(current, base, { jobTitle: 'COO' })).toEqual({ ok: false, conflicts: [{ field: 'jobTitle', theirs: 'CEO', mine: 'COO' }] });
    expect(mergeEdit(current, base, { jobTitle: 'CEO' })).toEqual({ ok: true, patch: { jobTitle: 'CEO' } });
  });
  it('never reverts a field the user did not touch (property)', () => {
    const value = fc.constantFrom<string | null>(null, 'a', 'b', 'c');
    const profile = fc.record({ jobTitle: value, phone: value, email: value });
    fc.assert(
      fc.property(profile, profile, fc.record({ phone: value }), (start, now, edit) => {
        const result = mergeEdit(now, start, edit);
        if (!result.ok) return;
        const saved = { ...now, ...result.patch };
        expect(saved.jobTitle).toBe(now.jobTitle);
        expect(saved.email).toBe(now.email);
      }),
    );
  });
});
