import { describe, expect, it } from 'vitest';
import { contactDisplayName } from './contact';

describe('contactDisplayName', () => {
  it('writes Korean names family name first without a space', () => {
    expect(contactDisplayName({ firstName: '민준', lastName: '김' })).toBe('김민준');
  });
  it('writes other names given name first', () => {
    expect(contactDisplayName({ firstName: 'Emma', lastName: 'Smith' })).toBe('Emma Smith');
  });
  it('copes with a missing part', () => {
    expect(contactDisplayName({ firstName: '', lastName: 'Smith' })).toBe('Smith');
  });
});
