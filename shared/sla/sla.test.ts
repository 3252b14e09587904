import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkingCalendar } from '../model/workspace-meta';
import { followUpTime, slaStatus } from './sla-status';
import { addWorkingHours, workingMsBetween } from './working-time';

const HOUR = 3_600_000;
const seoul: WorkingCalendar = { timeZone: 'Asia/Seoul', workingDays: [1, 2, 3, 4, 5], startHour: 9, endHour: 18, holidays: ['2026-01-01'] };
/** 09:00 in Seoul is 00:00 UTC. */
const kst = (y: number, m: number, d: number, h: number, min = 0) => Date.UTC(y, m - 1, d, h - 9, min);

describe('working time', () => {
  it('24 working hours from Monday 10:00 end on Wednesday 16:00 (9-hour days)', () => {
    expect(addWorkingHours(kst(2026, 1, 5, 10), 24, seoul)).toBe(kst(2026, 1, 7, 16));
  });
  it('skips the weekend and holidays, and starts at opening time when handed off at night', () => {
    // Friday 17:00 + 2h → Monday 10:00.
    expect(addWorkingHours(kst(2026, 1, 9, 17), 2, seoul)).toBe(kst(2026, 1, 12, 10));
    // New Year's Eve 22:00 + 1h → Jan 1 is a holiday → Friday Jan 2, 10:00.
    expect(addWorkingHours(kst(2025, 12, 31, 22), 1, seoul)).toBe(kst(2026, 1, 2, 10));
  });
  it('measures working time between instants', () => {
    expect(workingMsBetween(kst(2026, 1, 9, 17), kst(2026, 1, 12, 10), seoul)).toBe(2 * HOUR);
    expect(workingMsBetween(kst(2026, 1, 10, 12), kst(2026, 1, 11, 12), seoul)).toBe(0);
  });
  it('handles a zone with daylight saving (New York, March change)', () => {
    const ny: WorkingCalendar = { timeZone: 'America/New_York', workingDays: [1, 2, 3, 4, 5], startHour: 9, endHour: 17, holidays: [] };
    // Fri 2026-03-06 16:00 EST (21:00Z) + 2h → Mon 2026-03-09 10:00 EDT (14:00Z).
    expect(addWorkingHours(Date.UTC(2026, 2, 6, 21), 2, ny)).toBe(Date.UTC(2026, 2, 9, 14));
  });
  it('adding h hours then measuring gives h hours back (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: kst(2026, 1, 1, 0), max: kst(2026, 12, 31, 0) }), fc.integer({ min: 1, max: 200 }), (start, hours) => {
        const deadline = addWorkingHours(start, hours, seoul);
        expect(workingMsBetween(start, deadline, seoul)).toBe(hours * HOUR);
      }),
      { numRuns: 50 },
    );
  });
  it('counts the same working time as a minute-by-minute walk in zones from UTC−11 to UTC+14 (property)', () => {
    // The walk asks each minute's civil hour and weekday in the zone: no window arithmetic to share a mistake with.
    const zones = ['Pacific/Pago_Pago', 'America/Los_Angeles', 'UTC', 'Asia/Kolkata', 'Asia/Seoul', 'Pacific/Kiritimati', 'Pacific/Chatham'];
    const dayOf = (zone: string) =>
      new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'short', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' });
    const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 1) }),
        fc.integer({ min: 1, max: 4 * 24 * 60 }),
        (zone, start, minutes) => {
          const calendar: WorkingCalendar = { timeZone: zone, workingDays: [1, 2, 3, 4, 5], startHour: 9, endHour: 17.5, holidays: [] };
          const from = Math.floor(start / 60_000) * 60_000;
          const format = dayOf(zone);
          let walked = 0;
          for (let m = 0; m < minutes; m++) {
            const parts = Object.fromEntries(format.formatToParts(from + m * 60_000).map((p) => [p.type, p.value]));
            const hour = Number(parts['hour']) + Number(parts['minute']) / 60;
            if (calendar.workingDays.includes(weekdays.indexOf(parts['weekday']!)) && hour >= 9 && hour < 17.5) walked += 60_000;
          }
          expect(workingMsBetween(from, from + minutes * 60_000, calendar)).toBe(walked);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('slaStatus', () => {
  const item = { startedAt: kst(2026, 1, 5, 9), slaHours: 24, completedAt: null };
  it('is on track, then due soon in the last 20%, then breached with the overdue time', () => {
    expect(slaStatus(item, kst(2026, 1, 5, 12), seoul)).toMatchObject({ state: 'on_track', deadline: kst(2026, 1, 7, 15), remainingMs: 21 * HOUR });
    expect(slaStatus(item, kst(2026, 1, 7, 11), seoul)).toMatchObject({ state: 'due_soon', remainingMs: 4 * HOUR });
    expect(slaStatus(item, kst(2026, 1, 8, 10), seoul)).toMatchObject({ state: 'breached', overdueMs: 4 * HOUR });
  });
  it('reports met or met late once completed', () => {
    expect(slaStatus({ ...item, completedAt: kst(2026, 1, 6, 9) }, kst(2026, 2, 1, 9), seoul).state).toBe('met');
    expect(slaStatus({ ...item, completedAt: kst(2026, 1, 7, 16) }, kst(2026, 2, 1, 9), seoul)).toMatchObject({ state: 'met_late', overdueMs: HOUR });
  });
});

describe('followUpTime', () => {
  it('measures hand-off to first call, e-mail or meeting in working time', () => {
    const handOff = kst(2026, 1, 9, 17);
    const activities = [
      { type: 'email_opened' as const, at: kst(2026, 1, 9, 17, 30), deletedAt: null },
      { type: 'call_logged' as const, at: kst(2026, 1, 12, 11), deletedAt: null },
      { type: 'email_logged' as const, at: kst(2026, 1, 12, 10), deletedAt: kst(2026, 1, 12, 10) },
    ];
    expect(followUpTime(handOff, activities, seoul)).toEqual({ firstTouchAt: kst(2026, 1, 12, 11), workingMs: 3 * HOUR });
    expect(followUpTime(handOff, [], seoul)).toBeNull();
  });
});
