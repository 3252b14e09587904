import { newId, type RoutingRule } from '@shared/model';
import { describe, expect, it } from 'vitest';
import { seededDemoDb } from '../db/testing/demo-db';
import { createRoutingDryRunEngine } from './routing-dry-run-engine';

const now = Date.UTC(2026, 10, 23, 3);

const rule = (name: string, order: number, overrides: Partial<RoutingRule>): RoutingRule => ({
  id: newId(),
  createdAt: now,
  updatedAt: now,
  deletedAt: null,
  name,
  order,
  active: true,
  conditions: [],
  target: { kind: 'person', memberId: '' },
  ...overrides,
});

describe('routing dry run engine', () => {
  it('routes every real contact with the draft rules; the order of the rules changes who gets them', async () => {
    const { db, data } = await seededDemoDb({ seed: 41, now, locale: 'en', contacts: 200 }, (d) => {
      // Unlimited capacity, so the figures follow the rules alone.
      d.teamMembers = d.teamMembers.map((m) => ({ ...m, capacity: null, active: true }));
    });
    const engine = createRoutingDryRunEngine();
    expect(await engine.open(db.name)).toEqual({ contacts: data.contacts.length });
    const [a, b] = data.teamMembers.filter((m) => m.role === 'sdr');
    const small = rule('Small companies', 0, {
      conditions: [{ op: 'range', field: 'company.employeeCount', min: null, max: 100 }],
      target: { kind: 'person', memberId: a!.id },
    });
    const everyone = rule('Everyone', 1, { target: { kind: 'person', memberId: b!.id } });
    const fallback = { kind: 'owner_pool' } as const;
    const first = engine.run({ rules: [small, everyone], fallback });
    const countOf = (r: typeof first, id: string) => r.perMember.find((m) => m.memberId === id)?.count ?? 0;
    expect(countOf(first, a!.id) + countOf(first, b!.id)).toBe(data.contacts.length);
    expect(countOf(first, a!.id)).toBeGreaterThan(0);
    expect(first.perRule[small.id]).toBe(countOf(first, a!.id));
    // The catch-all first: it takes every lead, the small-company rule none.
    const swapped = engine.run({
      rules: [
        { ...everyone, order: 0 },
        { ...small, order: 1 },
      ],
      fallback,
    });
    expect(countOf(swapped, b!.id)).toBe(data.contacts.length);
    expect(swapped.perRule[small.id]).toBeUndefined();
    // No rules: the fallback pool (the hand-off stage's owners) takes them, least loaded first.
    const none = engine.run({ rules: [], fallback });
    expect(none.perRule['fallback']).toBe(data.contacts.length - none.unassigned);
    engine.close();
  });
});
