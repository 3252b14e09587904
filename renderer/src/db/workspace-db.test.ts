import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '@shared/demo/generate-workspace';
import { newId } from '@shared/model';
import { readWorkspaceData } from './repositories/workspace-data-repository';
import { latestSchemaVersion, schemaVersions } from './schema-versions';
import { upgradeFromVersion } from './testing/migration-harness';
import { openWorkspaceDb } from './workspace-db';
import { runWrite } from './write-path';

const now = Date.UTC(2026, 10, 23);

describe('schema versions', () => {
  it('increase strictly and each says why it exists', () => {
    // Versions are reserved per issue (docs: common brief), so a branch may skip one that another branch adds.
    schemaVersions.forEach((step, i) => {
      expect(step.version).toBeGreaterThan(schemaVersions[i - 1]?.version ?? 0);
      expect(step.why.length).toBeGreaterThan(10);
    });
  });

  it('a new database opens at the latest version', async () => {
    const db = openWorkspaceDb(`fresh-${newId()}`);
    await db.open();
    expect(db.verno).toBe(latestSchemaVersion);
    db.close();
  });
});

describe('upgrade from version 3 (funnel integrity)', () => {
  it('fills the new fields, rewrites the old MQL/ICP criteria and title regexes, and turns round-robin positions into people', async () => {
    const data = generateDemoWorkspace({ seed: 5, now, locale: 'en', contacts: 30 });
    const rr = data.routingRules.find((r) => r.target.kind === 'round_robin')!;
    const rrMembers = rr.target.kind === 'round_robin' ? rr.target.memberIds : [];
    // What a version-3 database held: no admin flags, lifecycle policies, engagement floor; the old criteria and regexes.
    const v3members = data.teamMembers.map(({ admin: _admin, ...m }) => m);
    const { handOffRoles: _h, overrideRoles: _o, handOffFallback: _f, volumeSlas: _v, ...v3lifecycle } = data.lifecycles[0]!;
    v3lifecycle.stages = v3lifecycle.stages.map((stage) =>
      stage.id === 'mql'
        ? {
            ...stage,
            entryCriteria: [{ kind: 'engagement_at_least', min: null } as never, { kind: 'icp_fit_at_least', min: 50 }, ...stage.entryCriteria.slice(2)],
          }
        : stage,
    );
    const { engagementFloor: _e, ...v3model } = data.scoringModels[0]!;
    v3model.fitRules = v3model.fitRules.map((r) =>
      r.id === 'decision_maker'
        ? { ...r, condition: { op: 'regex', field: 'jobTitle', pattern: '(head|director|vp|chief|cto|ceo|cmo|대표|이사|본부장|팀장)' } }
        : r,
    );
    const v3meta = { ...data.meta[0]!, calendar: { ...data.meta[0]!.calendar, workingDays: [] }, routingState: { roundRobin: { [rr.id]: 1 }, weighted: {} } };
    const db = await upgradeFromVersion(3, async (old) => {
      await old.table('teamMembers').bulkAdd(v3members);
      await old.table('lifecycles').add(v3lifecycle);
      await old.table('scoringModels').add(v3model);
      await old.table('routingRules').bulkAdd(data.routingRules);
      await old.table('meta').add(v3meta);
    });
    const members = await db.teamMembers.toArray();
    expect(members.filter((m) => m.admin)).toHaveLength(1);
    expect(members.every((m) => typeof m.admin === 'boolean')).toBe(true);
    const lifecycle = (await db.lifecycles.toArray())[0]!;
    expect(lifecycle).toMatchObject({ handOffRoles: ['sdr', 'ae', 'ebr'], overrideRoles: [], handOffFallback: { kind: 'owner_pool' }, volumeSlas: [] });
    expect(lifecycle.stages.find((st) => st.id === 'mql')!.entryCriteria.slice(0, 2)).toEqual([
      { kind: 'hand_off_ready' },
      { kind: 'icp_fit_at_least', min: null },
    ]);
    const model = (await db.scoringModels.toArray())[0]!;
    expect(model.engagementFloor).toBe(0);
    expect(model.fitRules.find((r) => r.id === 'decision_maker')!.condition).toMatchObject({ op: 'any_word', field: 'jobTitle' });
    const meta = (await db.meta.toArray())[0]!;
    expect(meta.routingState.roundRobin[rr.id]).toEqual({ memberId: rrMembers[1], index: 1 });
    expect(meta.calendar.workingDays).toEqual([1, 2, 3, 4, 5]);
    // Everything upgraded is valid under the new schemas.
    const { workspaceTableSchemas } = await import('@shared/model');
    for (const m of members) expect(workspaceTableSchemas.teamMembers.safeParse(m).success).toBe(true);
    expect(workspaceTableSchemas.lifecycles.safeParse(lifecycle).success).toBe(true);
    expect(workspaceTableSchemas.scoringModels.safeParse(model).success).toBe(true);
    expect(workspaceTableSchemas.meta.safeParse(meta).success).toBe(true);
    db.close();
  });
});

