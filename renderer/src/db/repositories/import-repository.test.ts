import { describe, expect, it } from 'vitest';
import { createEmptyWorkspaceData } from '@shared/defaults/empty-workspace';
import { detectPreset, readCsvBytes } from '@shared/import';
import { newId } from '@shared/model';
import { generateDemoWorkspace } from '@shared/demo/generate-workspace';
import { upgradeFromVersion } from '../testing/migration-harness';
import { openWorkspaceDb } from '../workspace-db';
import { runWrite } from '../write-path';
import { ImportCancelledError, rollbackImport, runImport, type ImportRequest } from './import-repository';
import { countRecords, writeWorkspaceData } from './workspace-data-repository';

const now = Date.UTC(2026, 11, 1, 3);

async function emptyDb() {
  const db = openWorkspaceDb(`test-${newId()}`);
  await writeWorkspaceData(db, createEmptyWorkspaceData({ name: 'Test', locale: 'en', now: now - 1000 }));
  return db;
}

function request(csv: string, overrides: Partial<ImportRequest> = {}): ImportRequest {
  const file = readCsvBytes(new TextEncoder().encode(csv));
  if (!file.ok) throw new Error(file.error);
  const { preset, mapping } = detectPreset(file.headers);
  return {
    fileName: 'contacts.csv',
    encoding: file.encoding,
    preset,
    headers: file.headers,
    rows: file.rows,
    mapping,
    mode: 'fill',
    createOwners: true,
    viewName: 'Import of 1 Dec 2026',
    viewColumns: ['name', 'company'],
    ...overrides,
  };
}

const hubspot = [
  'First Name,Last Name,Email,Company Name,Job Title,Lifecycle Stage,Contact owner,Create Date',
  'Emma,Smith,emma@acme.example,Acme,CTO,marketingqualifiedlead,Jin Park,2018-02-26',
  'Liam,Jones,liam@globex.example,Globex,Engineer,lead,Jin Park,2018-02-27',
  'Olivia,Brown,not-an-email,Acme,,lead,,2018-02-28',
  'Noah,Lee,noah@acme.example,Acme,VP Sales,customer,Ana Kim,2018-03-01',
].join('\r\n');

const again = [
  'First Name,Last Name,Email,Company Name,Job Title,Lifecycle Stage,Phone Number',
  'Emma,Smith,EMMA@acme.example,Acme,Chief Technology Officer,lead,+82 10 1234 5678',
].join('\r\n');

