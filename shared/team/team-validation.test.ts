import { describe, expect, it } from 'vitest';
import { teamMemberSchema } from '../model/team-member';
import { teamMember } from '../testing/fixtures';
import { validateWorkingCalendar, type WorkingCalendarDraft } from './calendar-validation';
import { memberDraftOf, validateMemberDraft, type MemberDraft } from './member-validation';
import { checkTeamChange } from './team-authority';

const calendar = (overrides: Partial<WorkingCalendarDraft> = {}): WorkingCalendarDraft => ({
  timeZone: 'Asia/Seoul',
  workingDays: [1, 2, 3, 4, 5],
  startHour: 9,
  endHour: 18,
  holidays: [],
  ...overrides,
});

const codes = (result: ReturnType<typeof validateWorkingCalendar>) => (result.ok ? [] : result.errors.map((e) => `${e.field}:${e.code}`));

describe('working calendar validation', () => {
  it('accepts a real calendar, with the zone canonical and days and holidays in order', () => {
    const result = validateWorkingCalendar(calendar({ timeZone: 'asia/seoul', workingDays: [5, 1, 3], holidays: ['2026-12-25', '2026-01-01'] }));
    expect(result).toEqual({
      ok: true,
      value: { timeZone: 'Asia/Seoul', workingDays: [1, 3, 5], startHour: 9, endHour: 18, holidays: ['2026-01-01', '2026-12-25'] },
    });
  });

  it('refuses a time zone Intl does not know, and an empty one as missing', () => {
    expect(codes(validateWorkingCalendar(calendar({ timeZone: 'Mars/Olympus' })))).toEqual(['calendar.timeZone:unknown_time_zone']);
    expect(codes(validateWorkingCalendar(calendar({ timeZone: ' ' })))).toEqual(['calendar.timeZone:required']);
  });

  it('needs a working day, each listed once and between Sunday (0) and Saturday (6)', () => {
    expect(codes(validateWorkingCalendar(calendar({ workingDays: [] })))).toEqual(['calendar.workingDays:no_working_days']);
    expect(codes(validateWorkingCalendar(calendar({ workingDays: [1, 1] })))).toEqual(['calendar.workingDays:duplicate_working_day']);
    expect(codes(validateWorkingCalendar(calendar({ workingDays: [7, 2.5] })))).toEqual([
      'calendar.workingDays:invalid_working_day',
      'calendar.workingDays:invalid_working_day',
    ]);
  });

  it('needs a day that starts before it ends, in hours 0–24 (half hours allowed)', () => {
    expect(codes(validateWorkingCalendar(calendar({ startHour: 18, endHour: 9 })))).toEqual(['calendar.endHour:start_not_before_end']);
    expect(codes(validateWorkingCalendar(calendar({ startHour: 9, endHour: 9 })))).toEqual(['calendar.endHour:start_not_before_end']);
    expect(codes(validateWorkingCalendar(calendar({ startHour: -1, endHour: 25 })))).toEqual([
      'calendar.startHour:hour_out_of_range',
      'calendar.endHour:hour_out_of_range',
    ]);
    expect(codes(validateWorkingCalendar(calendar({ startHour: Number.NaN })))).toEqual(['calendar.startHour:hour_out_of_range']);
    expect(validateWorkingCalendar(calendar({ startHour: 8.5, endHour: 17.5 })).ok).toBe(true);
  });

  it('refuses holidays that are no real date or are listed twice, naming which one', () => {
    const result = validateWorkingCalendar(calendar({ holidays: ['2026-02-30', '2026-05-05', '2026-05-05', '5 May'] }));
    expect(codes(result)).toEqual(['calendar.holidays.0:invalid_holiday', 'calendar.holidays.2:duplicate_holiday', 'calendar.holidays.3:invalid_holiday']);
    expect(validateWorkingCalendar(calendar({ holidays: ['2028-02-29'] })).ok).toBe(true);
  });

  it('reports every problem at once, with no prefix when asked', () => {
    const result = validateWorkingCalendar({ timeZone: 'Nowhere', workingDays: [], startHour: 10, endHour: 8, holidays: ['x'] }, '');
    expect(codes(result)).toEqual(['timeZone:unknown_time_zone', 'workingDays:no_working_days', 'endHour:start_not_before_end', 'holidays.0:invalid_holiday']);
  });
});

