import {
  cachedHandOffMeasure,
  checkTeamChange,
  closedLeadStages,
  contactDisplayName,
  isOpenDeal,
  isOpenLead,
  isOpenTask,
  planReassignment,
  reassignmentWrites,
  routingFacts,
  teamError,
  validateMemberDraft,
  workspaceCalendar,
  type MemberDraft,
  type MemberFields,
  type ReassignmentPlan,
  type RoutingContext,
  type TeamError,
  type TeamResult,
  type UnassignableReason,
} from '@shared/index';
import { stampNew, teamMemberSchema, type Company, type Contact, type Deal, type Task, type TeamMember, type WorkingCalendar } from '@shared/model';
import { runWrite } from '../write-path';
import type { WorkspaceDb } from '../workspace-db';
import { getWorkspaceMeta } from './meta-repository';
import { getActiveDesign, type ActiveDesign } from './scoring-context-repository';

/** A member as the Team screen lists them, with what they hold now. */
export type TeamRow = { member: TeamMember; openLeads: number; openDeals: number; openTasks: number };

const liveMembers = async (db: WorkspaceDb) => (await db.teamMembers.toArray()).filter((m) => m.deletedAt === null);

/** Open leads, deals and tasks per member, read through the owner indexes (a member's records only). */
async function loadsOf(db: WorkspaceDb, team: readonly TeamMember[], closed: ReadonlySet<string>) {
  const leads = new Map<string, number>();
  const deals = new Map<string, number>();
  const tasks = new Map<string, number>();
  await Promise.all(
    team.map(async (m) => {
      const [l, d, t] = await Promise.all([
        db.contacts
          .where('ownerId')
          .equals(m.id)
          .filter((c) => isOpenLead(c, m.id, closed))
          .count(),
        db.deals
          .where('ownerId')
          .equals(m.id)
          .filter((x) => isOpenDeal(x, m.id))
          .count(),
        db.tasks
          .where('ownerId')
          .equals(m.id)
          .filter((x) => isOpenTask(x, m.id))
          .count(),
      ]);
      leads.set(m.id, l);
      deals.set(m.id, d);
      tasks.set(m.id, t);
    }),
  );
  return { leads, deals, tasks };
}

/** The Team screen's list: members in name order with what they hold, and the workspace's currency (quotas) and calendar (a new own calendar starts from it). */
export type TeamOverview = { rows: TeamRow[]; currency: string; calendar: WorkingCalendar };

export async function teamOverview(db: WorkspaceDb): Promise<TeamOverview> {
  const [team, design, meta] = await Promise.all([liveMembers(db), getActiveDesign(db), getWorkspaceMeta(db)]);
  const closed = design ? closedLeadStages(design.lifecycle) : new Set<string>();
  const load = await loadsOf(db, team, closed);
  const rows = team
    .map((member) => ({
      member,
      openLeads: load.leads.get(member.id) ?? 0,
      openDeals: load.deals.get(member.id) ?? 0,
      openTasks: load.tasks.get(member.id) ?? 0,
    }))
    .sort((a, b) => a.member.name.localeCompare(b.member.name));
  return { rows, currency: meta?.currency ?? 'USD', calendar: workspaceCalendar(meta) };
}

type ReassignmentWorld = { plan: ReassignmentPlan; contacts: Contact[]; deals: Deal[]; tasks: Task[]; team: TeamMember[] };

/** Loads what the planner needs about one member and plans who takes over their open work. */
async function planFor(db: WorkspaceDb, member: TeamMember, design: ActiveDesign, now: number): Promise<ReassignmentWorld> {
  const [team, rules, meta, pipelines, owned, ownedDeals, ownedTasks] = await Promise.all([
    liveMembers(db),
    db.routingRules.toArray(),
    getWorkspaceMeta(db),
    db.pipelines.toArray(),
    db.contacts.where('ownerId').equals(member.id).toArray(),
    db.deals.where('ownerId').equals(member.id).toArray(),
    db.tasks.where('ownerId').equals(member.id).toArray(),
  ]);
  const closed = closedLeadStages(design.lifecycle);
  const contacts = owned.filter((c) => isOpenLead(c, member.id, closed));
  const deals = ownedDeals.filter((d) => isOpenDeal(d, member.id));
  const tasks = ownedTasks.filter((t) => isOpenTask(t, member.id));
  const companyIds = [...new Set(contacts.map((c) => c.companyId).filter((id): id is string => id !== null))];
  const companies = new Map((await db.companies.bulkGet(companyIds)).filter((c): c is Company => !!c).map((c) => [c.id, c]));
  // Rule conditions may read scores and the largest open deal: from the cached scores, as the queues do.
  const facts = new Map<string, RoutingContext['facts']>();
  for (const contact of contacts) {
    if (contact.lifecycleStage !== design.lifecycle.handOffStageId) continue;
    const contactDeals = (await db.deals.where('contactIds').equals(contact.id).toArray()).filter((d) => d.deletedAt === null);
    const scores = {
      handOffMeasure: cachedHandOffMeasure(design.model, contact),
      engagement: contact.engagementScore,
      fit: contact.fitScore,
      bant: contact.bantScore,
    };
    facts.set(contact.id, routingFacts(scores, contactDeals, pipelines));
  }
  const plan = planReassignment({
    memberId: member.id,
    team,
    lifecycle: design.lifecycle,
    rules,
    routingState: meta?.routingState ?? { roundRobin: {}, weighted: {} },
    contacts,
    deals,
    tasks,
    companies,
    facts,
    load: await loadsOf(db, team, closed),
    now,
  });
  return { plan, contacts, deals, tasks, team };
}

