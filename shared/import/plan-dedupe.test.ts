import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { company, contact, T0 } from '../testing/fixtures';
import type { CompanyCandidate, ContactCandidate } from './import-candidates';
import { planDedupe, type DedupeMode } from './plan-dedupe';

const NOW = T0 + 1000;
const ids = () => {
  let n = 0;
  return () => `new-${++n}`;
};
const opts = () => ({ now: NOW, newId: ids(), firstStageId: 'prospect' });

const candidate = (row: number, overrides: Partial<ContactCandidate> = {}): ContactCandidate => ({
  row,
  firstName: 'Emma',
  lastName: 'Smith',
  email: 'EMMA@ACME.EXAMPLE',
  phone: null,
  jobTitle: null,
  ownerId: null,
  source: null,
  tags: [],
  customFields: {},
  lifecycleStage: null,
  createdAt: null,
  ownerName: null,
  companyName: 'Acme',
  ...overrides,
});
const companyCandidate = (name: string, overrides: Partial<CompanyCandidate> = {}): CompanyCandidate => ({
  rows: [2],
  name,
  domain: null,
  industry: null,
  employeeCount: null,
  annualRevenue: null,
  country: null,
  region: null,
  ownerId: null,
  customFields: {},
  ownerName: null,
  ...overrides,
});

const acme = company({ id: 'co1', name: 'Acme', industry: null });
const emma = contact({ id: 'c1', companyId: 'co1', jobTitle: 'Head of Marketing', phone: null, tags: ['event'] });
const existing = { contacts: [emma], companies: [acme] };

