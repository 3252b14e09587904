import { describe, expect, it } from 'vitest';
import type { RoutingRule } from '../model/routing-rule';
import { teamMember, T0 } from '../testing/fixtures';
import { renumberRules, validateRoutingRules } from './validate-routing-rules';

const rule = (id: string, overrides: Partial<RoutingRule> = {}): RoutingRule => ({
  id,
  createdAt: T0,
  updatedAt: T0,
  deletedAt: null,
  name: `Rule ${id}`,
  order: 0,
  active: true,
  conditions: [],
  target: { kind: 'person', memberId: 'm1' },
  ...overrides,
});

describe('validateRoutingRules', () => {
  const team = [teamMember('m1'), teamMember('m2'), teamMember('gone', { deletedAt: T0 })];

  it('accepts rules whose people are on the team', () => {
    expect(validateRoutingRules([rule('a'), rule('b', { target: { kind: 'round_robin', memberIds: ['m1', 'm2'] } })], team)).toEqual([]);
  });

  it('names each problem at its rule and input', () => {
    const rules = [
      rule('a', { name: ' ', conditions: [{ op: 'in_list', field: 'company.country', values: [' '] }] }),
      rule('b', { target: { kind: 'least_loaded', memberIds: ['m1', 'gone', 'm1'] } }),
      rule('c', { target: { kind: 'weighted_round_robin', weights: [{ memberId: 'm2', weight: 0 }] } }),
      rule('d', { target: { kind: 'person', memberId: '' } }),
    ];
    expect(validateRoutingRules(rules, team).map((p) => [p.path, p.code])).toEqual([
      ['rules.0.name', 'required'],
      ['rules.0.conditions.0.values', 'required'],
      ['rules.1.target.members.1', 'unknown_member'],
      ['rules.1.target.members.2', 'duplicate_member'],
      ['rules.2.target.weights.0', 'not_positive'],
      ['rules.3.target.members', 'required'],
    ]);
  });

  it('checks a named fallback member', () => {
    expect(validateRoutingRules([], team, { kind: 'member', memberId: 'gone' })).toEqual([
      { path: 'fallback', code: 'unknown_member', params: { member: 'gone' } },
    ]);
    expect(validateRoutingRules([], team, { kind: 'owner_pool' })).toEqual([]);
  });

  it('numbers rules in the order shown', () => {
    expect(renumberRules([rule('b', { order: 5 }), rule('a', { order: 1 })]).map((r) => [r.id, r.order])).toEqual([
      ['b', 0],
      ['a', 1],
    ]);
  });
});
