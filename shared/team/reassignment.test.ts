import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyRoutingState, type RoutingRule } from '../model/routing-rule';
import type { Task } from '../model/task';
import type { TeamMember } from '../model/team-member';
import { contact, deal, lifecycle, T0, teamMember } from '../testing/fixtures';
import { planReassignment, reassignmentWrites, type ReassignmentInput } from './reassignment';

const task = (id: string, overrides: Partial<Task> = {}): Task => ({
  id,
  createdAt: T0,
  updatedAt: T0,
  deletedAt: null,
  title: id,
  kind: 'follow_up',
  contactId: null,
  dealId: null,
  ownerId: 'sdr1',
  dueAt: null,
  slaDeadline: null,
  doneAt: null,
  ...overrides,
});

const rule = (id: string, order: number, target: RoutingRule['target'], conditions: RoutingRule['conditions'] = []): RoutingRule => ({
  id,
  createdAt: T0,
  updatedAt: T0,
  deletedAt: null,
  name: id,
  order,
  active: true,
  conditions,
  target,
});

const noLoad = { leads: new Map<string, number>(), deals: new Map<string, number>(), tasks: new Map<string, number>() };

const input = (overrides: Partial<ReassignmentInput>): ReassignmentInput => ({
  memberId: 'sdr1',
  team: [],
  lifecycle: lifecycle(),
  rules: [],
  routingState: emptyRoutingState(),
  contacts: [],
  deals: [],
  tasks: [],
  load: noLoad,
  now: T0,
  ...overrides,
});

