import { describe, expect, it } from 'vitest';
import { contactMatches } from './contact-match';

const ella = { firstName: 'Ella', lastName: 'Garcia', email: 'ella@brightline.io', phone: '+1 (415) 555-0134' };
const minjun = { firstName: '민준', lastName: '김', email: null, phone: '+82 10-1234-5678' };

describe('finding a contact by what a user types', () => {
  it('matches the name in either order, with or without a comma, in any case', () => {
    for (const text of ['ella garcia', 'Garcia Ella', 'garcia, ella', 'GARC', 'la gar']) expect(contactMatches(ella, text), text).toBe(true);
    expect(contactMatches(minjun, '김민준')).toBe(true);
    expect(contactMatches(minjun, '민준 김')).toBe(true);
    expect(contactMatches(ella, 'ella smith')).toBe(false);
  });
  it('matches the e-mail and the phone by its digits', () => {
    expect(contactMatches(ella, 'brightline')).toBe(true);
    expect(contactMatches(ella, '555-0134')).toBe(true);
    expect(contactMatches(ella, '(415) 555')).toBe(true);
    expect(contactMatches(minjun, '010-1234-5678')).toBe(true);
    expect(contactMatches(minjun, '1234 5678')).toBe(true);
  });
  it('does not treat text with a few digits in it as a phone number', () => {
    expect(contactMatches(ella, 'room 415')).toBe(false);
    expect(contactMatches(ella, '41')).toBe(false);
    expect(contactMatches(ella, '')).toBe(false);
  });
});
