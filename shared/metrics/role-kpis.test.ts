import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../model/activity';
import type { ActivityType, Role } from '../model/identifiers';
import type { StageTransition } from '../model/stage-transition';
import { followUpTime, followUpTouches } from '../sla/sla-status';
import { activity, DAY, T0, teamMember } from '../testing/fixtures';
import { roleKpis, type RoleKpiInput } from './role-kpis';
import { counted, inRange, quantiles } from './scope';

/**
 * roleKpis reads the log and the activities once each; the oracle states each KPI on its own as a
 * filter over the whole input (how DOMAIN.md §5 words them), so one pass mixing them up shows.
 */
function oracle(input: RoleKpiInput) {
  const { range, log, activities } = input;
  const roleOf = new Map<string, Role>(input.team.map((m) => [m.id, m.role]));
  const live = log.filter((t) => t.deletedAt === null && inRange(t.at, range));
  const entered = (stage: string) => counted(live.filter((t) => t.to === stage).map((t) => t.contactId));
  const byKind = (kind: StageTransition['kind']) => counted(live.filter((t) => t.kind === kind).map((t) => t.id));
  const meetingsBy = (role: Role) =>
    counted(
      activities
        .filter(
          (a) => a.deletedAt === null && a.type === 'meeting_booked' && inRange(a.at, range) && a.byMemberId !== null && roleOf.get(a.byMemberId) === role,
        )
        .map((a) => a.id),
    );
  const followUps = live
    .filter((t) => t.to === 'mql')
    .map((t) =>
      followUpTime(
        t.at,
        activities.filter((a) => a.contactId === t.contactId),
        input.calendar,
      ),
    )
    .flatMap((touch) => (touch ? [touch.workingMs] : []));
  return {
    newLeads: entered('lead'),
    mqls: entered('mql'),
    sqls: entered('sql'),
    opportunities: entered('opportunity'),
    accepted: byKind('hand_off_accepted'),
    rejected: byKind('hand_off_rejected'),
    sdrMeetings: meetingsBy('sdr'),
    ebrMeetings: meetingsBy('ebr'),
    followUp: quantiles(followUps),
  };
}

const stages = ['lead', 'mql', 'sql', 'opportunity', 'customer', 'recycled'] as const;
const kinds: StageTransition['kind'][] = ['move', 'hand_off_accepted', 'hand_off_rejected', 'recycle'];
const types: ActivityType[] = ['email_opened', 'page_visited', ...followUpTouches];
const team = [teamMember('s1'), teamMember('s2'), teamMember('e1', { role: 'ebr' }), teamMember('a1', { role: 'ae' })];
const calendar = { timeZone: 'Asia/Seoul', workingDays: [1, 2, 3, 4, 5], startHour: 9, endHour: 18, holidays: [] };
const when = fc.integer({ min: T0 - 10 * DAY, max: T0 + 40 * DAY });

const lineArb = fc.record({
  contact: fc.integer({ min: 0, max: 7 }),
  to: fc.constantFrom(...stages),
  kind: fc.constantFrom(...kinds),
  at: when,
  deleted: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
});
const activityArb = fc.record({
  contact: fc.integer({ min: 0, max: 9 }),
  type: fc.constantFrom(...types),
  at: when,
  by: fc.constantFrom(null, 's1', 'e1', 'a1', 'gone'),
  deleted: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
});

describe('roleKpis', () => {
  it('gives each role the figures its KPI states on its own (property)', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 10, maxLength: 60 }), fc.array(activityArb, { minLength: 20, maxLength: 80 }), (lines, acts) => {
        const log: StageTransition[] = lines.map((l, i) => ({
          id: `t${i}`,
          createdAt: l.at,
          updatedAt: l.at,
          deletedAt: l.deleted ? l.at : null,
          contactId: `c${l.contact}`,
          from: null,
          to: l.to,
          at: l.at,
          byMemberId: null,
          kind: l.kind,
          reason: null,
          recycleReason: null,
          override: false,
        }));
        const activities: Activity[] = acts.map((a, i) =>
          activity(a.type, { id: `a${i}`, contactId: `c${a.contact}`, at: a.at, byMemberId: a.by, deletedAt: a.deleted ? a.at : null }),
        );
        const input: RoleKpiInput = { log, deals: [], tasks: [], activities, team, range: { from: T0, to: T0 + 30 * DAY }, now: T0 + 30 * DAY, calendar };
        const kpis = roleKpis(input);
        const expected = oracle(input);
        expect(kpis.marketing).toEqual({ newLeads: expected.newLeads, mqls: expected.mqls });
        expect(kpis.sdr).toMatchObject({
          handOffsAccepted: expected.accepted,
          handOffsRejected: expected.rejected,
          meetings: expected.sdrMeetings,
          sqls: expected.sqls,
          followUp: expected.followUp,
        });
        expect(kpis.ae.opportunities).toEqual(expected.opportunities);
        expect(kpis.ebr.outboundMeetings).toEqual(expected.ebrMeetings);
      }),
      { numRuns: 200 },
    );
  });
});