export type PreviewRow = { id: string; label: string; toOwnerId: string | null; reason: UnassignableReason | null };
export type PreviewPart = { total: number; assigned: number; first: PreviewRow[] };

/** What deactivating a member would do, before anyone confirms: counts, new owners, the first rows, and what nobody can take. */
export type DeactivationPreview = {
  memberId: string;
  /** Refusals known before confirming (the last admin, an inactive member). */
  errors: TeamError[];
  leads: PreviewPart;
  deals: PreviewPart;
  tasks: PreviewPart;
  perOwner: ReassignmentPlan['perOwner'];
  unassignable: (PreviewRow & { kind: 'lead' | 'deal' | 'task' })[];
};

const FIRST_ROWS = 5;

export async function previewDeactivation(db: WorkspaceDb, memberId: string, now: number): Promise<DeactivationPreview | null> {
  const [member, design] = await Promise.all([db.teamMembers.get(memberId), getActiveDesign(db)]);
  if (!member || member.deletedAt !== null || !design) return null;
  const { plan, contacts, deals, tasks, team } = await planFor(db, member, design, now);
  const contactNames = new Map(contacts.map((c) => [c.id, contactDisplayName(c) || c.email || c.id]));
  // Tasks share titles ("Follow up hand-off"): the contact's name tells them apart.
  const taskLabel = (task: Task) => {
    const name = task.contactId ? contactNames.get(task.contactId) : undefined;
    return name ? `${task.title} · ${name}` : task.title;
  };
  const labels = new Map<string, string>([...contactNames, ...deals.map((d) => [d.id, d.title] as const), ...tasks.map((t) => [t.id, taskLabel(t)] as const)]);
  const rowOf = (m: ReassignmentPlan['leads'][number]): PreviewRow => ({ id: m.id, label: labels.get(m.id) ?? m.id, toOwnerId: m.toOwnerId, reason: m.reason });
  const part = (moves: ReassignmentPlan['leads']): PreviewPart => ({
    total: moves.length,
    assigned: moves.filter((m) => m.toOwnerId !== null).length,
    first: moves.slice(0, FIRST_ROWS).map(rowOf),
  });
  const errors = checkTeamChange(null, { before: member, after: { ...member, active: false } }, team).filter((e) => e.code !== 'admin_only');
  if (!member.active) errors.push(teamError('active', 'already_inactive'));
  return {
    memberId,
    errors,
    leads: part(plan.leads),
    deals: part(plan.deals),
    tasks: part(plan.tasks),
    perOwner: plan.perOwner,
    unassignable: [
      ...plan.leads.filter((m) => m.reason).map((m) => ({ ...rowOf(m), kind: 'lead' as const })),
      ...plan.deals.filter((m) => m.reason).map((m) => ({ ...rowOf(m), kind: 'deal' as const })),
      ...plan.tasks.filter((m) => m.reason).map((m) => ({ ...rowOf(m), kind: 'task' as const })),
    ].slice(0, 20),
  };
}

const withFields = (member: TeamMember, fields: MemberFields, now: number): TeamMember => {
  const { calendar, ...rest } = fields;
  const next: TeamMember = { ...member, ...rest, updatedAt: now };
  if (calendar) next.calendar = calendar;
  else delete next.calendar;
  return teamMemberSchema.parse(next);
};

const actorIn = (team: readonly TeamMember[], id: string | null) => team.find((m) => m.id === id) ?? null;

