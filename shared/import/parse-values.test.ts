import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCount, parseCurrency, parseMoney, parseNumber, parseProbability, parseTags, splitFullName } from './parse-values';

describe('cell readers', () => {
  it.each([
    ['4,514', 4514],
    ['1,234,567.89', 1234567.89],
    ['1.234.567,89', 1234567.89],
    ['1 234,5', 1234.5],
    ["1'234.50", 1234.5],
    ['12,5', 12.5],
    ['0.25', 0.25],
    ['-3', -3],
  ])('reads the number %s', (text, n) => expect(parseNumber(text)).toBe(n));

  it.each(['', 'abc', '1,2,3', '1.2.3', '12e3', '--1', 'NaN'])('refuses %j rather than guess', (text) => expect(parseNumber(text)).toBeNull());

  it('reads money with symbols and codes on either side', () => {
    expect(parseMoney('$1,200')).toEqual({ amount: 1200, currency: 'USD' });
    expect(parseMoney('1.234,56 €')).toEqual({ amount: 1234.56, currency: 'EUR' });
    expect(parseMoney('₩1,000,000')).toEqual({ amount: 1000000, currency: 'KRW' });
    expect(parseMoney('50,000원')).toEqual({ amount: 50000, currency: 'KRW' });
    expect(parseMoney('USD 100')).toEqual({ amount: 100, currency: 'USD' });
    expect(parseMoney('100')).toEqual({ amount: 100, currency: null });
    expect(parseMoney('$100 USD')).toBeNull();
    expect(parseMoney('about 100')).toBeNull();
  });

  it('reads counts, probabilities and currencies', () => {
    expect(parseCount('2,822')).toBe(2822);
    expect(parseCount('1.5')).toBeNull();
    expect(parseProbability('40%')).toBe(0.4);
    expect(parseProbability('40')).toBe(0.4);
    expect(parseProbability('0.4')).toBe(0.4);
    expect(parseCurrency('krw')).toBe('KRW');
    expect(parseCurrency('€')).toBe('EUR');
    expect(parseCurrency('constructor')).toBeNull();
  });

  it('splits names the way their culture writes them', () => {
    expect(splitFullName('김민준')).toEqual({ firstName: '민준', lastName: '김' });
    expect(splitFullName('남궁민수')).toEqual({ firstName: '민수', lastName: '남궁' });
    expect(splitFullName('Mary Ann  Smith')).toEqual({ firstName: 'Mary Ann', lastName: 'Smith' });
    expect(splitFullName('Smith, Emma')).toEqual({ firstName: 'Emma', lastName: 'Smith' });
    expect(splitFullName('Cher')).toEqual({ firstName: 'Cher', lastName: '' });
  });

  it('reads tags split by semicolons or commas, once each', () => {
    expect(parseTags('vip; event,vip ;')).toEqual(['vip', 'event']);
  });

  it('reads back any amount written with thousand separators in either custom', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const grouped = whole.toLocaleString('en-US');
        const value = whole + cents / 100;
        const c = String(cents).padStart(2, '0');
        expect(parseNumber(`${grouped}.${c}`)).toBeCloseTo(value, 2);
        expect(parseNumber(`${grouped.replace(/,/g, '.')},${c}`)).toBeCloseTo(value, 2);
      }),
    );
  });
});
