import { describe, expect, it } from 'vitest';
import { withUnknownOption } from './unknown-option';

const options = [
  { value: 'a', label: 'Alex' },
  { value: 'b', label: 'Bo' },
];
const label = (v: string) => `Unknown owner (${v})`;

describe('withUnknownOption', () => {
  it('adds a value the options do not have, in words, after them', () => {
    expect(withUnknownOption(options, 'bogus', true, label)).toEqual([...options, { value: 'bogus', label: 'Unknown owner (bogus)' }]);
  });
  it('leaves the options alone for a known value, no value, or options still loading', () => {
    expect(withUnknownOption(options, 'a', true, label)).toBe(options);
    expect(withUnknownOption(options, null, true, label)).toBe(options);
    expect(withUnknownOption(options, '', true, label)).toBe(options);
    expect(withUnknownOption([], 'bogus', false, label)).toEqual([]);
  });
  it('is case-sensitive, as the filter is: "Webinar" is not the source "webinar"', () => {
    const sources = [{ value: 'webinar', label: 'Webinar' }];
    expect(withUnknownOption(sources, 'Webinar', true, (v) => `Unknown source (${v})`).at(-1)).toEqual({ value: 'Webinar', label: 'Unknown source (Webinar)' });
  });
});
