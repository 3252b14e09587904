import { TZDate } from '@date-fns/tz';
import type { Timestamp } from '../model/record';
import type { WorkingCalendar } from '../model/workspace-meta';

const HOUR_MS = 3_600_000;
/** Longest stretch we walk looking for working time (a calendar with no working days must not hang). */
const MAX_DAYS = 3_660;

const pad = (n: number) => String(n).padStart(2, '0');

/** The working window of the calendar day that contains `at` (in the calendar's zone), or null on a day off. */
function workingWindow(dayStart: TZDate, calendar: WorkingCalendar): [number, number] | null {
  const key = `${dayStart.getFullYear()}-${pad(dayStart.getMonth() + 1)}-${pad(dayStart.getDate())}`;
  if (!calendar.workingDays.includes(dayStart.getDay()) || calendar.holidays.includes(key)) return null;
  const at = (hour: number) =>
    new TZDate(dayStart.getFullYear(), dayStart.getMonth(), dayStart.getDate(), Math.floor(hour), Math.round((hour % 1) * 60), 0, calendar.timeZone).getTime();
  const open = at(calendar.startHour);
  const close = at(calendar.endHour);
  return close > open ? [open, close] : null;
}

/** Calls `visit` with each working window from the day of `from` on, until it returns false. */
function eachWindow(from: Timestamp, calendar: WorkingCalendar, visit: (open: number, close: number) => boolean): void {
  const local = new TZDate(from, calendar.timeZone);
  for (let day = 0; day < MAX_DAYS; day++) {
    const dayStart = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + day, 0, 0, 0, calendar.timeZone);
    const window = workingWindow(dayStart, calendar);
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
