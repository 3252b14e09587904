import type { WorkingCalendar } from '../model/workspace-meta';

/** Monday–Friday, 9:00–18:00 in the given zone (Seoul for Korean workspaces). */
export function defaultCalendar(locale: 'ko' | 'en'): WorkingCalendar {
  return {
    timeZone: locale === 'ko' ? 'Asia/Seoul' : 'UTC',
    workingDays: [1, 2, 3, 4, 5],
    startHour: 9,
    endHour: 18,
    holidays: [],
  };
}
