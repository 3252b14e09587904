import { describe, expect, it } from 'vitest';
import { periodRange } from './period-presets';

describe('named periods', () => {
  it('begin at local midnight in the workspace zone and are half-open', () => {
    // 1 Dec 2026 01:00 in Seoul is still 30 Nov in UTC: "this month" there is December.
    const now = Date.UTC(2026, 10, 30, 16);
    expect(periodRange('this_month', now, 'Asia/Seoul')).toEqual({ from: Date.UTC(2026, 10, 30, 15), to: Date.UTC(2026, 11, 31, 15) });
    expect(periodRange('this_month', now, 'UTC')).toEqual({ from: Date.UTC(2026, 10, 1), to: Date.UTC(2026, 11, 1) });
    expect(periodRange('last_quarter', now, 'UTC')).toEqual({ from: Date.UTC(2026, 6, 1), to: Date.UTC(2026, 9, 1) });
    expect(periodRange('this_quarter', Date.UTC(2027, 0, 5), 'UTC')).toEqual({ from: Date.UTC(2027, 0, 1), to: Date.UTC(2027, 3, 1) });
    expect(periodRange('last_month', Date.UTC(2027, 0, 5), 'UTC')).toEqual({ from: Date.UTC(2026, 11, 1), to: Date.UTC(2027, 0, 1) });
    expect(periodRange('last_12_months', Date.UTC(2026, 11, 5), 'UTC')).toEqual({ from: Date.UTC(2025, 11, 1), to: Date.UTC(2026, 11, 1) });
  });
});