describe('planDedupe', () => {
  it('matches the same e-mail in any case and skips, fills, overwrites or creates as asked', () => {
    const incoming = { contacts: [candidate(2, { phone: '+82 10 1234 5678', jobTitle: 'CMO', tags: ['vip'] })], companies: [] };
    const skip = planDedupe(incoming, existing, 'skip', opts());
    expect(skip.contacts.skips).toEqual([{ rows: [2], match: { reason: 'email', matchedRow: null, existingId: 'c1' } }]);
    expect(skip.contactIdByRow).toEqual({ 2: 'c1' });

    const fill = planDedupe(incoming, existing, 'fill', opts()).contacts.updates[0]!;
    expect(fill.record).toMatchObject({
      id: 'c1',
      phone: '+82 10 1234 5678',
      jobTitle: 'Head of Marketing',
      email: emma.email,
      tags: ['event', 'vip'],
      updatedAt: NOW,
    });
    // The e-mail differs only in case, which the merge rule treats as the same value.
    expect(fill.kept).toEqual([{ field: 'jobTitle', value: 'CMO' }]);
    expect(fill.changed.sort()).toEqual(['phone', 'tags']);

    expect(fill.stageChange).toBeNull();
    const overwrite = planDedupe(incoming, existing, 'overwrite', opts()).contacts.updates[0]!;
    expect(overwrite.record).toMatchObject({ id: 'c1', jobTitle: 'CMO', email: 'EMMA@ACME.EXAMPLE', createdAt: emma.createdAt, tags: ['event', 'vip'] });
    // What the file overwrote goes into the merge note, as a merge keeps the other record's values.
    expect(overwrite.kept).toEqual([{ field: 'jobTitle', value: 'Head of Marketing' }]);

    const create = planDedupe(incoming, existing, 'create', opts()).contacts;
    expect(create.creates).toEqual([expect.objectContaining({ rows: [2], duplicate: { reason: 'email', matchedRow: null, existingId: 'c1' } })]);
    expect(create.creates[0]!.record).toMatchObject({ id: 'new-1', companyId: 'co1', lifecycleStage: 'prospect', consent: { status: 'none' } });
  });

  it('matches the same name at a company of the same name when there is no e-mail', () => {
    const plan = planDedupe({ contacts: [candidate(2, { email: null, firstName: 'EMMA ', companyName: 'acme' })], companies: [] }, existing, 'skip', opts());
    expect(plan.contacts.skips[0]!.match.reason).toBe('name_company');
    const elsewhere = planDedupe({ contacts: [candidate(2, { email: null, companyName: 'Globex' })], companies: [] }, existing, 'skip', opts());
    expect(elsewhere.contacts.creates).toHaveLength(1);
  });

  it('matches rows of the same file to each other', () => {
    const rows = {
      contacts: [
        candidate(2, { email: 'ann@x.example', companyName: null }),
        candidate(3, { email: 'Ann@X.example', phone: '010-1234-5678', companyName: null }),
      ],
      companies: [],
    };
    const fill = planDedupe(rows, { contacts: [], companies: [] }, 'fill', opts());
    expect(fill.contacts.creates).toHaveLength(1);
    expect(fill.contacts.creates[0]).toMatchObject({ rows: [2, 3], record: { email: 'ann@x.example', phone: '010-1234-5678' } });
    expect(fill.contactIdByRow).toEqual({ 2: 'new-1', 3: 'new-1' });
    const titles = [candidate(2, { email: 'ann@x.example', jobTitle: 'CTO' }), candidate(3, { email: 'ann@x.example', jobTitle: 'CEO' })];
    // The second row's title is not lost: it is kept for the merge note, as a merge of two records keeps it.
    expect(planDedupe({ contacts: titles, companies: [] }, { contacts: [], companies: [] }, 'fill', opts()).contacts.creates[0]!.kept).toEqual([
      { field: 'jobTitle', value: 'CEO' },
    ]);
    const skip = planDedupe(rows, { contacts: [], companies: [] }, 'skip', opts());
    expect(skip.contacts.skips).toEqual([{ rows: [3], match: { reason: 'email', matchedRow: 2, existingId: 'new-1' } }]);
    expect(planDedupe(rows, { contacts: [], companies: [] }, 'create', opts()).contacts.creates).toHaveLength(2);
  });

  it('matches companies by name and links new contacts to new companies', () => {
    const incoming = {
      contacts: [candidate(2, { email: 'x@globex.example', companyName: 'Globex' })],
      companies: [companyCandidate('ACME', { industry: 'software' }), companyCandidate('Globex', { rows: [2] })],
    };
    const plan = planDedupe(incoming, existing, 'fill', opts());
    expect(plan.companies.updates).toEqual([
      expect.objectContaining({ rows: [2], record: expect.objectContaining({ id: 'co1', industry: 'software' }), changed: ['industry'] }),
    ]);
    expect(plan.companies.creates.map((c) => c.record.name)).toEqual(['Globex']);
    expect(plan.contacts.creates[0]!.record.companyId).toBe(plan.companyIdByName['globex']);
    expect(planDedupe(incoming, existing, 'skip', opts()).companies.skips.map((s) => s.match.existingId)).toEqual(['co1']);
  });

  it('reports a stage the file moves a contact to, for the write path to log as a transition', () => {
    const moved = planDedupe({ contacts: [candidate(2, { lifecycleStage: 'sql' })], companies: [] }, existing, 'overwrite', opts()).contacts.updates[0]!;
    expect(moved.stageChange).toEqual({ from: 'prospect', to: 'sql' });
    expect(moved.record).toMatchObject({ lifecycleStage: 'sql', stageEnteredAt: NOW });
  });

  it('calls a match that would change nothing a skip', () => {
    const same = candidate(2, { email: emma.email, jobTitle: emma.jobTitle, tags: ['event'] });
    expect(planDedupe({ contacts: [same], companies: [] }, existing, 'fill', opts()).contacts).toMatchObject({ updates: [], skips: [{ rows: [2] }] });
  });

  it('accounts for every row once, whatever the mode and the overlaps', () => {
    const person = fc.record({
      email: fc.option(fc.constantFrom('a@x.example', 'A@X.example', 'b@x.example', 'emma@acme.example'), { nil: null }),
      firstName: fc.constantFrom('Emma', 'emma', 'Ann', ''),
      lastName: fc.constantFrom('Smith', 'Lee'),
      companyName: fc.option(fc.constantFrom('Acme', 'acme', 'Globex'), { nil: null }),
      jobTitle: fc.option(fc.constantFrom('CTO', 'CMO'), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(person, { maxLength: 12 }), fc.constantFrom<DedupeMode>('skip', 'fill', 'overwrite', 'create'), (people, mode) => {
        const contacts = people.map((p, i) => candidate(i + 2, p));
        const companies = [...new Set(people.map((p) => p.companyName?.toLowerCase()).filter((n): n is string => !!n))].map((n, i) =>
          companyCandidate(n, { rows: [i + 2] }),
        );
        const plan = planDedupe({ contacts, companies }, existing, mode, opts());
        const rows = [...plan.contacts.creates, ...plan.contacts.updates, ...plan.contacts.skips].flatMap((p) => p.rows).sort((a, b) => a - b);
        expect(rows).toEqual(contacts.map((c) => c.row));
        expect(
          Object.keys(plan.contactIdByRow)
            .map(Number)
            .sort((a, b) => a - b),
        ).toEqual(contacts.map((c) => c.row));
        const created = plan.contacts.creates.map((c) => c.record.id);
        expect(new Set(created).size).toBe(created.length);
        if (mode === 'create') expect(plan.contacts.creates).toHaveLength(contacts.length);
        if (mode === 'skip') expect(plan.contacts.updates).toEqual([]);
      }),
    );
  });
});
