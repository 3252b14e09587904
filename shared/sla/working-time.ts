import { TZDate } from '@date-fns/tz';
import type { Timestamp } from '../model/record';
import type { WorkingCalendar } from '../model/workspace-meta';

const HOUR_MS = 3_600_000;
/** Longest stretch we walk looking for working time (a calendar with no working days must not hang). */
const MAX_DAYS = 3_660;

const pad = (n: number) => String(n).padStart(2, '0');

const DAY_MS = 86_400_000;

/** The working window of one calendar day (civil date as its UTC midnight), or null on a day off. */
function workingWindow(day: number, calendar: WorkingCalendar): [number, number] | null {
  const civil = new Date(day * DAY_MS);
  const [y, m, d] = [civil.getUTCFullYear(), civil.getUTCMonth(), civil.getUTCDate()];
  if (!calendar.workingDays.includes(civil.getUTCDay()) || calendar.holidays.includes(`${y}-${pad(m + 1)}-${pad(d)}`)) return null;
  const at = (hour: number) => new TZDate(y, m, d, Math.floor(hour), Math.round((hour % 1) * 60), 0, calendar.timeZone).getTime();
  const open = at(calendar.startHour);
  const close = at(calendar.endHour);
  return close > open ? [open, close] : null;
}

/**
 * Working windows by day, per calendar: a zoned date is slow to build (tens of µs), and reports ask
 * for the follow-up time of tens of thousands of hand-offs over the same few hundred days. Keyed by
 * the calendar record itself: calendars are replaced when edited, never changed in place.
 */
const windows = new WeakMap<WorkingCalendar, Map<number, [number, number] | null>>();

function windowOf(day: number, calendar: WorkingCalendar): [number, number] | null {
  let byDay = windows.get(calendar);
  if (!byDay) windows.set(calendar, (byDay = new Map()));
  let window = byDay.get(day);
  if (window === undefined) byDay.set(day, (window = workingWindow(day, calendar)));
  return window;
}

/**
 * Calls `visit` with each working window from the day of `from` on, until it returns false. The walk
 * starts a day before `from`'s UTC date: its civil date in any zone (UTC−12 to UTC+14) is that day, the
 * one before or the one after, and an earlier day's window ends before `from`, which every visitor
 * passes over. Building a zoned date to find the civil date exactly cost more than the rest of a
 * follow-up time (reports ask it for tens of thousands of hand-offs).
 */
function eachWindow(from: Timestamp, calendar: WorkingCalendar, visit: (open: number, close: number) => boolean): void {
  const first = Math.floor(from / DAY_MS) - 1;
  for (let day = 0; day < MAX_DAYS + 2; day++) {
    const window = windowOf(first + day, calendar);
    if (window && !visit(window[0], window[1])) return;
  }
}

/** The instant `hours` working hours after `start` (e.g. an SLA deadline). */
export function addWorkingHours(start: Timestamp, hours: number, calendar: WorkingCalendar): Timestamp {
  let remaining = hours * HOUR_MS;
  let deadline = Number.POSITIVE_INFINITY;
  if (remaining <= 0) return start;
  eachWindow(start, calendar, (open, close) => {
    const from = Math.max(open, start);
    if (from >= close) return true;
    const available = close - from;
    if (available >= remaining) {
      deadline = from + remaining;
      return false;
    }
    remaining -= available;
    return true;
  });
  return deadline;
}

/** Working milliseconds between two instants (0 if `to` is not after `from`). */
export function workingMsBetween(from: Timestamp, to: Timestamp, calendar: WorkingCalendar): number {
  if (to <= from) return 0;
  let total = 0;
  eachWindow(from, calendar, (open, close) => {
    if (open >= to) return false;
    total += Math.max(0, Math.min(close, to) - Math.max(open, from));
    return true;
  });
  return total;
}
