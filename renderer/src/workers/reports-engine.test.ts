import { describe, expect, it } from 'vitest';
import { actorOf, previousRange, roleDashboards } from '@shared/index';
import { readWorkspaceData } from '../db/repositories/workspace-data-repository';
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

  it('catches up after writes by reading only what changed, equal to a fresh read; keeps the reports a query change leaves alone', async () => {
    const { db } = await seededDemoDb({ seed: 7, now, locale: 'en', contacts: 300 });
    const engine = createReportsEngine();
    await engine.open(db.name);
    const range = { from: now - 90 * DAY, to: now };
    const query = { range, baseline: previousRange(range), pipelineId: null, ownerId: null, winRatesBy: 'owner' as const, previewThreshold: null, now };
    const first = engine.compute(query);
    // Another grouping of win rates: the dashboards and calibration are the same answers, not computed again.
    const bySource = engine.compute({ ...query, winRatesBy: 'source' });
    expect(bySource.roles).toBe(first.roles);
    expect(bySource.calibration.report).toBe(first.calibration.report);
    expect(bySource.sales.winRates).not.toEqual(first.sales.winRates);

    // Deals by stage: open deals where they stand, won ones only those closed in the period (a fortnight here).
    const data0 = await readWorkspaceData(db);
    const fortnight = { from: now - 14 * DAY, to: now };
    const recent = engine.compute({ ...query, range: fortnight, baseline: previousRange(fortnight) });
    const inPipeline = data0.deals.filter((d) => d.pipelineId === recent.pipelineId);
    const count = (stageId: string) => Number(recent.sales.byStage.rows.find((r) => r['stageId'] === stageId)!['count']);
    const wonAll = inPipeline.filter((d) => d.stageId === 'won');
    const wonRecently = wonAll.filter((d) => d.closedAt! >= fortnight.from && d.closedAt! < fortnight.to);
    expect(count('won')).toBe(wonRecently.length);
    expect(wonAll.length).toBeGreaterThan(wonRecently.length);
    expect(count('to_contact')).toBe(inPipeline.filter((d) => d.stageId === 'to_contact').length);

    // The SDR's follow-up counts calls and e-mails, not only meetings (the reports once read meetings alone).
    const data = await readWorkspaceData(db);
    const calendar = (await db.meta.toArray())[0]!.calendar;
    const byHand = roleDashboards(
      {
        log: data.transitions,
        deals: data.deals,
        tasks: data.tasks,
        activities: data.activities,
        team: data.teamMembers,
        now,
        calendar,
        currency: 'KRW',
        lifecycle: data.lifecycles[0]!,
      },
      range,
      12,
    );
    const sdr = (r: { roles: typeof byHand }) => r.roles.find((d) => d.role === 'sdr')!.kpis;
    expect(sdr(first)).toEqual(sdr({ roles: byHand }));
    expect((sdr(first) as { followUp: { count: number } }).followUp.count).toBeGreaterThan(0);

    // Writes: a stage move, a call logged, a deal won, a contact added.
    const api = createWorkspaceApi('ws', db, () => now);
    const admin = data.teamMembers.find((m) => m.admin)!;
    const lead = data.contacts.find((c) => c.lifecycleStage === 'sql')!;
    expect(
      (await api.actions.changeStage({ contactId: lead.id, action: { kind: 'move', to: 'recycled', recycleReason: 'bad_timing' }, actor: actorOf(admin) })).ok,
    ).toBe(true);
    expect((await api.actions.logActivity({ contactId: data.contacts[0]!.id, type: 'call_logged', byMemberId: admin.id })).ok).toBe(true);
    const open = data.deals.find((d) => d.status === 'open')!;
    expect((await api.actions.closeDeal({ dealId: open.id, outcome: 'won', lostReason: null, actor: actorOf(admin) })).ok).toBe(true);
    expect(
      (
        await api.actions.quickAdd({
          contact: { firstName: 'New', lastName: 'Person', email: 'new.person@example.com', companyName: '', jobTitle: '' },
          ownerId: null,
        })
      ).ok,
    ).toBe(true);

    await engine.refresh();
    const fresh = createReportsEngine();
    await fresh.open(db.name);
    const caught = engine.compute(query);
    expect(caught).toEqual(fresh.compute(query));
    expect(caught.counts.contacts).toBe(first.counts.contacts + 1);
    expect(caught.counts.transitions).toBeGreaterThan(first.counts.transitions);
    // A refresh that finds nothing new keeps every table.
    await engine.refresh();
    expect(engine.compute(query)).toEqual(caught);
    engine.close();
    fresh.close();
    db.close();
  });
});