describe('upgrade from version 2', () => {
  it('gives the settings record an empty round-robin state and opens the new tables', async () => {
    const data = generateDemoWorkspace({ seed: 4, now, locale: 'en', contacts: 40 });
    // A version-2 database predates routingState: write the meta record as v2 stored it.
    const db = await upgradeFromVersion(2, async (old) => {
      const { routingState: _dropped, ...v2meta } = data.meta[0]!;
      await old.table('meta').add(v2meta);
      await old.table('contacts').bulkAdd(data.contacts);
    });
    expect((await db.meta.toArray())[0]!.routingState).toEqual({ roundRobin: {}, weighted: {} });
    expect(await db.contacts.count()).toBe(40);
    expect(await db.assignments.count()).toBe(0);
    expect(await db.notifications.count()).toBe(0);
    db.close();
  });
});

describe('upgrade from version 1 (migration harness)', () => {
  it('keeps every record of every table and serves the new queue indexes', async () => {
    const data = generateDemoWorkspace({ seed: 3, now, locale: 'ko', contacts: 120 });
    // Version 1 had no assignments, notifications, views, deal history, design, quote or content tables and no routing state; write what it had.
    const {
      assignments: _a,
      notifications: _n,
      leadViews: _v,
      dealMoves: _m,
      designVersions: _dv,
      roleTargets: _rt,
      quotes: _q,
      contentAssets: _c,
      ...v1tables
    } = data;
    const v1 = {
      ...v1tables,
      meta: data.meta.map(({ routingState: _r, ...m }) => m),
      // Stages said nothing of requirements or archiving before v6: the upgrade derives them as the defaults do.
      pipelines: data.pipelines.map((p) => ({ ...p, stages: p.stages.map(({ requires: _q, archived: _x, ...stage }) => stage) })),
      // Deals had no source before v7: the upgrade takes their first contact's, as a new deal does.
      deals: data.deals.map(({ source: _s, ...deal }) => deal),
      // Personas had no colour or decision role before v10, and held their (here empty) quotes and content.
      personas: data.personas.map(({ color: _c, decisionRole: _d, ...p }) => ({ ...p, voiceOfCustomer: [], content: [] })),
    };
    const db = await upgradeFromVersion(1, async (old) => {
      for (const [table, rows] of Object.entries(v1)) await old.table(table).bulkAdd(rows);
    });
    expect(db.verno).toBe(latestSchemaVersion);
    const after = await readWorkspaceData(db);
    for (const table of Object.keys(data) as (keyof typeof data)[]) {
      if (table === 'dealMoves') continue; // v1 had no deal history: checked below
      if (table === 'quotes' || table === 'contentAssets') continue; // v1 had no library: the v10 test covers its move
      if (table === 'assignments') {
        expect(after.assignments).toEqual([]); // v1 had no assignments log: nothing to keep, nothing made up
        continue;
      }
      if (table === 'personas') {
        // v10 gives each persona its order's colour and no decision role (nobody had said which).
        expect(after.personas.map((p) => p.decisionRole)).toEqual(after.personas.map(() => null));
        continue;
      }
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      expect([...after[table]].sort(byId), table).toEqual([...data[table]].sort(byId));
    }
    // v6 starts each deal's history with the stage it is in, when it entered it (what came before is unknown).
    expect(after.dealMoves.map((m) => [m.dealId, m.from, m.to, m.at]).sort()).toEqual(data.deals.map((d) => [d.id, null, d.stageId, d.stageEnteredAt]).sort());
    // v2's compound index: MQLs by score, highest first, without a table scan.
    const mqls = await db.contacts.where('[lifecycleStage+engagementScore]').between(['mql', -Infinity], ['mql', Infinity]).reverse().toArray();
    const expected = data.contacts
      .filter((c) => c.lifecycleStage === 'mql')
      .map((c) => c.engagementScore)
      .sort((a, b) => b - a);
    expect(mqls.map((c) => c.engagementScore)).toEqual(expected);
    db.close();
  });
});

describe('upgrade from version 10 (sync state)', () => {
  it('keeps every record and starts with no sync state: sync is off until it is set up', async () => {
    const data = generateDemoWorkspace({ seed: 11, now, locale: 'en', contacts: 40 });
    const db = await upgradeFromVersion(10, async (old) => {
      await runWrite(old, async () => {
        for (const [table, rows] of Object.entries(data)) if (old.tables.some((t) => t.name === table)) await old.table(table).bulkAdd(rows);
      });
    });
    expect(db.verno).toBe(latestSchemaVersion);
    const after = await readWorkspaceData(db);
    for (const table of Object.keys(data) as (keyof typeof data)[]) expect(after[table].length, table).toBe(data[table].length);
    expect(await db.syncState.count()).toBe(0);
    expect(await db.syncRecords.count()).toBe(0);
    db.close();
  });
});
