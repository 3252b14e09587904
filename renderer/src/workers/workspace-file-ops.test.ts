import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '@shared/demo/generate-workspace';
import { changedRecordIds, newId, workspaceTableNames, type WorkspaceData } from '@shared/model';
import { encodeWorkspaceData } from '@shared/workspace-file';
import { buildTemplate, createWorkspaceFromDesign } from '@shared/design';
import { saveDesignVersion } from '../db/repositories/design-versions-repository';
import { readWorkspaceData, writeWorkspaceData } from '../db/repositories/workspace-data-repository';
import { latestSchemaVersion } from '../db/schema-versions';
import { openWorkspaceDb } from '../db/workspace-db';
import { duplicateWorkspace, exportWorkspace, importAsNew, mergeFile } from './workspace-file-ops';

const now = Date.UTC(2026, 10, 23);
const demo = generateDemoWorkspace({ seed: 3, now, locale: 'en', contacts: 60 });
const options = { appVersion: '0.1.0', name: 'Demo', createdAt: now };

async function stored(data: WorkspaceData): Promise<string> {
  const name = `ws-${newId()}`;
  const db = openWorkspaceDb(name);
  await writeWorkspaceData(db, data);
  db.close();
  return name;
}

async function contentsOf(name: string): Promise<WorkspaceData> {
  const db = openWorkspaceDb(name);
  const data = await readWorkspaceData(db);
  db.close();
  return data;
}

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());
const sortById = (data: WorkspaceData) => Object.fromEntries(workspaceTableNames.map((t) => [t, [...data[t]].sort((a, b) => (a.id < b.id ? -1 : 1))]));

