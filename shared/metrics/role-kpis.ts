import type { Activity } from '../model/activity';
import type { Deal } from '../model/deal';
import type { Role } from '../model/identifiers';
import type { Timestamp } from '../model/record';
import type { StageTransition } from '../model/stage-transition';
import type { Task } from '../model/task';
import type { TeamMember } from '../model/team-member';
import type { WorkingCalendar } from '../model/workspace-meta';
import { followUpTime, followUpTouches } from '../sla/sla-status';
import { chronological, counted, inRange, quantiles, type Counted, type DateRange } from './scope';
import { taskRecords, type RecordRefs } from './task-records';

export type RoleKpiInput = {
  log: readonly StageTransition[];
  deals: readonly Deal[];
  tasks: readonly Task[];
  activities: readonly Activity[];
  team: readonly TeamMember[];
  range: DateRange;
  now: Timestamp;
  calendar: WorkingCalendar;
  stages?: { lead: string; mql: string; sql: string; opportunity: string; customer: string };
  /** The currency amounts are added in (the workspace's); wins in another count as wins, never in the amounts. Default: all (one-currency callers). */
  currency?: string;
};

export type RoleKpis = {
  marketing: { newLeads: Counted; mqls: Counted };
  sdr: {
    handOffsAccepted: Counted;
    handOffsRejected: Counted;
    meetings: Counted;
    sqls: Counted;
    followUp: { median: number | null; p90: number | null; count: number };
    slaBreaches: Counted;
    /** What the figures that count no contact or deal open: hand-offs' and meetings' contacts, the follow-ups' contacts, the breached tasks' contacts or deals. */
    opens: Record<'handOffsAccepted' | 'handOffsRejected' | 'meetings' | 'followUp' | 'slaBreaches', RecordRefs>;
  };
  ae: {
    opportunities: Counted;
    wins: Counted;
    /** Won amount in `currency` (the input's), of the wins in it. */
    wonAmount: number;
    winRate: number | null;
    averageDeal: number | null;
    /** Wins in another currency: in `wins` and the win rate, not in the amounts. */
    winsInOtherCurrencies: number;
    /** The deals behind the amounts and the rate: won in `currency` (amount, average), won and lost (win rate). */
    opens: Record<'wonAmount' | 'averageDeal' | 'winRate', RecordRefs>;
  };
  ebr: { outboundMeetings: Counted; opens: Record<'outboundMeetings', RecordRefs> };
  csm: { customersAtStart: Counted; churned: Counted; retentionRate: number | null };
};

/** The set kept under `key`, made on first use. */
function setOf<K>(map: Map<K, Set<string>>, key: K): Set<string> {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  return set;
}

const canonical = { lead: 'lead', mql: 'mql', sql: 'sql', opportunity: 'opportunity', customer: 'customer' };

