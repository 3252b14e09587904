import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '@shared/demo/generate-workspace';
import { newId } from '@shared/model';
import { readWorkspaceData, writeWorkspaceData } from './repositories/workspace-data-repository';
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

describe('upgrade from version 1 (migration harness)', () => {
  it('keeps every record of every table and serves the new queue indexes', async () => {
    const data = generateDemoWorkspace({ seed: 3, now, locale: 'ko', contacts: 120 });
    const db = await upgradeFromVersion(1, (old) => writeWorkspaceData(old, data));
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
