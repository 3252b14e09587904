import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FieldCondition } from '../model/condition';
import type { RoutingRule, RoutingTarget } from '../model/routing-rule';
import type { WorkingCalendar } from '../model/workspace-meta';
import { contact, T0, teamMember } from '../testing/fixtures';
import { analyseRules } from './analyse-rules';
import { dryRun, emptyRoutingState, routeContact } from './route-contact';

const member = teamMember;
const rule = (id: string, order: number, conditions: FieldCondition[], target: RoutingTarget): RoutingRule => ({
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
const employees = (min: number | null, max: number | null): FieldCondition => ({ op: 'range', field: 'company.employeeCount', min, max });
const company = (employeeCount: number) => ({
  id: 'co',
  createdAt: T0,
  updatedAt: T0,
  deletedAt: null,
  name: 'Co',
  domain: null,
  industry: null,
  employeeCount,
  annualRevenue: null,
  country: 'KR',
  region: null,
  technologies: [],
  ownerId: null,
  customFields: {},
});
const team = [member('a'), member('b'), member('c')];
const noLoad = { load: new Map<string, number>() };

describe('routeContact', () => {
  const bySize = [
    rule('small', 0, [employees(null, 10)], { kind: 'person', memberId: 'a' }),
    rule('mid', 1, [employees(11, 50)], { kind: 'person', memberId: 'b' }),
    rule('large', 2, [employees(51, null)], { kind: 'person', memberId: 'c' }),
  ];
  it('first matching rule wins (DOMAIN.md §4 example)', () => {
    expect(routeContact(contact(), bySize, team, emptyRoutingState(), T0, { ...noLoad, company: company(8) })).toMatchObject({
      assignee: 'a',
      ruleId: 'small',
      reason: 'rule',
    });
    expect(routeContact(contact(), bySize, team, emptyRoutingState(), T0, { ...noLoad, company: company(50) }).assignee).toBe('b');
    expect(routeContact(contact(), bySize, team, emptyRoutingState(), T0, { ...noLoad, company: company(51) }).assignee).toBe('c');
  });
  it('skips inactive and over-capacity people and passes on to the next rule, then the fallback', () => {
    const busyTeam = [member('a', { active: false }), member('b', { capacity: 2 }), member('c')];
    const rules = [rule('r1', 0, [], { kind: 'person', memberId: 'a' }), rule('r2', 1, [], { kind: 'round_robin', memberIds: ['b'] })];
    const decision = routeContact(contact(), rules, busyTeam, emptyRoutingState(), T0, {
      load: new Map([['b', 2]]),
      fallback: { kind: 'member', memberId: 'c' },
    });
    expect(decision).toMatchObject({ assignee: 'c', reason: 'fallback', fallbackWhy: 'no_one_available' });
    expect(decision.skipped).toEqual([
      { memberId: 'a', why: 'inactive' },
      { memberId: 'b', why: 'at_capacity' },
    ]);
    expect(routeContact(contact(), rules, busyTeam, emptyRoutingState(), T0, { load: new Map([['b', 2]]) }).reason).toBe('no_one_available');
    expect(routeContact(contact(), [], team, emptyRoutingState(), T0, noLoad).reason).toBe('no_match');
  });
  it('least-loaded picks the person with the fewest open leads, ties by list order', () => {
    const rules = [rule('ll', 0, [], { kind: 'least_loaded', memberIds: ['a', 'b', 'c'] })];
    expect(
      routeContact(contact(), rules, team, emptyRoutingState(), T0, {
        load: new Map([
          ['a', 5],
          ['b', 2],
          ['c', 2],
        ]),
      }).assignee,
    ).toBe('b');
  });
  it('creates the follow-up task with the SLA deadline in working hours', () => {
    const calendar: WorkingCalendar = { timeZone: 'UTC', workingDays: [1, 2, 3, 4, 5], startHour: 9, endHour: 17, holidays: [] };
    const monday9 = Date.UTC(2026, 0, 5, 9);
    const decision = routeContact(contact(), [rule('r', 0, [], { kind: 'person', memberId: 'a' })], team, emptyRoutingState(), monday9, {
      ...noLoad,
      followUp: { calendar, slaHours: 24, title: 'Follow up' },
    });
    expect(decision.task).toEqual({
      title: 'Follow up',
      contactId: 'c1',
      ownerId: 'a',
      dueAt: Date.UTC(2026, 0, 7, 17),
      slaDeadline: Date.UTC(2026, 0, 7, 17),
    });
  });
  it('is deterministic for the same state, and the state carries round-robin on', () => {
    const rules = [rule('rr', 0, [], { kind: 'round_robin', memberIds: ['a', 'b', 'c'] })];
    const first = routeContact(contact(), rules, team, emptyRoutingState(), T0, noLoad);
    expect(routeContact(contact(), rules, team, emptyRoutingState(), T0, noLoad)).toEqual(first);
    expect(routeContact(contact(), rules, team, first.newState, T0, noLoad).assignee).toBe('b');
  });
  it('round-robin is fair within ±1 over any number of assignments (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 200 }), (people, n) => {
        const ids = Array.from({ length: people }, (_, i) => `m${i}`);
        const rules = [rule('rr', 0, [], { kind: 'round_robin', memberIds: ids })];
        const result = dryRun(
          rules,
          Array.from({ length: n }, () => ({ contact: contact() })),
          ids.map((id) => member(id)),
          emptyRoutingState(),
          T0,
        );
        const counts = ids.map((id) => result.perMember.get(id) ?? 0);
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      }),
    );
  });
  it('weighted round-robin hands out leads in proportion to weights', () => {
    const rules = [
      rule('w', 0, [], {
        kind: 'weighted_round_robin',
        weights: [
          { memberId: 'a', weight: 3 },
          { memberId: 'b', weight: 1 },
        ],
      }),
    ];
    const result = dryRun(
      rules,
      Array.from({ length: 40 }, () => ({ contact: contact() })),
      team,
      emptyRoutingState(),
      T0,
    );
    expect([result.perMember.get('a'), result.perMember.get('b')]).toEqual([30, 10]);
  });
  it('a dry run can lift capacities (a whole workspace at once would fill them) but still skips inactive people', () => {
    const people = [member('a', { capacity: 2 }), member('b', { capacity: 2 }), member('c', { active: false })];
    const rules = [rule('rr', 0, [], { kind: 'round_robin', memberIds: ['a', 'b', 'c'] })];
    const leads = Array.from({ length: 10 }, (_, i) => ({ contact: contact({ id: `c${i}` }) }));
    const capped = dryRun(rules, leads, people, emptyRoutingState(), T0);
    expect([capped.perMember.get('a'), capped.perMember.get('b'), capped.unassigned.length]).toEqual([2, 2, 6]);
    const lifted = dryRun(rules, leads, people, emptyRoutingState(), T0, new Map(), null, { applyCapacity: false });
    expect([lifted.perMember.get('a'), lifted.perMember.get('b'), lifted.perMember.get('c'), lifted.unassigned.length]).toEqual([5, 5, undefined, 0]);
  });
  it('dry run counts per rule and lists what nobody gets', () => {
    const result = dryRun(
      [rule('small', 0, [employees(null, 10)], { kind: 'person', memberId: 'a' })],
      [
        { contact: contact(), company: company(5) },
        { contact: contact({ id: 'c2' }), company: company(500) },
      ],
      team,
      emptyRoutingState(),
      T0,
    );
    expect(result.perRule.get('small')).toBe(1);
    expect(result.unassigned).toEqual(['c2']);
  });
});

