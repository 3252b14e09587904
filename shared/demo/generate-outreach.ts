import type { Activity } from '../model/activity';
import type { Company } from '../model/company';
import type { Contact } from '../model/contact';
import type { Icp } from '../model/icp';
import type { StageTransition } from '../model/stage-transition';
import type { TeamMember } from '../model/team-member';
import { icpFit } from '../icp/icp-fit';
import type { DemoContext } from './demo-context';
import { DAY_MS } from './demo-context';
import type { StageRoles } from './demo-design';
import type { DemoLocale } from './demo-vocabulary';

/** The demo's enterprise business rep: outbound to target accounts (The Model's EBR), made after everyone else. */
export const demoEbr: Record<DemoLocale, string> = { en: 'Jamie Ortiz', ko: '서민준' };

/** When the demo's EBR joined: five months before now, a month after the team was set up. */
export const ebrJoinedAt = (now: number) => now - 150 * DAY_MS;

/** Of the outbound contacts at ICP companies, the share the EBR got a meeting with. */
const ebrMeetingShare = 0.45;

/**
 * The meeting that made a lead sales-accepted is booked while the lead is still at the hand-off stage:
 * by the SDR who had it (the accepting line's member), not by whoever owns the contact now (an AE, a
 * CSM, or marketing again for a recycled one) — the demo read 0 meetings booked by SDRs. Only the
 * member changes: no draw, so every id and value of the stream stays.
 */
export function creditMeetingsToSdrs(
  activities: Activity[],
  transitions: readonly StageTransition[],
  roles: Pick<StageRoles, 'handOff' | 'accepted'>,
): Activity[] {
  // The first acceptance per contact: the generator books one meeting, an hour before it.
  const acceptedBy = new Map<string, { at: number; by: string | null }>();
  for (const t of transitions)
    if (t.from === roles.handOff && t.to === roles.accepted && !acceptedBy.has(t.contactId)) acceptedBy.set(t.contactId, { at: t.at, by: t.byMemberId });
  return activities.map((a) => {
    if (a.type !== 'meeting_booked') return a;
    const accepted = acceptedBy.get(a.contactId);
    return accepted && accepted.by !== null && a.at <= accepted.at ? { ...a, byMemberId: accepted.by } : a;
  });
}

/**
 * An EBR for a generated team (a design's own team stays as designed), stamped after every other
 * record so their ids stay what an older generator gave them.
 */
export function generateEbr(ctx: DemoContext, team: readonly TeamMember[]): TeamMember | null {
  if (team.some((m) => m.role === 'ebr')) return null;
  // Joined after the rest of the team (its UUID v7 sorts after theirs, so lists by id keep their order).
  const at = ebrJoinedAt(ctx.now);
  return {
    ...ctx.stamp(at),
    name: demoEbr[ctx.locale],
    email: `ebr${team.length + 1}@baton.example`,
    role: 'ebr',
    territory: null,
    capacity: null,
    active: true,
    quota: null,
    admin: false,
  };
}

/**
 * The EBR's outbound meetings: with some contacts that came in through outbound at companies that
 * fit the ICP, booked between the contact's creation (or the EBR's joining) and its latest activity (so its last activity,
 * its scores — meetings carry no engagement points — and any hand-off's follow-up time stay as they
 * were: a meeting before the hand-off is not a follow-up). Drawn after everything else.
 */
export function generateEbrMeetings(
  ctx: DemoContext,
  contacts: readonly Contact[],
  companies: readonly Company[],
  icp: Icp,
  ebr: readonly Pick<TeamMember, 'id' | 'createdAt'>[],
  transitions: readonly StageTransition[],
  handOffStageId: string,
): Activity[] {
  if (ebr.length === 0) return [];
  // No meeting before there was an EBR to book it.
  const since = Math.min(...ebr.map((m) => m.createdAt));
  const { random } = ctx;
  const fits = new Map(companies.map((c) => [c.id, icpFit(c, icp).inIcp]));
  const handedOffAt = new Map<string, number>();
  for (const t of transitions) {
    const first = handedOffAt.get(t.contactId);
    if (t.to === handOffStageId && (first === undefined || t.at < first)) handedOffAt.set(t.contactId, t.at);
  }
  const meetings: Activity[] = [];
  let k = 0;
  for (const c of contacts) {
    if (c.source !== 'outbound' || c.lastActivityAt === null || !(c.companyId && fits.get(c.companyId))) continue;
    if (!random.chance(ebrMeetingShare)) continue;
    const until = Math.min(c.lastActivityAt, handedOffAt.get(c.id) ?? Infinity);
    const from = Math.max(c.createdAt, since);
    if (until <= from) continue;
    const at = Math.round(from + random.next() * (until - from));
    meetings.push({
      ...ctx.stamp(at),
      contactId: c.id,
      dealId: null,
      type: 'meeting_booked',
      at,
      url: null,
      seconds: null,
      meta: {},
      byMemberId: ebr[k++ % ebr.length]!.id,
    });
  }
  return meetings;
}
