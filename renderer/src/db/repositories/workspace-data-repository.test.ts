import { describe, expect, it } from 'vitest';
import { createEmptyWorkspaceData } from '@shared/defaults';
import { generateDemoWorkspace } from '@shared/demo/generate-workspace';
import { newId } from '@shared/model';
import { openWorkspaceDb } from '../workspace-db';
import { listLeadRows } from './leads-repository';
import { getWorkspaceMeta } from './meta-repository';
import { countRecords, WorkspaceValidationError, writeWorkspaceData } from './workspace-data-repository';

const now = Date.UTC(2026, 10, 23);
const freshDb = async () => {
  const db = openWorkspaceDb(`test-${newId()}`);
  await db.open();
  return db;
};

describe('writeWorkspaceData', () => {
  it('writes a demo workspace and reports progress up to the total', async () => {
    const db = await freshDb();
    const data = generateDemoWorkspace({ seed: 9, now, locale: 'en', contacts: 200 });
    const progress: number[] = [];
    await writeWorkspaceData(db, data, (p) => p.phase === 'writing' && progress.push(p.done));
    const counts = await countRecords(db);
    expect(counts.contacts).toBe(200);
    expect(counts.activities).toBe(data.activities.length);
    const total = Object.values(data).reduce((sum, rows) => sum + rows.length, 0);
    expect(progress[progress.length - 1]).toBe(total);
  });

  it('refuses a workspace with a bad record, names table, row and field, and writes nothing', async () => {
    const db = await freshDb();
    const data = generateDemoWorkspace({ seed: 9, now, locale: 'en', contacts: 30 });
    const broken = { ...data, contacts: data.contacts.map((c, i) => (i === 7 ? { ...c, email: 'not-an-email' } : c)) };
    const error = await writeWorkspaceData(db, broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkspaceValidationError);
    expect((error as WorkspaceValidationError).issues[0]).toMatchObject({ table: 'contacts', index: 7, id: data.contacts[7]!.id, field: 'email' });
    expect((await countRecords(db)).contacts).toBe(0);
    expect(await db.meta.count()).toBe(0);
  });

  it('rolls back every table when a write fails half-way (duplicate id)', async () => {
    const db = await freshDb();
    const data = generateDemoWorkspace({ seed: 9, now, locale: 'en', contacts: 30 });
    const duplicate = { ...data, transitions: [...data.transitions, data.transitions[0]!] };
    await expect(writeWorkspaceData(db, duplicate)).rejects.toThrow();
    expect(await db.contacts.count()).toBe(0);
  });

  it('an empty workspace carries the default funnel design', async () => {
    const db = await freshDb();
    await writeWorkspaceData(db, createEmptyWorkspaceData({ name: 'Acme', locale: 'ko', now }));
    const meta = await getWorkspaceMeta(db);
    expect(meta?.name).toBe('Acme');
    expect(meta?.currency).toBe('KRW');
    expect(await db.lifecycles.count()).toBe(1);
    expect(await db.pipelines.count()).toBe(2);
  });
});

describe('listLeadRows', () => {
  it('joins company and owner names and leaves soft-deleted contacts out', async () => {
    const db = await freshDb();
    const data = generateDemoWorkspace({ seed: 5, now, locale: 'en', contacts: 50 });
    data.contacts[0] = { ...data.contacts[0]!, deletedAt: now };
    await writeWorkspaceData(db, data);
    const rows = await listLeadRows(db);
    expect(rows).toHaveLength(49);
    expect(rows.some((r) => r.id === data.contacts[0]!.id)).toBe(false);
    const sample = data.contacts[1]!;
    const row = rows.find((r) => r.id === sample.id)!;
    expect(row.companyName).toBe(data.companies.find((c) => c.id === sample.companyId)!.name);
    expect(row.ownerName).toBe(data.teamMembers.find((m) => m.id === sample.ownerId)?.name ?? null);
    expect(rows.map((r) => r.updatedAt)).toEqual([...rows.map((r) => r.updatedAt)].sort((a, b) => b - a));
  });
});