describe('workspace file export and import', () => {
  for (const compress of [false, true])
    it(`exports a workspace and imports it as a new one with identical records (${compress ? 'gzip' : 'plain'})`, async () => {
      const source = await stored(demo);
      const phases = new Set<string>();
      const file = await bytesOf(await exportWorkspace(source, { ...options, compress }, (p) => phases.add(p.phase)));
      expect(file[0] === 0x1f && file[1] === 0x8b).toBe(compress);
      const target = `ws-${newId()}`;
      const verdict = await importAsNew(file, target, (p) => phases.add(p.phase));
      expect(verdict.ok).toBe(true);
      if (verdict.ok) expect(verdict.manifest.counts.contacts).toBe(60);
      expect(sortById(await contentsOf(target))).toEqual(sortById(demo));
      expect(phases).toEqual(new Set(['exporting', 'reading']));
    });

  it("carries the design's saved versions and the roles' KPI targets", async () => {
    const created = createWorkspaceFromDesign({ name: 'Client', locale: 'en', now, design: buildTemplate('the_model', 'en') });
    expect(created.roleTargets.length).toBeGreaterThan(0);
    const source = await stored({ ...created.data, roleTargets: created.roleTargets });
    const db = openWorkspaceDb(source);
    const saved = await saveDesignVersion(db, { name: 'Kick-off', note: 'As agreed on Monday', createdBy: null }, now + 1);
    db.close();
    expect(saved.ok).toBe(true);
    const target = `ws-${newId()}`;
    expect((await importAsNew(await bytesOf(await exportWorkspace(source, { ...options, compress: true })), target)).ok).toBe(true);
    const copy = await contentsOf(target);
    expect(copy.designVersions.map((v) => [v.name, v.note])).toEqual([['Kick-off', 'As agreed on Monday']]);
    expect(sortById(copy)['roleTargets']).toEqual(sortById(await contentsOf(source))['roleTargets']);
    expect(copy.roleTargets).toHaveLength(created.roleTargets.length);
  });

  it('refuses a corrupted file with a named error and leaves no database behind', async () => {
    const file = await bytesOf(await exportWorkspace(await stored(demo), { ...options, compress: false }));
    const text = new TextDecoder().decode(file);
    const corrupted = new TextEncoder().encode(text.replace(demo.contacts[10]!.firstName, `${demo.contacts[10]!.firstName}!`));
    const target = `ws-${newId()}`;
    const verdict = await importAsNew(corrupted, target);
    expect(verdict).toMatchObject({ ok: false, errors: [{ code: 'checksum_mismatch' }] });
    expect(await Dexie.exists(target)).toBe(false);
    const truncated = await importAsNew(file.subarray(0, file.length / 2), target);
    expect(truncated).toMatchObject({ ok: false, errors: [{ code: 'truncated' }] });
    expect(await Dexie.exists(target)).toBe(false);
    const garbage = await importAsNew(new Uint8Array([0x1f, 0x8b, 1, 2, 3, 4]), target);
    expect(garbage).toMatchObject({ ok: false, errors: [{ code: 'unreadable' }] });
    expect(await Dexie.exists(target)).toBe(false);
  });

  it('upgrades an older file with the database migrations (a version-6 deal gets its source)', async () => {
    const oldDeals = demo.deals.map(({ source: _s, ...deal }) => deal);
    // Version 6 had no quotes or content tables (version 10 made them).
    const { quotes: _q, contentAssets: _c, ...v6 } = demo;
    const text = encodeWorkspaceData({ ...v6, deals: oldDeals }, { ...options, schemaVersion: 6, expectedRecords: 0 });
    const target = `ws-${newId()}`;
    const verdict = await importAsNew(new TextEncoder().encode(text), target);
    expect(verdict.ok).toBe(true);
    const imported = await contentsOf(target);
    const sources = new Map(demo.contacts.map((c) => [c.id, c.source]));
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect(imported.deals.sort(byId).map((d) => d.source)).toEqual(
      [...demo.deals].sort(byId).map((d) => (d.primaryContactId ? sources.get(d.primaryContactId) : null)),
    );
    const db = openWorkspaceDb(target);
    await db.open();
    expect(db.verno).toBe(latestSchemaVersion);
    db.close();
  });

  it('merges a file: newer records win, local newer ones stay, conflicts are summarised, all in one batch', async () => {
    const target = await stored(demo);
    const theirs = structuredClone(demo);
    theirs.contacts[0] = { ...theirs.contacts[0]!, firstName: 'Newer', updatedAt: now + 10 };
    theirs.contacts[1] = { ...theirs.contacts[1]!, firstName: 'Older', updatedAt: 1 };
    const added = { ...theirs.contacts[2]!, id: newId(), email: 'new@example.com' };
    theirs.contacts.push(added);
    theirs.meta[0] = { ...theirs.meta[0]!, id: 'their-meta', updatedAt: now + 10, name: 'Renamed' };
    const file = new TextEncoder().encode(encodeWorkspaceData(theirs, { ...options, schemaVersion: latestSchemaVersion, expectedRecords: 0 }));
    const result = await mergeFile(file, target, `scratch-${newId()}`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.summary.tables['contacts']).toEqual({ added: 1, updated: 1, unchanged: 58, keptLocal: 1 });
    expect(result.summary.conflicts.map((c) => [c.id, c.winner])).toEqual([
      [demo.meta[0]!.id, 'incoming'],
      [demo.contacts[0]!.id, 'incoming'],
      [demo.contacts[1]!.id, 'local'],
    ]);
    const merged = await contentsOf(target);
    expect(merged.meta).toHaveLength(1);
    expect(merged.meta[0]).toMatchObject({ id: demo.meta[0]!.id, name: 'Renamed' });
    expect(merged.contacts.find((c) => c.id === demo.contacts[0]!.id)?.firstName).toBe('Newer');
    expect(merged.contacts.find((c) => c.id === demo.contacts[1]!.id)?.firstName).toBe(demo.contacts[1]!.firstName);
    expect(merged.contacts).toHaveLength(61);
    const db = openWorkspaceDb(target);
    const batches = new Set((await db.changes.toArray()).filter((c) => c.origin === 'import').map((c) => c.batchId));
    db.close();
    // The stored demo was written in one import batch; the merge adds exactly one more.
    expect(batches.size).toBe(2);
  });

  it('merges an older file after upgrading it in a scratch database that is removed afterwards', async () => {
    const target = await stored(demo);
    const theirs = structuredClone(demo);
    theirs.contacts[0] = { ...theirs.contacts[0]!, firstName: 'Newer', updatedAt: now + 10 };
    const oldDeals = theirs.deals.map(({ source: _s, ...deal }) => deal);
    const { quotes: _q, contentAssets: _c, ...v6 } = theirs;
    const file = new TextEncoder().encode(encodeWorkspaceData({ ...v6, deals: oldDeals }, { ...options, schemaVersion: 6, expectedRecords: 0 }));
    const scratch = `scratch-${newId()}`;
    const result = await mergeFile(file, target, scratch);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Upgraded, the version-6 deals are the stored ones again (the migration gives them their source).
    expect(result.summary.tables['deals']).toEqual({ added: 0, updated: 0, unchanged: demo.deals.length, keptLocal: 0 });
    expect(result.summary.tables['contacts']).toMatchObject({ updated: 1 });
    expect((await contentsOf(target)).contacts.find((c) => c.id === demo.contacts[0]!.id)?.firstName).toBe('Newer');
    expect(await Dexie.exists(scratch)).toBe(false);
  });

  it('merges nothing from a refused file', async () => {
    const target = await stored(demo);
    const theirs = structuredClone(demo);
    theirs.contacts[0] = { ...theirs.contacts[0]!, firstName: 'Newer', updatedAt: now + 10 };
    theirs.contacts[5] = { ...theirs.contacts[5]!, engagementScore: 'high' as unknown as number };
    const file = new TextEncoder().encode(encodeWorkspaceData(theirs, { ...options, schemaVersion: latestSchemaVersion, expectedRecords: 0 }));
    const result = await mergeFile(file, target, `scratch-${newId()}`);
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'invalid_record', table: 'contacts', index: 5, field: 'engagementScore' }] });
    expect((await contentsOf(target)).contacts.find((c) => c.id === demo.contacts[0]!.id)?.firstName).toBe(demo.contacts[0]!.firstName);
  });

  it('duplicates a workspace: the same records in a new database', async () => {
    const source = await stored(demo);
    const copy = `ws-${newId()}`;
    await duplicateWorkspace(source, copy);
    expect(sortById(await contentsOf(copy))).toEqual(sortById(demo));
  });

  it('writes imported records through the write path (logged as an import)', async () => {
    const file = await bytesOf(await exportWorkspace(await stored(demo), { ...options, compress: true }));
    const target = `ws-${newId()}`;
    await importAsNew(file, target);
    const db = openWorkspaceDb(target);
    const changes = await db.changes.toArray();
    db.close();
    expect(changes.flatMap((c) => changedRecordIds(c)).length).toBe(workspaceTableNames.reduce((sum, t) => sum + demo[t].length, 0));
    expect(new Set(changes.map((c) => c.origin))).toEqual(new Set(['import']));
  });
});
