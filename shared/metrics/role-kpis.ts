import type { Activity } from '../model/activity';
import type { Deal } from '../model/deal';
import type { Role } from '../model/identifiers';
import type { Timestamp } from '../model/record';
import type { StageTransition } from '../model/stage-transition';
import type { Task } from '../model/task';
import type { TeamMember } from '../model/team-member';
import type { WorkingCalendar } from '../model/workspace-meta';
import { followUpTime } from '../sla/sla-status';
import { chronological, counted, inRange, quantiles, type Counted, type DateRange } from './scope';

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
  };
  ebr: { outboundMeetings: Counted };
  csm: { customersAtStart: Counted; churned: Counted; retentionRate: number | null };
};

const canonical = { lead: 'lead', mql: 'mql', sql: 'sql', opportunity: 'opportunity', customer: 'customer' };

/** Each role's own intermediate metric ("The Model"), so a bottleneck can be located by role. */
export function roleKpis(input: RoleKpiInput): RoleKpis {
  const { range } = input;
  const stages = input.stages ?? canonical;
  const roleOf = new Map<string, Role>(input.team.map((m) => [m.id, m.role]));
  const entered = (stage: string) => counted(input.log.filter((t) => t.deletedAt === null && t.to === stage && inRange(t.at, range)).map((t) => t.contactId));
  const byKind = (kind: StageTransition['kind']) =>
    counted(input.log.filter((t) => t.deletedAt === null && t.kind === kind && inRange(t.at, range)).map((t) => t.id));
  const meetingsBy = (role: Role) =>
    counted(
      input.activities
        .filter(
          (a) => a.deletedAt === null && a.type === 'meeting_booked' && inRange(a.at, range) && a.byMemberId !== null && roleOf.get(a.byMemberId) === role,
        )
        .map((a) => a.id),
    );

  // Follow-up: hand-offs (MQL entries) in the period → first logged touch, in working time.
  const activitiesByContact = new Map<string, Activity[]>();
  for (const a of input.activities) {
    const list = activitiesByContact.get(a.contactId);
    if (list) list.push(a);
    else activitiesByContact.set(a.contactId, [a]);
  }
  const followUps: number[] = [];
  for (const t of input.log)
    if (t.deletedAt === null && t.to === stages.mql && inRange(t.at, range)) {
      const touch = followUpTime(t.at, activitiesByContact.get(t.contactId) ?? [], input.calendar);
      if (touch) followUps.push(touch.workingMs);
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
  const customersAtStart = [...stageAtStart].filter(([, s]) => s === stages.customer).map(([id]) => id);
  const churnedFromStart = churned.filter((id) => stageAtStart.get(id) === stages.customer);

  return {
    marketing: { newLeads: entered(stages.lead), mqls: entered(stages.mql) },
    sdr: {
      handOffsAccepted: byKind('hand_off_accepted'),
      handOffsRejected: byKind('hand_off_rejected'),
      meetings: meetingsBy('sdr'),
      sqls: entered(stages.sql),
      followUp: quantiles(followUps),
      slaBreaches: counted(breaches.map((t) => t.id)),
    },
    ae: {
      opportunities: entered(stages.opportunity),
      wins: counted(won.map((d) => d.id)),
      wonAmount,
      winRate: won.length + lost.length ? won.length / (won.length + lost.length) : null,
      averageDeal: wonInCurrency.length ? wonAmount / wonInCurrency.length : null,
      winsInOtherCurrencies: won.length - wonInCurrency.length,
    },
    ebr: { outboundMeetings: meetingsBy('ebr') },
    csm: {
      customersAtStart: counted(customersAtStart),
      churned: counted(churned),
      retentionRate: customersAtStart.length ? 1 - new Set(churnedFromStart).size / customersAtStart.length : null,
    },
  };
}