describe('analyseRules', () => {
  const rep = (id: string): RoutingTarget => ({ kind: 'person', memberId: id });
  it('finds the gap at 10 when "<10" is written as ≤9 next to 11–50', () => {
    const findings = analyseRules([
      rule('a', 0, [employees(null, 9)], rep('a')),
      rule('b', 1, [employees(11, 50)], rep('b')),
      rule('c', 2, [employees(51, null)], rep('c')),
    ]);
    expect(findings.gaps).toEqual([{ field: 'company.employeeCount', from: 10, to: 10 }]);
    expect(findings.overlaps).toEqual([]);
  });
  it('finds the overlap at 50 when written as 11–50 and ≥50', () => {
    const findings = analyseRules([rule('b', 0, [employees(11, 50)], rep('b')), rule('c', 1, [employees(50, null)], rep('c'))]);
    expect(findings.overlaps).toEqual([{ ruleIds: ['b', 'c'], fields: ['company.employeeCount'] }]);
    expect(findings.gaps).toEqual([{ field: 'company.employeeCount', from: null, to: 10 }]);
  });
  it('sees no gap in a field when a catch-all (or any rule not asking about the field) takes the rest', () => {
    const withCatchAll = analyseRules([rule('big', 0, [employees(1000, null)], rep('a')), rule('rest', 1, [], rep('b'))]);
    expect(withCatchAll.gaps).toEqual([]);
    const byCountry = analyseRules([
      rule('big', 0, [employees(1000, null)], rep('a')),
      rule('kr', 1, [{ op: 'equals', field: 'company.country', value: 'KR' }], rep('b')),
    ]);
    expect(byCountry.gaps).toEqual([]);
  });
  it('names rules an earlier, wider rule makes unreachable', () => {
    const findings = analyseRules([
      rule('all-kr', 0, [{ op: 'in_list', field: 'company.country', values: ['KR', 'JP'] }], rep('a')),
      rule('seoul-kr', 1, [{ op: 'equals', field: 'company.country', value: 'kr' }, employees(10, 20)], rep('b')),
      rule('us', 2, [{ op: 'equals', field: 'company.country', value: 'US' }], rep('c')),
      rule('catch-all', 3, [], rep('c')),
    ]);
    expect(findings.shadowed).toEqual([{ ruleId: 'seoul-kr', by: 'all-kr' }]);
    expect(findings.overlaps).toEqual([{ ruleIds: ['all-kr', 'seoul-kr'], fields: ['company.country'] }]);
  });
});