/** Adds a member (admins only), validated by shared's rules. */
export async function addMember(db: WorkspaceDb, draft: MemberDraft, byMemberId: string | null, now: number): Promise<TeamResult<TeamMember>> {
  return runWrite(db, async () => {
    const team = await liveMembers(db);
    const checked = validateMemberDraft(draft, team);
    const authority = checkTeamChange(actorIn(team, byMemberId), { before: null, after: { role: 'sdr', admin: false, active: true } }, team);
    if (!checked.ok || authority.length) return { ok: false as const, errors: [...authority, ...(checked.ok ? [] : checked.errors)] };
    // The fields come from the checked draft; the schema parse in withFields checks the whole record.
    const member = withFields({ ...stampNew({ active: true }, now), ...checked.value } as TeamMember, checked.value, now);
    await db.teamMembers.add(member);
    return { ok: true as const, value: member };
  });
}

/** Saves an edited member: anyone keeps names, calendars, capacity and quota current; roles and the admin flag are for admins. */
export async function updateMember(
  db: WorkspaceDb,
  memberId: string,
  draft: MemberDraft,
  byMemberId: string | null,
  now: number,
): Promise<TeamResult<TeamMember>> {
  return runWrite(db, async () => {
    const team = await liveMembers(db);
    const before = team.find((m) => m.id === memberId);
    if (!before) return { ok: false as const, errors: [teamError('member', 'not_found')] };
    const checked = validateMemberDraft(draft, team, memberId);
    if (!checked.ok) return checked;
    const authority = checkTeamChange(actorIn(team, byMemberId), { before, after: { ...before, role: checked.value.role, admin: checked.value.admin } }, team);
    if (authority.length) return { ok: false as const, errors: authority };
    const member = withFields(before, checked.value, now);
    await db.teamMembers.put(member);
    return { ok: true as const, value: member };
  });
}

/** Brings a deactivated member back (admins only); their old records stay with whoever took them over. */
export async function reactivateMember(db: WorkspaceDb, memberId: string, byMemberId: string | null, now: number): Promise<TeamResult<TeamMember>> {
  return runWrite(db, async () => {
    const team = await liveMembers(db);
    const before = team.find((m) => m.id === memberId);
    if (!before) return { ok: false as const, errors: [teamError('member', 'not_found')] };
    const authority = checkTeamChange(actorIn(team, byMemberId), { before, after: { ...before, active: true } }, team);
    if (authority.length) return { ok: false as const, errors: authority };
    const member = { ...before, active: true, updatedAt: now };
    await db.teamMembers.put(member);
    return { ok: true as const, value: member };
  });
}

export type DeactivationDone = { member: TeamMember; leads: number; deals: number; tasks: number; unassignable: number };

/**
 * Deactivates a member (admins only, never the last admin) and hands their open leads, deals and
 * tasks over as shared's planner decides — planned again inside the transaction, on the data as it
 * is now — with an assignment line per lead and the routing state carried on. One write: it all
 * happens, or none of it.
 */
export async function deactivateMember(db: WorkspaceDb, memberId: string, byMemberId: string | null, now: number): Promise<TeamResult<DeactivationDone>> {
  return runWrite(db, async () => {
    const [team, design] = await Promise.all([liveMembers(db), getActiveDesign(db)]);
    const member = team.find((m) => m.id === memberId);
    if (!member || !design) return { ok: false as const, errors: [teamError('member', 'not_found')] };
    if (!member.active) return { ok: false as const, errors: [teamError('active', 'already_inactive')] };
    const authority = checkTeamChange(actorIn(team, byMemberId), { before: member, after: { ...member, active: false } }, team);
    if (authority.length) return { ok: false as const, errors: authority };
    const world = await planFor(db, member, design, now);
    const writes = reassignmentWrites(world.plan, world, byMemberId, now);
    await db.teamMembers.put({ ...member, active: false, updatedAt: now });
    if (writes.contacts.length) await db.contacts.bulkPut(writes.contacts);
    if (writes.assignments.length) await db.assignments.bulkAdd(writes.assignments);
    if (writes.deals.length) await db.deals.bulkPut(writes.deals);
    if (writes.tasks.length) await db.tasks.bulkPut(writes.tasks);
    const meta = await getWorkspaceMeta(db);
    if (meta && writes.contacts.length) await db.meta.put({ ...meta, routingState: world.plan.routingState, updatedAt: now });
    const unassignable = [...world.plan.leads, ...world.plan.deals, ...world.plan.tasks].filter((m) => m.toOwnerId === null).length;
    return {
      ok: true as const,
      value: {
        member: { ...member, active: false, updatedAt: now },
        leads: writes.contacts.length,
        deals: writes.deals.length,
        tasks: writes.tasks.length,
        unassignable,
      },
    };
  });
}
