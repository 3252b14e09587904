import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '@shared/demo/generate-workspace';
import { newId } from '@shared/model';
import { readWorkspaceData } from './repositories/workspace-data-repository';
import { latestSchemaVersion, schemaVersions } from './schema-versions';
import { upgradeFromVersion } from './testing/migration-harness';
import { openWorkspaceDb } from './workspace-db';

const now = Date.UTC(2026, 10, 23);

describe('schema versions', () => {
  it('increase strictly and each says why it exists', () => {
    schemaVersions.forEach((step, i) => {
      expect(step.version).toBe(i + 1);
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
    // Version 1 had no assignments or notifications tables and no routing state; write what it had.
    const { assignments: _a, notifications: _n, leadViews: _v, ...v1tables } = data;
    const v1 = { ...v1tables, meta: data.meta.map(({ routingState: _r, ...m }) => m) };
    const db = await upgradeFromVersion(1, async (old) => {
      for (const [table, rows] of Object.entries(v1)) await old.table(table).bulkAdd(rows);
    });
    expect(db.verno).toBe(latestSchemaVersion);
    const after = await readWorkspaceData(db);
    for (const table of Object.keys(data) as (keyof typeof data)[]) {
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      expect([...after[table]].sort(byId), table).toEqual([...data[table]].sort(byId));
    }
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
