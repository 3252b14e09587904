import { describe, expect, it } from 'vitest';
import { planHandOffArrival } from '../automation/plan-threshold-actions';
import { defaultCalendar } from '../defaults/default-calendar';
import { emptyRoutingState } from '../model/routing-rule';
import type { WorkingCalendar } from '../model/workspace-meta';
import { addWorkingHours } from '../sla/working-time';
import { contact, lifecycle, scoringModel, teamMember } from '../testing/fixtures';

// Friday 16 January 2026, 09:00 UTC = 18:00 in Seoul: the Seoul SDR's day is over, a UTC one's begins.
const now = Date.UTC(2026, 0, 16, 9);
const seoul: WorkingCalendar = { timeZone: 'Asia/Seoul', workingDays: [1, 2, 3, 4, 5], startHour: 9, endHour: 18, holidays: ['2026-01-19'] };

const arrive = (sdr: ReturnType<typeof teamMember>) =>
  planHandOffArrival({
    contact: contact({ id: 'c1', lifecycleStage: 'mql', ownerId: 'mk' }),
    design: { lifecycle: lifecycle(), model: scoringModel() },
    routing: { rules: [], team: [teamMember('mk', { role: 'marketing' }), sdr], load: new Map(), state: emptyRoutingState(), company: null, facts: {} },
    calendar: defaultCalendar('en'),
    locale: 'en',
    now,
  });

describe('a member’s own calendar', () => {
  it('sets the hand-off SLA in the assignee’s working hours, holidays included', () => {
    const withOwn = arrive(teamMember('s1', { calendar: seoul }));
    const task = withOwn.tasks.find((t) => t.slaDeadline !== null)!;
    expect(task.ownerId).toBe('s1');
    expect(task.slaDeadline).toBe(addWorkingHours(now, 24, seoul));
    // Monday the 19th is the Seoul SDR's holiday: Tue 9 h, Wed 9 h, Thu 6 h → Thursday 15:00 in Seoul.
    expect(task.slaDeadline).toBe(Date.UTC(2026, 0, 22, 6));
    expect(task.dueAt).toBe(task.slaDeadline);
  });

  it('leaves the workspace’s calendar in charge for a member without one', () => {
    const task = arrive(teamMember('s1')).tasks.find((t) => t.slaDeadline !== null)!;
    expect(task.slaDeadline).toBe(addWorkingHours(now, 24, defaultCalendar('en')));
  });
});
