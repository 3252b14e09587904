import { newId, type RoutingRule } from '@shared/model';
import { describe, expect, it } from 'vitest';
import { seededDemoDb } from '../../db/testing/demo-db';
import { createWorkspaceApi } from '../workspace-api';

const now = Date.UTC(2026, 10, 23, 3);

const rule = (name: string, memberId: string, order = 0): RoutingRule => ({
  id: newId(),
  createdAt: now,
  updatedAt: now,
  deletedAt: null,
  name,
  order,
  active: true,
  conditions: [{ op: 'range', field: 'company.employeeCount', min: null, max: 50 }],
  target: { kind: 'person', memberId },
});

describe('updateRoutingRules', () => {
  it('saves rules in the order given, deletes the ones left out and the fallback, in one batch', async () => {
    const { db, data } = await seededDemoDb({ seed: 31, now, locale: 'en', contacts: 20 });
    const api = createWorkspaceApi('ws', db, () => now + 1000);
    const design = (await api.queries.routingDesign())!;
    const sdrs = data.teamMembers.filter((m) => m.role === 'sdr');
    const [a, b] = [rule('Small', sdrs[0]!.id, 7), rule('Any', sdrs[1]!.id, 3)];
    const base = { rulesVersion: design.rulesVersion, fallback: design.fallback };
    const changesBefore = await db.changes.count();
    const result = await api.actions.updateRoutingRules({ rules: [a, b], fallback: { kind: 'member', memberId: sdrs[0]!.id }, base });
    expect(result.ok).toBe(true);
    const after = (await api.queries.routingDesign())!;
    expect(after.rules.map((r) => [r.name, r.order])).toEqual([
      ['Small', 0],
      ['Any', 1],
    ]);
    expect(after.fallback).toEqual({ kind: 'member', memberId: sdrs[0]!.id });
    const batches = new Set((await db.changes.toArray()).slice(changesBefore).map((c) => c.batchId));
    expect(batches.size).toBe(1);
    // Reordered: the earlier rules that were left out are soft-deleted, not removed.
    const again = await api.actions.updateRoutingRules({
      rules: [after.rules[1]!],
      fallback: after.fallback,
      base: { rulesVersion: after.rulesVersion, fallback: after.fallback },
    });
    expect(again).toEqual({ ok: true, value: { saved: 1, deleted: 1, rulesVersion: now + 1000 } });
    expect((await db.routingRules.get(a.id))?.deletedAt).toBe(now + 1000);
  });

  it('refuses unknown people with the rule and input named, and a save over another window’s', async () => {
    const { db, data } = await seededDemoDb({ seed: 32, now, locale: 'en', contacts: 20 });
    const api = createWorkspaceApi('ws', db, () => now + 1000);
    const design = (await api.queries.routingDesign())!;
    const base = { rulesVersion: design.rulesVersion, fallback: design.fallback };
    const bad = await api.actions.updateRoutingRules({ rules: [rule('Ghost', 'nobody')], fallback: design.fallback, base });
    expect(bad).toEqual({
      ok: false,
      reason: 'invalid',
      problems: [{ path: 'rules.0.target.members.0', code: 'unknown_member', params: { member: 'nobody' } }],
    });
    const member = data.teamMembers[0]!.id;
    expect((await api.actions.updateRoutingRules({ rules: [rule('One', member)], fallback: design.fallback, base })).ok).toBe(true);
    expect(await api.actions.updateRoutingRules({ rules: [rule('Two', member)], fallback: design.fallback, base })).toEqual({
      ok: false,
      reason: 'changed_since',
    });
  });
});
