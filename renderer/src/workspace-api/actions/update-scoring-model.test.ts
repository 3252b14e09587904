import { describe, expect, it } from 'vitest';
import { seededDemoDb } from '../../db/testing/demo-db';
import { createWorkspaceApi } from '../workspace-api';

const now = Date.UTC(2026, 10, 23, 3);

describe('updateScoringModel', () => {
  it('saves the edited model, rescores every contact (both sides of the hand-off) and reports progress', async () => {
    const { db, data } = await seededDemoDb({ seed: 21, now, locale: 'en', contacts: 300 });
    const api = createWorkspaceApi('ws', db, () => now + 1000);
    const design = (await api.queries.activeDesign())!;
    const doubled = { ...design.model, engagementRules: design.model.engagementRules.map((r) => ({ ...r, points: r.points * 2 })) };
    const phases = new Set<string>();
    const result = await api.actions.updateScoringModel({ model: doubled, baseUpdatedAt: design.model.updatedAt, onProgress: (p) => phases.add(p.phase) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(phases).toEqual(new Set(['reevaluating', 'rescoring']));
    expect(result.value.rescored).toBe(data.contacts.length);
    const saved = (await api.queries.activeDesign())!.model;
    expect(saved.updatedAt).toBe(now + 1000);
    expect(saved.engagementRules.map((r) => r.points)).toEqual(design.model.engagementRules.map((r) => r.points * 2));
    // Positive engagement doubles (rounding aside) on both sides of the hand-off; a customer is not re-run through the automation.
    const scoredBefore = new Map(data.contacts.map((c) => [c.id, c]));
    const after = await db.contacts.toArray();
    const customers = after.filter((c) => c.lifecycleStage === 'customer' && scoredBefore.get(c.id)!.engagementScore > 5);
    expect(customers.length).toBeGreaterThan(0);
    for (const c of customers) expect(c.engagementScore).toBeGreaterThan(scoredBefore.get(c.id)!.engagementScore);
    expect(after.filter((c) => c.lifecycleStage === 'customer').length).toBe(data.contacts.filter((c) => c.lifecycleStage === 'customer').length);
  });

  it('refuses a model with problems, naming them, and writes nothing', async () => {
    const { db } = await seededDemoDb({ seed: 22, now, locale: 'en', contacts: 20 });
    const api = createWorkspaceApi('ws', db, () => now + 1000);
    const design = (await api.queries.activeDesign())!;
    const changesBefore = await db.changes.count();
    const bad = { ...design.model, bantWeights: { budget: 50, authority: 25, need: 25, timeframe: 25 } };
    const result = await api.actions.updateScoringModel({ model: bad, baseUpdatedAt: design.model.updatedAt });
    expect(result).toEqual({ ok: false, reason: 'invalid', problems: [{ path: 'bantWeights', code: 'bant_total', params: { total: 125 } }] });
    expect(await db.changes.count()).toBe(changesBefore);
  });

  it('refuses a save over a model another window saved since the edit began', async () => {
    const { db } = await seededDemoDb({ seed: 23, now, locale: 'en', contacts: 20 });
    const api = createWorkspaceApi('ws', db, () => now + 1000);
    const design = (await api.queries.activeDesign())!;
    const other = await api.actions.updateScoringModel({ model: { ...design.model, handOffThreshold: 60 }, baseUpdatedAt: design.model.updatedAt });
    expect(other.ok).toBe(true);
    const mine = await api.actions.updateScoringModel({ model: { ...design.model, handOffThreshold: 90 }, baseUpdatedAt: design.model.updatedAt });
    expect(mine).toEqual({ ok: false, reason: 'changed_since', savedAt: now + 1000 });
    expect((await api.queries.activeDesign())!.model.handOffThreshold).toBe(60);
  });
});
