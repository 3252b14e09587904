import { describe, expect, it } from 'vitest';
import { changedRecordIds, newId } from '@shared/model';
import { seededDemoDb } from './testing/demo-db';
import { UnloggedWriteError } from './change-log';
import { openWorkspaceDb } from './workspace-db';
import { runWrite } from './write-path';

const now = Date.UTC(2026, 10, 23, 3);

describe('the write path and the change log', () => {
  it('logs every changed record in the same transaction: table, id, time, origin, batch and the record before', async () => {
    const { db, data } = await seededDemoDb({ seed: 7, now, locale: 'en', contacts: 20 });
    const [a, b] = data.contacts;
    await runWrite(
      db,
      async () => {
        await db.contacts.put({ ...a!, jobTitle: 'CTO', updatedAt: now + 1 });
        await db.contacts.update(b!.id, { phone: '010-0000-0000', updatedAt: now + 1 });
      },
      { now: now + 1 },
    );
    const changes = await db.changes
      .where('at')
      .equals(now + 1)
      .toArray();
    expect(changes.map((c) => [c.table, c.recordId, c.origin])).toEqual([
      ['contacts', a!.id, 'local'],
      ['contacts', b!.id, 'local'],
    ]);
    expect(new Set(changes.map((c) => c.batchId)).size).toBe(1);
    expect(changes[0]!.before).toEqual(a);
    expect((changes[1]!.before as { phone: string | null }).phone).toBe(b!.phone);
  });

  it('a failed write leaves neither the data nor the log changed', async () => {
    const { db, data } = await seededDemoDb({ seed: 7, now, locale: 'en', contacts: 20 });
    const before = await db.changes.count();
    const contact = data.contacts[0]!;
    await expect(
      runWrite(db, async () => {
        await db.contacts.put({ ...contact, jobTitle: 'Changed' });
        throw new Error('validation failed halfway');
      }),
    ).rejects.toThrow('validation failed halfway');
    expect((await db.contacts.get(contact.id))!.jobTitle).toBe(contact.jobTitle);
    expect(await db.changes.count()).toBe(before);
  });

  it('refuses a write that bypasses the write path, and writes nothing', async () => {
    const { db, data } = await seededDemoDb({ seed: 7, now, locale: 'en', contacts: 20 });
    const contact = data.contacts[0]!;
    await expect(db.contacts.put({ ...contact, jobTitle: 'Sneaky' })).rejects.toBeInstanceOf(UnloggedWriteError);
    expect((await db.contacts.get(contact.id))!.jobTitle).toBe(contact.jobTitle);
  });

  it('a whole workspace write is one batch (origin import); a nested write joins the outer batch', async () => {
    const { db, data } = await seededDemoDb({ seed: 7, now, locale: 'en', contacts: 20 });
    const records = Object.values(data).reduce((sum, rows) => sum + rows.length, 0);
    const loaded = await db.changes.toArray();
    // Every record is named in the log, and each bulk add is one entry for all the records it created.
    expect(new Set(loaded.flatMap((c) => changedRecordIds(c)))).toEqual(new Set(Object.values(data).flatMap((rows) => rows.map((r) => r.id))));
    expect(loaded.flatMap((c) => changedRecordIds(c))).toHaveLength(records);
    expect(loaded.length).toBeLessThan(records / 10);
    expect(loaded.every((c) => c.before === null && (c.recordIds ?? [c.recordId])[0] === c.recordId)).toBe(true);
    expect(new Set(loaded.map((c) => c.origin))).toEqual(new Set(['import']));
    expect(new Set(loaded.map((c) => c.batchId)).size).toBe(1);
    let inner = '';
    let outer = '';
    await runWrite(db, async (context) => {
      outer = context.batchId;
      await runWrite(db, async (nested) => {
        inner = nested.batchId;
      });
    });
    expect(inner).toBe(outer);
  });

  it('a fresh database opens with an empty log', async () => {
    const db = openWorkspaceDb(`fresh-${newId()}`);
    await db.open();
    expect(await db.changes.count()).toBe(0);
    db.close();
  });
});
