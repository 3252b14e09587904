import { describe, expect, it } from 'vitest';
import { previousRange } from '@shared/index';
import { seededDemoDb } from '../db/testing/demo-db';
import { createWorkspaceApi } from '../workspace-api/workspace-api';
import { createReportsEngine } from './reports-engine';

const now = Date.UTC(2026, 10, 23, 3);
const DAY = 86_400_000;

describe('the reports engine the worker runs', () => {
  it('computes every report from one read; a refused threshold writes nothing, an applied one hands off the leads it makes ready and the next read shows it', async () => {
    const { db, data } = await seededDemoDb({ seed: 12, now, locale: 'en', contacts: 400 });
    const engine = createReportsEngine();
    await engine.open(db.name);
    const range = { from: now - 90 * DAY, to: now };
    const query = { range, baseline: previousRange(range), pipelineId: null, ownerId: null, winRatesBy: 'owner' as const, previewThreshold: 60, now };
    const result = engine.compute(query);
    expect(result.roles.map((r) => r.role).sort()).toEqual(['ae', 'csm', 'ebr', 'marketing', 'sdr']);
    expect(result.sales.byStage.rows.length).toBeGreaterThan(0);
    expect(result.counts.contacts).toBe(data.contacts.length);
    expect(result.handOffThreshold).toBe(75);
    expect(result.calibration.preview?.threshold).toBe(60);
    // Without a chosen pipeline the task report keeps hand-off tasks (they belong to no deal): their breaches count.
    const breaches = result.tasks.byRep.rows.reduce((sum, row) => sum + Number(row['slaBreaches'] ?? 0), 0);
    expect(breaches).toBeGreaterThan(0);
    const api = createWorkspaceApi('ws', db, () => now);
    const models = await db.scoringModels.toArray();
    expect(await api.actions.setHandOffThreshold({ threshold: 150 })).toMatchObject({
      ok: false,
      errors: [{ field: 'handOffThreshold', code: 'out_of_range' }],
    });
    expect(await db.scoringModels.toArray()).toEqual(models);
    const transitions = await db.transitions.count();
    const applied = await api.actions.setHandOffThreshold({ threshold: 60 });
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    // Every hand-off it made is in the log.
    expect(await db.transitions.count()).toBe(transitions + applied.value.reevaluated.handedOff);
    await engine.refresh();
    expect(engine.compute(query).handOffThreshold).toBe(60);
    engine.close();
    db.close();
  });
});
