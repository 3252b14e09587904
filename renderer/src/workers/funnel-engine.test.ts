import { describe, expect, it } from 'vitest';
import { actorOf, buildFunnelIndex, funnelIds, funnelReport, type FunnelQuery } from '@shared/index';
import { seededDemoDb } from '../db/testing/demo-db';
import { readWorkspaceData } from '../db/repositories/workspace-data-repository';
import { createWorkspaceApi } from '../workspace-api/workspace-api';
import { createFunnelEngine } from './funnel-engine';

const now = Date.UTC(2026, 10, 23, 3);
const DAY = 86_400_000;

describe('the funnel engine the worker runs', () => {
  it('reports what a fresh index of the stored records reports, and stays equal to it after writes (incremental refresh)', async () => {
    const { db } = await seededDemoDb({ seed: 9, now, locale: 'en', contacts: 400 });
    const engine = createFunnelEngine();
    const shape = await engine.open(db.name);
    expect(shape.funnel).toEqual(['prospect', 'subscriber', 'lead', 'mql', 'sql', 'opportunity', 'customer']);
    expect(shape.handOffStageId).toBe('mql');
    const query: FunnelQuery = {
      range: { from: now - 90 * DAY, to: now + DAY },
      view: 'activity',
      filters: {},
      compare: 'previous_period',
      handOffStageId: 'mql',
      now,
    };
    const fresh = async (filters: FunnelQuery['filters'] = {}) => {
      const data = await readWorkspaceData(db);
      const index = buildFunnelIndex({
        transitions: data.transitions,
        contacts: data.contacts,
        funnel: funnelIds(data.lifecycles[0]!),
        team: data.teamMembers,
        tasks: data.tasks.filter((t) => t.slaDeadline !== null),
        assignments: data.assignments,
      });
      return funnelReport(index, { ...query, filters });
    };
    expect(engine.report(query)).toEqual(await fresh());
    expect(engine.report(query).stages.find((s) => s.stageId === 'mql')!.count).toBeGreaterThan(0);
    // A manual move to MQL (a new log line, a changed contact, a hand-off task) and a recycle: refresh catches both.
    const api = createWorkspaceApi('ws', db, () => now);
    const data = await readWorkspaceData(db);
    const lead = data.contacts.find((c) => c.lifecycleStage === 'sql')!;
    const admin = data.teamMembers.find((m) => m.admin)!;
    const moved = await api.actions.changeStage({
      contactId: lead.id,
      action: { kind: 'move', to: 'recycled', recycleReason: 'bad_timing' },
      actor: actorOf(admin),
    });
    expect(moved.ok).toBe(true);
    const refreshed = await engine.refresh();
    expect(refreshed.transitions).toBe(shape.transitions + 1);
    expect(engine.report(query)).toEqual(await fresh());
    const members = engine.members(query, { kind: 'stage', period: 'current', stageId: 'recycled' });
    expect(members).toContain(lead.id);
    // Contacts an SDR handed on to an AE stay in the SDR's funnel: reassigning them writes assignments the refresh reads.
    const sdr = data.teamMembers.find((m) => m.role === 'sdr')!;
    const ae = data.teamMembers.find((m) => m.role === 'ae')!;
    const theirs = data.contacts.filter((c) => c.ownerId === sdr.id && c.lifecycleStage === 'mql').slice(0, 3);
    expect(theirs.length).toBeGreaterThan(0);
    const byOwner = { ...query, filters: { ownerIds: [sdr.id] } };
    const before = engine.members(byOwner, { kind: 'stage', period: 'current', stageId: 'mql' });
    expect((await api.actions.bulkChangeOwner({ ids: theirs.map((c) => c.id), ownerId: ae.id, byMemberId: admin.id })).done).toHaveLength(theirs.length);
    await engine.refresh();
    expect(engine.members(byOwner, { kind: 'stage', period: 'current', stageId: 'mql' })).toEqual(before);
    expect(engine.report(byOwner)).toEqual(await fresh(byOwner.filters));
    expect(engine.report({ ...query, filters: { roles: ['sdr'] } })).toEqual(await fresh({ roles: ['sdr'] }));
    engine.close();
    db.close();
  });
});