describe('reassignment plan', () => {
  const team = [teamMember('sdr1'), teamMember('sdr2'), teamMember('sdr3'), teamMember('ae1', { role: 'ae' }), teamMember('mk', { role: 'marketing' })];

  it('routes hand-off leads through the rules with the leaving member skipped, other leads to the least loaded of the role', () => {
    const rules = [rule('r-person', 0, { kind: 'person', memberId: 'sdr1' }), rule('r-rr', 1, { kind: 'round_robin', memberIds: ['sdr1', 'sdr2', 'sdr3'] })];
    const contacts = [
      contact({ id: 'c1', ownerId: 'sdr1', lifecycleStage: 'mql' }),
      contact({ id: 'c2', ownerId: 'sdr1', lifecycleStage: 'mql' }),
      contact({ id: 'c3', ownerId: 'sdr1', lifecycleStage: 'sql' }),
      contact({ id: 'c4', ownerId: 'sdr1', lifecycleStage: 'customer' }),
      contact({ id: 'c5', ownerId: 'sdr1', lifecycleStage: 'disqualified' }),
      contact({ id: 'c6', ownerId: 'sdr2', lifecycleStage: 'mql' }),
    ];
    const plan = planReassignment(
      input({
        team,
        rules,
        contacts,
        load: {
          ...noLoad,
          leads: new Map([
            ['sdr2', 5],
            ['sdr3', 1],
          ]),
        },
      }),
    );
    expect(plan.leads).toEqual([
      { id: 'c1', toOwnerId: 'sdr2', via: 'rule', ruleId: 'r-rr', reason: null },
      { id: 'c2', toOwnerId: 'sdr3', via: 'rule', ruleId: 'r-rr', reason: null },
      // Not at the hand-off: the same role, least loaded (sdr3 has 2 by now, sdr2 6).
      { id: 'c3', toOwnerId: 'sdr3', via: 'same_role', ruleId: null, reason: null },
    ]);
    expect(plan.routingState.roundRobin['r-rr']).toEqual({ memberId: 'sdr3', index: 2 });
  });

  it('gives deals and tasks to their contact’s new owner, else the least loaded of the role', () => {
    const contacts = [contact({ id: 'c1', ownerId: 'sdr1', lifecycleStage: 'lead' })];
    const deals = [
      deal('d1', { ownerId: 'sdr1', primaryContactId: 'c1', contactIds: ['c1'] }),
      deal('d2', { ownerId: 'sdr1' }),
      deal('d3', { ownerId: 'sdr1', status: 'won' }),
    ];
    const tasks = [task('t1', { contactId: 'c1' }), task('t2', { dealId: 'd2' }), task('t3'), task('t4', { doneAt: T0 })];
    const plan = planReassignment(
      input({ team, contacts, deals, tasks, load: { leads: new Map([['sdr2', 3]]), deals: new Map([['sdr3', 2]]), tasks: new Map([['sdr2', 1]]) } }),
    );
    expect(plan.leads.map((m) => [m.id, m.toOwnerId])).toEqual([['c1', 'sdr3']]);
    expect(plan.deals.map((m) => [m.id, m.toOwnerId, m.via])).toEqual([
      ['d1', 'sdr3', 'contact_owner'],
      ['d2', 'sdr2', 'same_role'],
    ]);
    expect(plan.tasks.map((m) => [m.id, m.toOwnerId, m.via])).toEqual([
      ['t1', 'sdr3', 'contact_owner'],
      ['t2', 'sdr2', 'deal_owner'],
      ['t3', 'sdr3', 'same_role'],
    ]);
    expect(plan.perOwner).toEqual([
      { memberId: 'sdr3', leads: 1, deals: 1, tasks: 2 },
      { memberId: 'sdr2', leads: 0, deals: 1, tasks: 1 },
    ]);
  });

  it('lists what nobody can take, with the reason', () => {
    const alone = [teamMember('sdr1'), teamMember('sdr2', { capacity: 1 }), teamMember('ae1', { role: 'ae', active: false })];
    const contacts = [contact({ id: 'c1', ownerId: 'sdr1', lifecycleStage: 'lead' }), contact({ id: 'c2', ownerId: 'sdr1', lifecycleStage: 'mql' })];
    const plan = planReassignment(input({ team: alone, contacts, load: { ...noLoad, leads: new Map([['sdr2', 1]]) } }));
    expect(plan.leads.map((m) => [m.id, m.reason])).toEqual([
      ['c1', 'all_at_capacity'],
      ['c2', 'no_one_available'],
    ]);
    const ae = planReassignment(input({ memberId: 'ae1', team: [teamMember('ae1', { role: 'ae' })], deals: [deal('d1', { ownerId: 'ae1' })] }));
    expect(ae.deals).toEqual([{ id: 'd1', toOwnerId: null, via: null, ruleId: null, reason: 'no_same_role_member' }]);
  });

  it('writes new owners with an assignment line per lead, leaving the unassignable as they were', () => {
    const contacts = [contact({ id: 'c1', ownerId: 'sdr1', lifecycleStage: 'lead' })];
    const deals = [deal('d1', { ownerId: 'sdr1', primaryContactId: 'c1' })];
    const plan = planReassignment(input({ team, contacts, deals }));
    const writes = reassignmentWrites(plan, { contacts, deals, tasks: [] }, 'boss', T0 + 1);
    expect(writes.contacts).toEqual([expect.objectContaining({ id: 'c1', ownerId: 'sdr2', updatedAt: T0 + 1 })]);
    expect(writes.assignments).toEqual([
      expect.objectContaining({ contactId: 'c1', fromOwnerId: 'sdr1', toOwnerId: 'sdr2', reason: 'manual', byMemberId: 'boss', ruleId: null }),
    ]);
    expect(writes.deals).toEqual([expect.objectContaining({ id: 'd1', ownerId: 'sdr2' })]);
  });

  it('property: every open record gets an active owner other than the leaving one, or a reason; nobody goes over capacity', () => {
    const roles = ['sdr', 'ae', 'marketing'] as const;
    const stages = ['prospect', 'lead', 'mql', 'sql', 'opportunity', 'customer', 'recycled', 'disqualified'] as const;
    const world = fc.record({
      members: fc.array(
        fc.record({
          role: fc.constantFrom(...roles),
          active: fc.boolean(),
          capacity: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
          load: fc.nat(6),
        }),
        { minLength: 1, maxLength: 7 },
      ),
      contacts: fc.array(fc.record({ stage: fc.constantFrom(...stages), mine: fc.boolean() }), { maxLength: 30 }),
      deals: fc.array(fc.record({ contact: fc.nat(40), open: fc.boolean() }), { maxLength: 12 }),
      tasks: fc.array(fc.record({ contact: fc.option(fc.nat(40), { nil: null }), deal: fc.option(fc.nat(15), { nil: null }), done: fc.boolean() }), {
        maxLength: 12,
      }),
      rr: fc.boolean(),
    });
    fc.assert(
      fc.property(world, (w) => {
        const members: TeamMember[] = w.members.map((m, i) => teamMember(`m${i}`, { role: m.role, active: i === 0 ? true : m.active, capacity: m.capacity }));
        const leaving = 'm0';
        const contacts = w.contacts.map((c, i) => contact({ id: `c${i}`, ownerId: c.mine ? leaving : 'someone', lifecycleStage: c.stage }));
        const deals = w.deals.map((d, i) =>
          deal(`d${i}`, { ownerId: leaving, status: d.open ? 'open' : 'lost', primaryContactId: contacts[d.contact]?.id ?? null, contactIds: [] }),
        );
        const tasks = w.tasks.map((t, i) =>
          task(`t${i}`, {
            ownerId: leaving,
            contactId: t.contact === null ? null : (contacts[t.contact]?.id ?? null),
            dealId: t.deal === null ? null : (deals[t.deal]?.id ?? null),
            doneAt: t.done ? T0 : null,
          }),
        );
        const load = new Map(members.map((m, i) => [m.id, w.members[i]!.load]));
        const rules = w.rr ? [rule('rr', 0, { kind: 'round_robin', memberIds: members.map((m) => m.id) })] : [];
        const plan = planReassignment(input({ memberId: leaving, team: members, rules, contacts, deals, tasks, load: { ...noLoad, leads: load } }));
        const active = new Set(members.filter((m) => m.active && m.id !== leaving).map((m) => m.id));
        const openLeads = contacts.filter((c) => c.ownerId === leaving && c.lifecycleStage !== 'customer' && c.lifecycleStage !== 'disqualified');
        expect(plan.leads.map((m) => m.id).sort()).toEqual(openLeads.map((c) => c.id).sort());
        expect(plan.deals.map((m) => m.id).sort()).toEqual(
          deals
            .filter((d) => d.status === 'open')
            .map((d) => d.id)
            .sort(),
        );
        expect(plan.tasks.map((m) => m.id).sort()).toEqual(
          tasks
            .filter((t) => t.doneAt === null)
            .map((t) => t.id)
            .sort(),
        );
        for (const move of [...plan.leads, ...plan.deals, ...plan.tasks]) {
          if (move.toOwnerId === null) expect(move.reason).not.toBeNull();
          else expect(active.has(move.toOwnerId), `${move.id} → ${move.toOwnerId}`).toBe(true);
        }
        for (const member of members) {
          const received = plan.leads.filter((m) => m.toOwnerId === member.id).length;
          if (received > 0 && member.capacity !== null) expect(load.get(member.id)! + received).toBeLessThanOrEqual(member.capacity);
        }
        // Deterministic: the same world gives the same plan.
        expect(planReassignment(input({ memberId: leaving, team: members, rules, contacts, deals, tasks, load: { ...noLoad, leads: load } }))).toEqual(plan);
      }),
      { numRuns: 300 },
    );
  });
});
