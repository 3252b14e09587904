import type { WorkingCalendar } from '../model/workspace-meta';
import { teamError, type TeamError, type TeamResult } from './team-errors';

/** A calendar as a form holds it: every part present, none trusted yet. */
export type WorkingCalendarDraft = {
  timeZone: string;
  workingDays: readonly number[];
  startHour: number;
  endHour: number;
  holidays: readonly string[];
};

/** The zone's canonical name ("asia/seoul" → "Asia/Seoul"), or null when Intl knows no such zone. */
export function canonicalTimeZone(zone: string): string | null {
  if (zone.trim() === '') return null;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone.trim() }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const isHour = (hour: number) => Number.isFinite(hour) && hour >= 0 && hour <= 24;

/**
 * Checks a working calendar before it is saved: a time zone Intl knows, at least one working day
 * (0 = Sunday … 6 = Saturday) listed once, a day that starts before it ends (hours 0–24), and
 * holidays that are real dates listed once. Every problem is named by its field; nothing throws.
 * The accepted calendar has its zone's canonical name and its days and holidays in order.
 */
export function validateWorkingCalendar(draft: WorkingCalendarDraft, prefix = 'calendar'): TeamResult<WorkingCalendar> {
  const errors: TeamError[] = [];
  const at = (field: string) => (prefix ? `${prefix}.${field}` : field);
  const timeZone = canonicalTimeZone(draft.timeZone);
  if (timeZone === null) errors.push(teamError(at('timeZone'), draft.timeZone.trim() === '' ? 'required' : 'unknown_time_zone', { zone: draft.timeZone }));

  if (draft.workingDays.length === 0) errors.push(teamError(at('workingDays'), 'no_working_days'));
  const seenDays = new Set<number>();
  for (const day of draft.workingDays) {
    if (!Number.isInteger(day) || day < 0 || day > 6) errors.push(teamError(at('workingDays'), 'invalid_working_day', { day: String(day) }));
    else if (seenDays.has(day)) errors.push(teamError(at('workingDays'), 'duplicate_working_day', { day }));
    seenDays.add(day);
  }

  const startOk = isHour(draft.startHour);
  const endOk = isHour(draft.endHour);
  if (!startOk) errors.push(teamError(at('startHour'), 'hour_out_of_range', { min: 0, max: 24 }));
  if (!endOk) errors.push(teamError(at('endHour'), 'hour_out_of_range', { min: 0, max: 24 }));
  if (startOk && endOk && draft.startHour >= draft.endHour) errors.push(teamError(at('endHour'), 'start_not_before_end'));

  const seenHolidays = new Set<string>();
  draft.holidays.forEach((holiday, index) => {
    const field = at(`holidays.${index}`);
    if (!isCalendarDate(holiday)) errors.push(teamError(field, 'invalid_holiday', { date: holiday }));
    else if (seenHolidays.has(holiday)) errors.push(teamError(field, 'duplicate_holiday', { date: holiday }));
    seenHolidays.add(holiday);
  });

  if (errors.length > 0 || timeZone === null) return { ok: false, errors };
  return {
    ok: true,
    value: {
      timeZone,
      workingDays: [...draft.workingDays].sort((a, b) => a - b),
      startHour: draft.startHour,
      endHour: draft.endHour,
      holidays: [...draft.holidays].sort(),
    },
  };
}
