import { describe, expect, it } from 'vitest';
import { queryLeads, searchText, type LeadQuery, type LeadRow } from './lead-query';

const row = (id: string, overrides: Partial<LeadRow> = {}): LeadRow => ({
  id,
  name: id,
  email: null,
  companyName: null,
  jobTitle: null,
  personaId: null,
  lifecycleStage: 'lead',
  engagementScore: 0,
  fitScore: 0,
  bantScore: 0,
  ownerId: null,
  source: null,
  tags: [],
  inIcp: null,
  slaState: null,
  lastActivityAt: null,
  updatedAt: 0,
  customFields: {},
  ...overrides,
});

const rows = [
  row('a', { name: '김민준', companyName: '한빛소프트', lifecycleStage: 'mql', engagementScore: 90, ownerId: 'sdr1', tags: ['vip'], slaState: 'breached' }),
  row('b', { name: 'Emma Smith', email: 'emma@northwind.com', companyName: 'Northwind Energy', engagementScore: 40, ownerId: null, source: 'webinar' }),
  row('c', {
    name: 'Ávila Chen',
    companyName: 'Bluepeak Labs',
    lifecycleStage: 'mql',
    engagementScore: 75,
    ownerId: 'sdr2',
    inIcp: true,
    customFields: { plan: 'Pro' },
  }),
  row('d', { name: 'Zoe Adams', companyName: null, engagementScore: 75, fitScore: 60 }),
];
const texts = rows.map(searchText);
const en = new Intl.Collator('en');
const query = (q: Partial<LeadQuery>): LeadQuery => ({ search: '', filters: {}, sort: { column: 'name', direction: 'asc' }, ...q });
const ids = (result: LeadRow[]) => result.map((r) => r.id);

describe('queryLeads', () => {
  it('finds a contact by part of the company name, Korean compounds included', () => {
    expect(ids(queryLeads(rows, texts, query({ search: '소프트' }), en))).toEqual(['a']);
    expect(ids(queryLeads(rows, texts, query({ search: 'WIND ener' }), en))).toEqual(['b']);
    expect(ids(queryLeads(rows, texts, query({ search: 'emma@' }), en))).toEqual(['b']);
  });
  it('filters by stage, owner (unassigned too), tags, ICP, SLA, score ranges and custom fields', () => {
    expect(ids(queryLeads(rows, texts, query({ filters: { stages: ['mql'] } }), en))).toEqual(['c', 'a']);
    expect(ids(queryLeads(rows, texts, query({ filters: { ownerIds: [null] } }), en))).toEqual(['b', 'd']);
    expect(ids(queryLeads(rows, texts, query({ filters: { tags: ['vip'], slaBreached: true } }), en))).toEqual(['a']);
    expect(ids(queryLeads(rows, texts, query({ filters: { inIcp: true } }), en))).toEqual(['c']);
    expect(ids(queryLeads(rows, texts, query({ filters: { engagement: { min: 75, max: null }, fit: { min: null, max: 10 } } }), en))).toEqual(['c', 'a']);
    expect(ids(queryLeads(rows, texts, query({ filters: { customField: { field: 'plan', value: 'pro' } } }), en))).toEqual(['c']);
  });
  it('sorts numbers numerically, ties by id, empty values last in both directions', () => {
    expect(ids(queryLeads(rows, texts, query({ sort: { column: 'engagementScore', direction: 'desc' } }), en))).toEqual(['a', 'c', 'd', 'b']);
    expect(ids(queryLeads(rows, texts, query({ sort: { column: 'companyName', direction: 'desc' } }), en))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(queryLeads(rows, texts, query({ sort: { column: 'companyName', direction: 'asc' } }), en))).toEqual(['c', 'b', 'a', 'd']);
  });
  it('sorts names with the locale’s collation (accents, Hangul)', () => {
    expect(ids(queryLeads(rows, texts, query({ sort: { column: 'name', direction: 'asc' } }), en))).toEqual(['c', 'b', 'd', 'a']);
  });
  it('sorts SLA by urgency (breached first when descending) and personas by name', () => {
    const withSla = [row('x', { slaState: 'on_track' }), row('y', { slaState: 'breached' }), row('z', { slaState: null }), row('w', { slaState: 'due_soon' })];
    expect(ids(queryLeads(withSla, withSla.map(searchText), query({ sort: { column: 'slaState', direction: 'desc' } }), en))).toEqual(['y', 'w', 'x', 'z']);
    const personas = new Map([
      ['p1', 'Zeta'],
      ['p2', 'Alpha'],
    ]);
    const withPersona = [row('m', { personaId: 'p1' }), row('n', { personaId: 'p2' })];
    expect(
      ids(
        queryLeads(withPersona, withPersona.map(searchText), query({ sort: { column: 'personaId', direction: 'asc' } }), en, {
          persona: (id) => personas.get(id ?? '') ?? '',
        }),
      ),
    ).toEqual(['n', 'm']);
  });

  it('sorts owners by their display name when given one', () => {
    const names = new Map([
      ['sdr1', 'Zed'],
      ['sdr2', 'Amy'],
    ]);
    const result = queryLeads(rows, texts, query({ sort: { column: 'ownerId', direction: 'asc' } }), en, { owner: (id) => names.get(id ?? '') ?? '' });
    expect(ids(result)).toEqual(['c', 'a', 'b', 'd']);
  });
});