describe('team member schema', () => {
  it('keeps older members without a calendar valid, and takes one with a calendar', () => {
    expect(teamMemberSchema.safeParse(teamMember('a')).success).toBe(true);
    expect(teamMemberSchema.safeParse({ ...teamMember('a'), calendar: calendar() }).success).toBe(true);
    expect(teamMemberSchema.safeParse({ ...teamMember('a'), calendar: calendar({ workingDays: [] }) }).success).toBe(false);
  });
});

describe('member validation', () => {
  const draft = (overrides: Partial<MemberDraft> = {}): MemberDraft => ({ ...memberDraftOf(null), name: 'Dana Park', ...overrides });
  const team = [teamMember('a', { email: 'sam@baton.example', name: 'Sam' })];
  const fields = (result: ReturnType<typeof validateMemberDraft>) => (result.ok ? [] : result.errors.map((e) => `${e.field}:${e.code}`));

  it('trims, turns empty texts into none and keeps the calendar checked', () => {
    const result = validateMemberDraft(
      draft({ email: ' dana@baton.example ', territory: ' KR, JP ', capacity: 50, calendar: calendar({ timeZone: 'utc' }) }),
      team,
    );
    expect(result).toMatchObject({
      ok: true,
      value: { name: 'Dana Park', email: 'dana@baton.example', territory: 'KR, JP', capacity: 50, calendar: { timeZone: 'UTC' } },
    });
    expect(validateMemberDraft(draft(), team)).toMatchObject({ ok: true, value: { email: null, territory: null, calendar: undefined } });
  });

  it('names every refused field', () => {
    const result = validateMemberDraft(
      draft({ name: ' ', email: 'SAM@baton.example', role: 'boss', capacity: 2.5, quota: -1, calendar: calendar({ endHour: 8 }) }),
      team,
    );
    expect(fields(result)).toEqual([
      'name:required',
      'email:duplicate_email',
      'role:unknown_role',
      'capacity:not_whole_number',
      'quota:out_of_range',
      'calendar.endHour:start_not_before_end',
    ]);
    expect(fields(validateMemberDraft(draft({ email: 'not-mail', capacity: 0 }), team))).toEqual(['email:invalid_email', 'capacity:out_of_range']);
  });

  it('does not call a member’s own address a duplicate', () => {
    expect(validateMemberDraft(draft({ email: 'sam@baton.example' }), team, 'a').ok).toBe(true);
  });
});

describe('who may change the team', () => {
  const admin = teamMember('boss', { admin: true });
  const sdr = teamMember('sdr');
  const team = [admin, sdr];

  it('lets only an active admin add, deactivate, change a role or the admin flag', () => {
    expect(checkTeamChange(sdr, { before: null, after: sdr }, team)).toEqual([{ field: 'member', code: 'admin_only' }]);
    expect(checkTeamChange(admin, { before: null, after: sdr }, team)).toEqual([]);
    expect(checkTeamChange(sdr, { before: sdr, after: { ...sdr, role: 'ae', admin: true, active: false } }, team).map((e) => e.field)).toEqual([
      'role',
      'admin',
      'active',
    ]);
    // Name, calendar, capacity: anyone keeps them up to date.
    expect(checkTeamChange(sdr, { before: sdr, after: sdr }, team)).toEqual([]);
    const inactiveAdmin = { ...admin, active: false };
    expect(checkTeamChange(inactiveAdmin, { before: null, after: sdr }, [inactiveAdmin, sdr])).toEqual([{ field: 'member', code: 'admin_only' }]);
  });

  it('never lets the last active admin go, by deactivation or by losing the flag', () => {
    expect(checkTeamChange(admin, { before: admin, after: { ...admin, active: false } }, team)).toEqual([{ field: 'active', code: 'last_admin' }]);
    expect(checkTeamChange(admin, { before: admin, after: { ...admin, admin: false } }, team)).toEqual([{ field: 'admin', code: 'last_admin' }]);
    const second = teamMember('second', { admin: true });
    expect(checkTeamChange(admin, { before: admin, after: { ...admin, active: false } }, [...team, second])).toEqual([]);
    // A deactivated second admin does not count.
    expect(checkTeamChange(admin, { before: admin, after: { ...admin, active: false } }, [...team, { ...second, active: false }])).toHaveLength(1);
  });
});