/** Each role's own intermediate metric ("The Model"), so a bottleneck can be located by role. */
export function roleKpis(input: RoleKpiInput): RoleKpis {
  const { range } = input;
  const stages = input.stages ?? canonical;
  const roleOf = new Map<string, Role>(input.team.map((m) => [m.id, m.role]));

  // One pass over the period's lines: the stages entered (distinct contacts, in log order), the hand-off
  // verdicts, and the hand-offs to follow up. Seven filter passes over 500,000 lines cost seven times this.
  const enteredBy = new Map<string, Set<string>>([stages.lead, stages.mql, stages.sql, stages.opportunity].map((s) => [s, new Set<string>()]));
  const verdicts = { hand_off_accepted: new Set<string>(), hand_off_rejected: new Set<string>() };
  const verdictContacts = { hand_off_accepted: new Set<string>(), hand_off_rejected: new Set<string>() };
  const handOffs: StageTransition[] = [];
  for (const t of input.log) {
    if (t.deletedAt !== null || !inRange(t.at, range)) continue;
    enteredBy.get(t.to)?.add(t.contactId);
    if (t.kind === 'hand_off_accepted' || t.kind === 'hand_off_rejected') {
      verdicts[t.kind].add(t.id);
      verdictContacts[t.kind].add(t.contactId);
    }
    if (t.to === stages.mql) handOffs.push(t);
  }
  const entered = (stage: string): Counted => counted(enteredBy.get(stage)!);

  // Meetings booked per role, and the touches of the contacts handed off (only theirs, only touches, only
  // from the first hand-off on: a follow-up time never reads the million page views).
  const meetings = new Map<Role, Set<string>>();
  const meetingContacts = new Map<Role, Set<string>>();
  const handedOff = new Set(handOffs.map((t) => t.contactId));
  const earliest = handOffs.reduce((min, t) => Math.min(min, t.at), Infinity);
  const touchesByContact = new Map<string, Activity[]>();
  for (const a of input.activities) {
    if (a.deletedAt !== null) continue;
    if (a.type === 'meeting_booked' && inRange(a.at, range) && a.byMemberId !== null) {
      const role = roleOf.get(a.byMemberId);
      if (role !== undefined) {
        setOf(meetings, role).add(a.id);
        setOf(meetingContacts, role).add(a.contactId);
      }
    }
    // Cheapest test first: a contact id is a fresh string per record read, hashed on its first lookup.
    if (followUpTouches.includes(a.type) && a.at >= earliest && handedOff.has(a.contactId)) {
      const list = touchesByContact.get(a.contactId);
      if (list) list.push(a);
      else touchesByContact.set(a.contactId, [a]);
    }
  }
  const meetingsBy = (role: Role): Counted => counted(meetings.get(role) ?? []);

  // Follow-up: hand-offs (MQL entries) in the period → first logged touch, in working time.
  const followUps: number[] = [];
  const followedUp = new Set<string>();
  for (const t of handOffs) {
    const touch = followUpTime(t.at, touchesByContact.get(t.contactId) ?? [], input.calendar);
    if (touch) {
      followUps.push(touch.workingMs);
      followedUp.add(t.contactId);
    }
  }
  const breaches = input.tasks.filter(
    (t) => t.deletedAt === null && t.slaDeadline !== null && inRange(t.slaDeadline, range) && (t.doneAt ?? input.now) > t.slaDeadline,
  );

  const closed = input.deals.filter((d) => d.deletedAt === null && d.closedAt !== null && inRange(d.closedAt, range));
  const won = closed.filter((d) => d.status === 'won');
  const lost = closed.filter((d) => d.status === 'lost');
  // Amounts in different currencies are never added together.
  const wonInCurrency = input.currency === undefined ? won : won.filter((d) => d.currency === input.currency);
  const wonAmount = wonInCurrency.reduce((sum, d) => sum + (d.amount ?? 0), 0);

  // Customers at the start of the period: replay the log up to `from`.
  const stageAtStart = new Map<string, string>();
  const churned: string[] = [];
  for (const t of chronological(input.log)) {
    if (t.at < range.from) stageAtStart.set(t.contactId, t.to);
    else if (inRange(t.at, range) && t.from === stages.customer && t.to !== stages.customer) churned.push(t.contactId);
  }
  const contactsOf = (ids: Iterable<string>): RecordRefs => ({ kind: 'contacts', ids: [...ids] });
  const dealsOf = (list: readonly Deal[]): RecordRefs => ({ kind: 'deals', ids: list.map((d) => d.id) });
  const breachedRecords = taskRecords(
    breaches.map((t) => t.id),
    new Map(breaches.map((t) => [t.id, t])),
    new Map(input.deals.map((d) => [d.id, d])),
  );
  const customersAtStart = [...stageAtStart].filter(([, s]) => s === stages.customer).map(([id]) => id);
  const churnedFromStart = churned.filter((id) => stageAtStart.get(id) === stages.customer);

  return {
    marketing: { newLeads: entered(stages.lead), mqls: entered(stages.mql) },
    sdr: {
      handOffsAccepted: counted([...verdicts.hand_off_accepted]),
      handOffsRejected: counted([...verdicts.hand_off_rejected]),
      meetings: meetingsBy('sdr'),
      sqls: entered(stages.sql),
      followUp: quantiles(followUps),
      slaBreaches: counted(breaches.map((t) => t.id)),
      opens: {
        handOffsAccepted: contactsOf(verdictContacts.hand_off_accepted),
        handOffsRejected: contactsOf(verdictContacts.hand_off_rejected),
        meetings: contactsOf(meetingContacts.get('sdr') ?? []),
        followUp: contactsOf(followedUp),
        slaBreaches: breachedRecords,
      },
    },
    ae: {
      opportunities: entered(stages.opportunity),
      wins: counted(won.map((d) => d.id)),
      wonAmount,
      winRate: won.length + lost.length ? won.length / (won.length + lost.length) : null,
      averageDeal: wonInCurrency.length ? wonAmount / wonInCurrency.length : null,
      winsInOtherCurrencies: won.length - wonInCurrency.length,
      opens: { wonAmount: dealsOf(wonInCurrency), averageDeal: dealsOf(wonInCurrency), winRate: dealsOf([...won, ...lost]) },
    },
    ebr: { outboundMeetings: meetingsBy('ebr'), opens: { outboundMeetings: contactsOf(meetingContacts.get('ebr') ?? []) } },
    csm: {
      customersAtStart: counted(customersAtStart),
      churned: counted(churned),
      retentionRate: customersAtStart.length ? 1 - new Set(churnedFromStart).size / customersAtStart.length : null,
    },
  };
}
