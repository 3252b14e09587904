import { describe, expect, it } from 'vitest';
import { createEmptyWorkspaceData } from '@shared/defaults';
import { generateDemoWorkspace } from '@shared/demo/generate-workspace';
import { newId } from '@shared/model';
import { openWorkspaceDb } from '../workspace-db';
import { contactsChangedSince, loadLeadIndex, mergeIntoLeadIndex } from './leads-repository';
import { getWorkspaceMeta } from './meta-repository';
import { runWrite } from '../write-path';
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

describe('lead index', () => {
  it('joins company names, flags ICP and SLA breaches, and leaves soft-deleted contacts out', async () => {
    const db = await freshDb();
    const data = generateDemoWorkspace({ seed: 5, now, locale: 'en', contacts: 50 });
    data.contacts[0] = { ...data.contacts[0]!, deletedAt: now };
    await writeWorkspaceData(db, data);
    const index = await loadLeadIndex(db, now);
    expect(index.rows).toHaveLength(49);
    expect(index.position.has(data.contacts[0]!.id)).toBe(false);
    const sample = data.contacts[1]!;
    const row = index.rows[index.position.get(sample.id)!]!;
    expect(row.companyName).toBe(data.companies.find((c) => c.id === sample.companyId)!.name);
    expect(index.texts[index.position.get(sample.id)!]).toContain(row.companyName!.toLowerCase());
    const breached = new Set(data.tasks.filter((t) => t.doneAt === null && t.slaDeadline !== null && t.slaDeadline < now).map((t) => t.contactId));
    for (const r of index.rows) expect(r.slaState === 'breached').toBe(breached.has(r.id));
    expect(index.rows.some((r) => r.inIcp === true)).toBe(true);
  });

  it('merges edits, new contacts and soft deletes without reloading', async () => {
    const db = await freshDb();
    const data = generateDemoWorkspace({ seed: 6, now, locale: 'ko', contacts: 30 });
    await writeWorkspaceData(db, data);
    const index = await loadLeadIndex(db, now);
    const [edited, removed] = [data.contacts[2]!, data.contacts[3]!];
    const later = index.watermark + 1;
    await runWrite(db, async () => {
      await db.contacts.update(edited.id, { jobTitle: '영업본부장', updatedAt: later });
      await db.contacts.update(removed.id, { deletedAt: later, updatedAt: later });
      const added = { ...data.contacts[4]!, id: 'new-contact', updatedAt: later };
      await db.contacts.add(added);
    });
    const changed = await contactsChangedSince(db, index.watermark + 1);
    const merged = await mergeIntoLeadIndex(db, index, changed, now);
    expect(merged.rows).toHaveLength(30);
    expect(merged.rows[merged.position.get(edited.id)!]!.jobTitle).toBe('영업본부장');
    expect(merged.position.has(removed.id)).toBe(false);
    expect(merged.position.has('new-contact')).toBe(true);
    expect(merged.texts[merged.position.get(edited.id)!]).toContain('영업본부장');
    expect(merged.watermark).toBe(later);
  });
});
