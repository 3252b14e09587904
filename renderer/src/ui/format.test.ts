import { describe, expect, it } from 'vitest';
import { formatBytes, formatCurrency, formatDate, formatMonthKey, formatNumber, formatPercent, initials } from './format';

describe('format', () => {
  it('formats currencies with their own minor units', () => {
    expect(formatCurrency(12_500_000, 'KRW', 'ko')).toBe('₩12,500,000');
    expect(formatCurrency(1234.5, 'USD', 'en')).toBe('$1,234.50');
    expect(formatCurrency(99, 'EUR', 'en')).toBe('€99.00');
  });
  it('groups numbers and formats percentages by locale', () => {
    expect(formatNumber(100000, 'en')).toBe('100,000');
    expect(formatPercent(0.256, 'ko')).toBe('25.6%');
  });
  it('formats dates in the requested time zone', () => {
    // 2026-01-31 23:30 UTC is already February 1st in Seoul.
    const at = Date.UTC(2026, 0, 31, 23, 30);
    expect(formatDate(at, 'en', 'UTC')).toBe('Jan 31, 2026');
    expect(formatDate(at, 'ko', 'Asia/Seoul')).toBe('2026. 2. 1.');
  });

  it("formats storage sizes in the reader's language", () => {
    expect(formatBytes(512, 'en')).toBe('512 byte');
    expect(formatBytes(12_345_678, 'en')).toBe('12.3 MB');
    expect(formatBytes(2_500_000_000, 'ko')).toMatch(/2\.5\s?GB/);
  });
});

describe('initials', () => {
  it('show the given name of a Korean name (the family name alone tells nobody apart) and two letters of others', () => {
    expect(initials('김민준')).toBe('민준');
    expect(initials('김 민준')).toBe('민준');
    expect(initials('이안')).toBe('이안');
    expect(initials('Alex Morgan')).toBe('AM');
    expect(initials('  jamie  lee  ross ')).toBe('JL');
  });

  it('month keys read as the forecast writes them', () => {
    expect(formatMonthKey('2026-12', 'en-US')).toBe('Dec 2026');
    expect(formatMonthKey('2027-01', 'ko-KR')).toBe('2027년 1월');
  });
});
