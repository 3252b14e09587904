import { describe, expect, it } from 'vitest';
import { seededDemoDb } from '../testing/demo-db';
import { replayTransitions } from '@shared/index';
import { findDuplicates, mergeContacts, quickAddContact } from './contact-create-repository';

const now = Date.UTC(2026, 10, 23);

const demoDb = () => seededDemoDb({ seed: 41, now, locale: 'ko', contacts: 150 });

describe('quick add', () => {
  it('creates a prospect with its company, persona and creation line from a name and an e-mail', async () => {
    const { db } = await demoDb();
    const result = await quickAddContact(
      db,
      { firstName: '민준', lastName: '김', email: 'minjun@newco.kr', companyName: '뉴코', jobTitle: '마케팅 팀장' },
      null,
      now,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ lifecycleStage: 'prospect', email: 'minjun@newco.kr' });
    expect(result.value.personaId).not.toBeNull();
    expect((await db.companies.get(result.value.companyId!))!.name).toBe('뉴코');
    expect(await db.transitions.where('contactId').equals(result.value.id).toArray()).toEqual([
      expect.objectContaining({ from: null, to: 'prospect', kind: 'created' }),
    ]);
  });

  it('refuses a bad e-mail or a missing name, naming the field, and writes nothing', async () => {
    const { db } = await demoDb();
    const before = await db.contacts.count();
    expect(await quickAddContact(db, { firstName: 'A', lastName: 'B', email: 'nope', companyName: '', jobTitle: '' }, null, now)).toMatchObject({
      ok: false,
      errors: [{ field: 'email' }],
    });
    expect(await quickAddContact(db, { firstName: ' ', lastName: '', email: '', companyName: 'X', jobTitle: '' }, null, now)).toMatchObject({
      ok: false,
      errors: [{ field: 'firstName' }],
    });
    expect(await db.contacts.count()).toBe(before);
    expect(await db.companies.where('name').equals('X').count()).toBe(0);
  });

  it('warns about the same e-mail (any case) or the same name at the same company', async () => {
    const { db, data } = await demoDb();
    const existing = data.contacts[5]!;
    const company = data.companies.find((c) => c.id === existing.companyId)!;
    expect(
      (await findDuplicates(db, { email: existing.email!.toUpperCase(), firstName: '', lastName: '', companyName: '' })).map((d) => [d.contact.id, d.reason]),
    ).toEqual([[existing.id, 'email']]);
    const byName = await findDuplicates(db, { email: '', firstName: existing.firstName, lastName: existing.lastName, companyName: company.name });
    expect(byName.map((d) => d.contact.id)).toContain(existing.id);
    expect(byName.find((d) => d.contact.id === existing.id)!.reason).toBe('name_company');
  });
});

describe('merge', () => {
  it('keeps every activity and the whole transition log, fills empty fields and soft-deletes the duplicate', async () => {
    const { db, data } = await demoDb();
    const keep = data.contacts.find((c) => c.lifecycleStage === 'prospect' && c.phone === null)!;
    const duplicate = data.contacts.find((c) => c.lifecycleStage === 'mql' && c.phone !== null)!;
    const activities = data.activities.filter((a) => [keep.id, duplicate.id].includes(a.contactId)).length;
    const transitions = data.transitions.filter((t) => [keep.id, duplicate.id].includes(t.contactId)).length;
    const result = await mergeContacts(db, keep.id, duplicate.id, now + 1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Every activity of both, plus the merge note that lists what was kept from the other record.
    const merged = await db.activities.where('[contactId+at]').between([keep.id, -Infinity], [keep.id, Infinity]).toArray();
    expect(merged).toHaveLength(activities + 1);
    const note = merged.find((a) => a.meta['kind'] === 'merge')!;
    expect(JSON.parse(note.meta['kept']!)).toEqual(result.value.kept);
    const log = await db.transitions.where('contactId').equals(keep.id).toArray();
    expect(log).toHaveLength(transitions);
    // The MQL record is further along than the prospect: the merge keeps MQL, never demotes.
    expect(result.value.contact).toMatchObject({ lifecycleStage: 'mql', ownerId: duplicate.ownerId });
    expect(result.value.contact.phone).toBe(duplicate.phone);
    // Both had a different e-mail: the other one is kept in the note, not lost.
    expect(result.value.kept).toContainEqual({ field: 'email', value: duplicate.email });
    // The joined log and the stored stage agree.
    expect(replayTransitions(log).get(keep.id)).toBe(result.value.contact.lifecycleStage);
    expect((await db.contacts.get(duplicate.id))!.deletedAt).toBe(now + 1);
    expect(await db.tasks.where('contactId').equals(duplicate.id).count()).toBe(0);
  });

  it('merging a customer into a contact just quick-added keeps Customer and its owner, and logs the move so the log replays to it', async () => {
    const { db, data } = await demoDb();
    const customer = data.contacts.find((c) => c.lifecycleStage === 'customer')!;
    const added = await quickAddContact(db, { firstName: 'New', lastName: 'Person', email: customer.email!, companyName: '', jobTitle: '' }, null, now + 1);
    if (!added.ok) throw new Error('quick add failed');
    const result = await mergeContacts(db, added.value.id, customer.id, now + 2);
    if (!result.ok) throw new Error('merge failed');
    expect(result.value.contact).toMatchObject({ lifecycleStage: 'customer', ownerId: customer.ownerId });
    const log = await db.transitions.where('contactId').equals(added.value.id).toArray();
    expect(log.find((t) => t.reason === 'merge')).toMatchObject({ from: 'prospect', to: 'customer', at: now + 2 });
    expect(replayTransitions(log).get(added.value.id)).toBe('customer');
    // No automation ran on the way: a customer is not handed off again.
    expect(
      await db.tasks
        .where('contactId')
        .equals(added.value.id)
        .filter((t) => t.createdAt === now + 2)
        .count(),
    ).toBe(0);
  });

  it('refuses to merge a contact with itself', async () => {
    const { db, data } = await demoDb();
    expect(await mergeContacts(db, data.contacts[0]!.id, data.contacts[0]!.id, now)).toMatchObject({ ok: false });
  });
});
