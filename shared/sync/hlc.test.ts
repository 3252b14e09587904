import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareStamps, formatHlc, parseHlc, receiveHlc, tickHlc, zeroHlc, type Hlc } from './hlc';

const clockArb = fc.record({
  wall: fc.integer({ min: 0, max: 2 ** 45 }),
  counter: fc.integer({ min: 0, max: 999_999 }),
  replica: fc.constantFrom('a', 'b', 'c9-x'),
});
const cmp = (a: Hlc, b: Hlc) => a.wall - b.wall || a.counter - b.counter || (a.replica < b.replica ? -1 : a.replica > b.replica ? 1 : 0);

describe('hybrid logical clock', () => {
  it('stamps compare as strings exactly as the clocks they encode', () => {
    fc.assert(
      fc.property(clockArb, clockArb, (a, b) => {
        expect(Math.sign(compareStamps(formatHlc(a), formatHlc(b)))).toBe(Math.sign(cmp(a, b)));
        expect(parseHlc(formatHlc(a))).toEqual(a);
      }),
    );
  });

  it('a local tick is later than the clock, whatever the wall clock says (it may go backwards)', () => {
    fc.assert(
      fc.property(clockArb, fc.integer({ min: 0, max: 2 ** 45 }), (clock, now) => {
        const next = tickHlc(clock, now);
        expect(compareStamps(formatHlc(next), formatHlc(clock))).toBeGreaterThan(0);
        expect(next.wall).toBeGreaterThanOrEqual(Math.min(now, 2 ** 46));
      }),
    );
  });

  it('after receiving a remote stamp, the next tick is later than it (an edit made after seeing another wins over it)', () => {
    fc.assert(
      fc.property(clockArb, clockArb, fc.integer({ min: 0, max: 2 ** 45 }), (local, remote, now) => {
        const next = tickHlc(receiveHlc(local, remote), now);
        expect(next.replica).toBe(local.replica);
        expect(compareStamps(formatHlc(next), formatHlc({ ...remote, replica: local.replica }))).toBeGreaterThan(0);
      }),
    );
  });

  it('a counter that would overflow moves to the next millisecond, keeping stamps fixed-width', () => {
    const next = tickHlc({ wall: 5, counter: 999_999, replica: 'a' }, 0);
    expect(next).toEqual({ wall: 6, counter: 0, replica: 'a' });
    expect(formatHlc(next)).toBe('000000000000006.000000.a');
  });

  it('rejects what is not a stamp', () => {
    for (const bad of ['', '12.3.a', '000000000000006.000000.', '000000000000006.000000.a b', 'x00000000000006.000000.a']) expect(parseHlc(bad)).toBeNull();
    expect(formatHlc(zeroHlc('r'))).toBe('000000000000000.000000.r');
  });
});