describe('a CSV import through the write path', () => {
  it('writes contacts, companies, owners and their creation lines as one batch, with an import record and a saved view', async () => {
    const db = await emptyDb();
    const outcome = await runImport(db, request(hubspot), { now });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.record.counts).toMatchObject({
      rowsRead: 4,
      failedRows: 1,
      contacts: { created: 3, updated: 0, skipped: 0 },
      companies: { created: 2 },
      teamMembers: { created: 2 },
    });
    expect(outcome.issues).toContainEqual(expect.objectContaining({ row: 4, column: 'Email', code: 'invalid_email', severity: 'error' }));
    const contacts = await db.contacts.toArray();
    expect(contacts.map((c) => [c.email, c.lifecycleStage, c.importId])).toEqual(
      expect.arrayContaining([
        ['emma@acme.example', 'mql', outcome.record.id],
        ['noah@acme.example', 'customer', outcome.record.id],
      ]),
    );
    // Owners by name: the file's reps are team members now, and own their contacts.
    const jin = (await db.teamMembers.toArray()).find((m) => m.name === 'Jin Park')!;
    expect(contacts.filter((c) => c.ownerId === jin.id)).toHaveLength(2);
    // Scored on arrival: the CTO at a company gets fit points.
    expect(contacts.every((c) => Number.isFinite(c.fitScore))).toBe(true);
    const transitions = await db.transitions.toArray();
    expect(transitions.map((t) => [t.kind, t.from, t.reason])).toEqual(contacts.map(() => ['created', null, 'import']));
    const changes = await db.changes.where('batchId').equals(outcome.record.batchId).toArray();
    expect(new Set(changes.map((c) => c.origin))).toEqual(new Set(['import']));
    expect(new Set(changes.map((c) => c.table))).toEqual(new Set(['teamMembers', 'companies', 'contacts', 'transitions', 'leadViews']));
    const view = (await db.leadViews.toArray())[0]!;
    expect(view).toMatchObject({ name: 'Import of 1 Dec 2026', filters: { importId: outcome.record.id } });
    expect(await db.imports.get(outcome.record.id)).toMatchObject({ status: 'done', fileName: 'contacts.csv' });
  });

  it('a second import fills empty fields of the contacts it matches and keeps what it did not take in a merge note', async () => {
    const db = await emptyDb();
    await runImport(db, request(hubspot), { now });
    const outcome = await runImport(db, request(again, { mode: 'fill' }), { now: now + 1000 });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.record.counts.contacts).toEqual({ created: 0, updated: 1, skipped: 0 });
    const emma = (await db.contacts.where('email').equals('emma@acme.example').toArray())[0]!;
    expect(emma).toMatchObject({ phone: '+82 10 1234 5678', jobTitle: 'CTO', lifecycleStage: 'mql', importId: outcome.record.id });
    const notes = (await db.activities.toArray()).filter((a) => a.meta['kind'] === 'merge');
    expect(notes).toHaveLength(1);
    expect(JSON.parse(notes[0]!.meta['kept']!)).toContainEqual({ field: 'jobTitle', value: 'Chief Technology Officer' });
  });

  it('overwrite moves a stage only as the lifecycle allows: a refused move keeps the stage and is reported', async () => {
    const db = await emptyDb();
    await runImport(db, request(hubspot), { now });
    const outcome = await runImport(db, request(again, { mode: 'overwrite' }), { now: now + 1000 });
    if (!outcome.ok) throw new Error(outcome.error);
    const emma = (await db.contacts.where('email').equalsIgnoreCase('emma@acme.example').toArray())[0]!;
    expect(emma.jobTitle).toBe('Chief Technology Officer');
    // MQL → Lead is no move the default lifecycle allows.
    expect(emma.lifecycleStage).toBe('mql');
    expect(outcome.issues).toContainEqual(expect.objectContaining({ row: 2, column: 'Lifecycle Stage', code: 'stage_move_refused' }));
    const moves = (await db.transitions.toArray()).filter((t) => t.contactId === emma.id);
    expect(moves.map((t) => t.kind)).toEqual(['created']);
  });

  it('a cancel between chunks leaves nothing written, not even the import record', async () => {
    const db = await emptyDb();
    const before = await countRecords(db);
    const changes = await db.changes.count();
    const rows = Array.from({ length: 5000 }, (_, i) => `Person${i},Test,p${i}@x.example,Co${i % 50}`);
    const csv = ['First Name,Last Name,Email,Company Name', ...rows].join('\n');
    let writes = 0;
    await expect(
      runImport(db, request(csv), {
        now,
        onProgress: (p) => {
          if (p.phase === 'writing') writes++;
        },
        cancelled: () => writes >= 2,
      }),
    ).rejects.toBeInstanceOf(ImportCancelledError);
    expect(writes).toBeGreaterThanOrEqual(2);
    expect(await countRecords(db)).toEqual(before);
    expect(await db.changes.count()).toBe(changes);
    expect(await db.imports.count()).toBe(0);
  });

  it('rolls a whole import back: created records go, updated ones are as they were, the view goes; twice is refused', async () => {
    const db = await emptyDb();
    const first = await runImport(db, request(hubspot), { now });
    if (!first.ok) throw new Error(first.error);
    const afterFirst = await countRecords(db);
    const emmaBefore = (await db.contacts.where('email').equals('emma@acme.example').first())!;
    const more = [
      'First Name,Last Name,Email,Company Name,Phone Number',
      'Emma,Smith,emma@acme.example,Acme,+82 10 1234 5678',
      'Ava,Kim,ava@initech.example,Initech,',
    ].join('\r\n');
    const second = await runImport(db, request(more), { now: now + 1000 });
    if (!second.ok) throw new Error(second.error);
    expect(second.record.counts.contacts).toEqual({ created: 1, updated: 1, skipped: 0 });
    expect((await rollbackImport(db, second.record.id, now + 3000)).ok).toBe(true);
    expect(await db.imports.get(second.record.id)).toMatchObject({ status: 'rolled_back', rolledBackAt: now + 3000 });
    expect(await countRecords(db)).toEqual(afterFirst);
    expect((await db.leadViews.toArray()).filter((v) => v.deletedAt === null).map((v) => v.filters.importId)).toEqual([first.record.id]);
    expect(await db.contacts.get(emmaBefore.id)).toMatchObject({ deletedAt: null, phone: null, importId: first.record.id });
    expect(await rollbackImport(db, second.record.id, now + 4000)).toMatchObject({ ok: false, errors: [{ code: 'nothing_to_undo' }] });
  });

  it('refuses to roll back an import whose contact was changed since, naming the contact, and changes nothing', async () => {
    const db = await emptyDb();
    const outcome = await runImport(db, request(hubspot), { now });
    if (!outcome.ok) throw new Error(outcome.error);
    const emma = (await db.contacts.where('email').equals('emma@acme.example').first())!;
    await runWrite(db, () => db.contacts.put({ ...emma, jobTitle: 'CEO', updatedAt: now + 500 }), { now: now + 500 });
    const counts = await countRecords(db);
    expect(await rollbackImport(db, outcome.record.id, now + 1000)).toMatchObject({
      ok: false,
      errors: [{ code: 'changed_since', params: { name: 'Emma Smith' } }],
    });
    expect(await countRecords(db)).toEqual(counts);
    expect(await db.imports.get(outcome.record.id)).toMatchObject({ status: 'done' });
  });

  it('upgrades a version-7 workspace to the imports table with every record kept, and imports into it', async () => {
    const data = generateDemoWorkspace({ seed: 5, now, locale: 'en', contacts: 60 });
    // Version 7 had no design tables (version 9) nor quotes or content tables (version 10).
    const { designVersions: _d, roleTargets: _r, quotes: _q, contentAssets: _c, ...v7 } = data;
    const db = await upgradeFromVersion(7, (old) =>
      runWrite(old, async () => {
        for (const [table, rows] of Object.entries(v7)) await old.table(table).bulkAdd(rows);
      }),
    );
    expect(await db.imports.count()).toBe(0);
    expect(await db.contacts.count()).toBe(data.contacts.length);
    const known = data.contacts.find((c) => c.email)!;
    const outcome = await runImport(db, request(`Email,First Name\r\n${known.email},${known.firstName}\r\nnew@x.example,New`, { mode: 'skip' }), { now });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.record.counts.contacts).toEqual({ created: 1, updated: 0, skipped: 1 });
    expect(await db.contacts.count()).toBe(data.contacts.length + 1);
  });
});
