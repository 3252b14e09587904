import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDefaultPipelines } from '../defaults/default-pipelines';
import { detectPreset } from './detect-preset';
import { contactCandidateSchema, dealCandidateSchema } from './import-candidates';
import { importTargets, remapColumn, type ColumnMapping, type ImportMapping } from './import-mapping';
import { mapRows, type MapOptions } from './map-rows';
import { parseCsv } from './parse-csv';

const pipeline = createDefaultPipelines(0)[0]!;
const options: MapOptions = {
  timeZone: 'Asia/Seoul',
  defaultCurrency: 'KRW',
  pipeline,
  members: [
    { id: 'm1', name: 'Jisoo Park', email: 'jisoo@baton.example' },
    { id: 'm2', name: '이서연', email: null },
  ],
};

function importText(text: string, mapping?: ImportMapping, extra: Partial<MapOptions> = {}) {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return mapRows(parsed.headers, parsed.rows, mapping ?? detectPreset(parsed.headers).mapping, { ...options, ...extra });
}

describe('mapRows', () => {
  it('reads a HubSpot contacts export: stages, lead statuses, owners, dates and one company per name', () => {
    const result = importText(
      [
        'First Name,Last Name,Email,Company Name,Job Title,Lifecycle Stage,Lead Status,Contact owner,Create Date',
        'Emma,Smith,Emma@Acme.example,Acme,CTO,marketingqualifiedlead,OPEN,Jisoo Park,2018-02-26 19:58:54',
        'Liam,Jones,liam@acme.example,ACME,,lead,UNQUALIFIED,jisoo@baton.example,',
        'Noah,Brown,noah@globex.example,Globex,,salesqualifiedlead,,Nobody Known,',
      ].join('\r\n'),
    );
    expect(result.issues).toEqual([]);
    expect(result.contacts.map((c) => [c.row, c.email, c.lifecycleStage, c.ownerId, c.companyName])).toEqual([
      [2, 'Emma@Acme.example', 'mql', 'm1', 'Acme'],
      [3, 'liam@acme.example', 'disqualified', 'm1', 'ACME'],
      [4, 'noah@globex.example', 'sql', null, 'Globex'],
    ]);
    expect(result.contacts[0]!.createdAt).toBe(Date.UTC(2018, 1, 26, 10, 58, 54));
    expect(result.contacts[1]!.customFields).toEqual({ lead_status: 'UNQUALIFIED' });
    expect(result.companies.map((c) => [c.name, c.rows])).toEqual([
      ['Acme', [2, 3]],
      ['Globex', [4]],
    ]);
    expect(result.owners).toEqual([
      { name: 'Jisoo Park', memberId: 'm1', rows: 1 },
      { name: 'jisoo@baton.example', memberId: 'm1', rows: 1 },
      { name: 'Nobody Known', memberId: null, rows: 1 },
    ]);
    expect(result.stageValues.lifecycle?.entries.map((e) => [e.value, e.stageId])).toEqual([
      ['marketingqualifiedlead', 'mql'],
      ['lead', 'lead'],
      ['salesqualifiedlead', 'sql'],
    ]);
  });

  it('keeps every record of a row out when any cell of it is wrong (nothing half-written)', () => {
    const result = importText(
      [
        'Person - Name,Person - Email,Organization - Name,Deal - Title,Deal - Value',
        '김민준,kim@a.example,Hanbit,Renewal,"₩1,200,000"',
        'Lee Ann,lee@b.example,Orbit,Pilot,twelve',
      ].join('\n'),
    );
    expect(result.rejectedRows).toEqual([3]);
    expect(result.issues).toEqual([{ row: 3, column: 'Deal - Value', value: 'twelve', field: 'deal.amount', code: 'invalid_format', severity: 'error' }]);
    expect(result.contacts.map((c) => c.row)).toEqual([2]);
    expect(result.companies.map((c) => c.name)).toEqual(['Hanbit']);
    expect(result.deals).toEqual([
      expect.objectContaining({ row: 2, title: 'Renewal', amount: 1200000, currency: 'KRW', stageId: 'to_contact', contactRow: 2, companyName: 'Hanbit' }),
    ]);
    expect(result.contacts[0]).toMatchObject({ firstName: '민준', lastName: '김' });
  });

  it('puts Pipedrive deals won or lost by their status, and reports what a closed deal lacks', () => {
    const result = importText(
      [
        'Deal - Title,Deal - Value,Deal - Currency,Deal - Stage,Deal - Status,Deal - Expected close date,Deal - Lost reason,Deal - Owner',
        'A,100,usd,Proposal Made,won,2024-05-02,,이서연',
        'B,,EUR,Contact Made,won,2024-05-03,,',
        'C,50,EUR,Contact Made,lost,2024-05-04,Lost to competitor,',
        'D,50,EUR,Contact Made,lost,,Their CFO left,',
        'E,50,EUR,Negotiating hard,open,,,',
      ].join('\n'),
    );
    expect(result.deals.map((d) => [d.row, d.stageId, d.status, d.currency, d.lostReason, d.ownerId])).toEqual([
      [2, 'won', 'won', 'USD', null, 'm2'],
      [4, 'lost', 'lost', 'EUR', 'opportunity_lost', null],
      [5, 'lost', 'lost', 'EUR', null, null],
    ]);
    expect(result.deals[0]!.closedAt).toBe(result.deals[0]!.expectedCloseDate);
    expect(result.deals[2]!.customFields).toEqual({ lost_reason: 'Their CFO left' });
    expect(result.issues.map((i) => [i.row, i.column, i.code, i.severity])).toEqual([
      [3, 'Deal - Value', 'required', 'error'],
      [5, 'Deal - Expected close date', 'missing_value', 'warning'],
      [5, 'Deal - Lost reason', 'unknown_value', 'warning'],
      [6, 'Deal - Stage', 'unknown_stage', 'error'],
    ]);
    expect(result.stageValues.deal?.unknown).toEqual([{ value: 'Negotiating hard', rows: 1 }]);
  });

  it('takes the user’s answer for an unknown stage', () => {
    const text = 'Deal - Title,Deal - Stage\nE,Negotiating hard';
    expect(importText(text, undefined, { stageChoices: { deal: { 'Negotiating hard': 'follow_up' } } }).deals[0]?.stageId).toBe('follow_up');
    // Proposal sent asks for an amount and a close date, as the board would at a drop.
    const refused = importText(text, undefined, { stageChoices: { deal: { 'Negotiating hard': 'proposal_sent' } } });
    expect(refused.issues.map((i) => [i.column, i.field, i.code])).toEqual([
      ['Deal - Stage', 'deal.amount', 'required'],
      ['Deal - Stage', 'deal.expectedCloseDate', 'required'],
    ]);
  });

  it('reports a typo with the value it is close to and imports the cell as written', () => {
    const result = importText('account,sector\nAcme Corporation,technolgy\nBetatech,medical');
    expect(result.issues).toEqual([
      { row: 2, column: 'sector', value: 'technolgy', field: 'company.industry', code: 'possible_typo', severity: 'warning', suggestion: 'technology' },
    ]);
    expect(result.companies[0]!.industry).toBe('technolgy');
    const products = importText('opportunity_id,product\nX1,GTXPro', undefined, { vocabularies: { 'deal.title': ['GTX Pro', 'GTX Basic'] } });
    expect(products.issues).toMatchObject([{ column: 'product', code: 'possible_typo', suggestion: 'GTX Pro' }]);
  });

  it('reads a date column day-first or month-first from all its values and says which', () => {
    const result = importText('Email,Created\na@x.example,03/04/2018\nb@x.example,26/02/2018');
    expect(result.dateColumns).toEqual([{ column: 'Created', decision: { order: 'dmy', basis: 'values' }, formats: { dmy: 2 } }]);
    expect(result.contacts[0]!.createdAt).toBe(Date.UTC(2018, 3, 3, 12));
    const american = importText('Email,Created\na@x.example,03/04/2018\nb@x.example,13/02/2018', undefined, { dayOrders: { Created: 'mdy' } });
    expect(american.contacts[0]!.createdAt).toBe(Date.UTC(2018, 2, 4, 12));
    expect(american.issues).toEqual([{ row: 3, column: 'Created', value: '13/02/2018', field: 'contact.createdAt', code: 'out_of_range', severity: 'error' }]);
  });

  it('reports schema refusals on the column they came from', () => {
    const result = importText('Email,Phone,First Name\nnot-an-email,12,Ann\n,,\nx@y.example,+82 10-1234-5678,');
    expect(result.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [2, 'Email', 'invalid_email'],
      [2, 'Phone', 'invalid_phone'],
    ]);
    expect(result.contacts.map((c) => c.row)).toEqual([4]);
    expect(result.rowsRead).toBe(2);
  });

  it('links behaviour events to the row’s contact and refuses events without one', () => {
    const mapping: ImportMapping = {
      email: { kind: 'field', target: 'contact.email' },
      event: { kind: 'field', target: 'activity.type' },
      at: { kind: 'field', target: 'activity.at' },
      url: { kind: 'field', target: 'activity.url' },
    };
    const result = importText(
      'email,event,at,url\na@x.example,Page view,2024-01-02 10:00,https://x.example/pricing\n,download,2024-01-03,\nb@x.example,sneezed,2024-01-03,',
      mapping,
    );
    expect(result.activities).toEqual([
      { row: 2, type: 'page_visited', at: Date.UTC(2024, 0, 2, 1), url: 'https://x.example/pricing', seconds: null, meta: {}, contactRow: 2 },
    ]);
    expect(result.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [3, 'email', 'missing_link'],
      [4, 'event', 'unknown_value'],
    ]);
  });

  it('reads tasks with their kind and due date', () => {
    const mapping: ImportMapping = {
      Task: { kind: 'field', target: 'task.title' },
      Type: { kind: 'field', target: 'task.kind' },
      Due: { kind: 'field', target: 'task.dueAt' },
    };
    const result = importText('Task,Type,Due\nCall back,call,2024-02-01\nSend deck,,\nOops,dance,', mapping);
    expect(result.tasks.map((t) => [t.title, t.kind, t.dueAt])).toEqual([
      ['Call back', 'call', Date.UTC(2024, 1, 1, 12)],
      ['Send deck', 'todo', null],
    ]);
    expect(result.rejectedRows).toEqual([4]);
  });

  it('gives a deal its own source, else its contact’s lead source, as a deal made in Baton', () => {
    const result = importText('Email,Lead Source,Deal name,Deal source\na@x.example,webinar,A,\nb@x.example,webinar,B,referral');
    expect(result.deals.map((d) => d.source)).toEqual(['webinar', 'referral']);
  });

  it('leaves out a nameless company beside a contact, and refuses it when it is all the row holds', () => {
    const result = importText('Email,Company,Industry\na@x.example,,software\n,,retail');
    expect(result.contacts.map((c) => c.row)).toEqual([2]);
    expect(result.companies).toEqual([]);
    expect(result.issues.map((i) => [i.row, i.column, i.field, i.code, i.severity])).toEqual([
      [2, 'Company', 'company.name', 'missing_value', 'warning'],
      [3, 'Company', 'company.name', 'required', 'error'],
    ]);
  });

  it('keeps one record per company name and reports a later row that disagrees with it', () => {
    const text = 'Email,Company,Industry,Owner\na@x.example,Acme,software,\nb@x.example, acme ,retail,Jisoo Park';
    const mapping = remapColumn(detectPreset(['Email', 'Company', 'Industry', 'Owner']).mapping, 'Owner', { kind: 'field', target: 'company.owner' });
    const result = importText(text, mapping);
    expect(result.companies).toEqual([expect.objectContaining({ name: 'Acme', industry: 'software', ownerId: 'm1', ownerName: 'Jisoo Park', rows: [2, 3] })]);
    expect(result.issues).toEqual([{ row: 3, column: 'Industry', value: 'retail', code: 'conflicting_value', severity: 'warning' }]);
  });

  it('names the required fields no column fills, and files their row errors under the entity’s first column', () => {
    const result = importText('sales_agent,manager,regional_office\nAnna Snelling,Dustin Brinkmann,Central');
    expect(result.unmappedRequired).toEqual(['deal.title']);
    expect(result.issues).toEqual([{ row: 2, column: 'sales_agent', value: 'Anna Snelling', field: 'deal.title', code: 'required', severity: 'error' }]);
    expect(
      importText('Email,Event\na@x.example,call', { Email: { kind: 'field', target: 'contact.email' }, Event: { kind: 'field', target: 'activity.type' } })
        .unmappedRequired,
    ).toEqual(['activity.at']);
    expect(importText('Email\na@x.example').unmappedRequired).toEqual([]);
  });

  it('warns about cells past the last header', () => {
    expect(importText('Email\na@x.example,stray').issues).toEqual([{ row: 2, column: '#2', value: 'stray', code: 'extra_cells', severity: 'warning' }]);
  });

  it('never throws for random rows and mappings, and keeps every record of a rejected row out', () => {
    const columnMapping: fc.Arbitrary<ColumnMapping> = fc.oneof(
      fc.constantFrom(...importTargets).map((target) => ({ kind: 'field' as const, target })),
      fc.record({
        kind: fc.constant('custom' as const),
        entity: fc.constantFrom('contact' as const, 'company' as const, 'deal' as const),
        key: fc.constantFrom('x', '__proto__', 'constructor'),
      }),
      fc.constant({ kind: 'ignore' as const }),
    );
    const cell = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom(
        '',
        'a@b.example',
        'Won',
        'lost',
        'mql',
        '2018-02-26',
        '26/02/2018',
        '02/30/2018',
        '$1,200',
        '-5',
        '40%',
        'call',
        'page view',
        '김민준',
        'constructor',
        '__proto__',
      ),
    );
    const input = fc
      .integer({ min: 1, max: 6 })
      .chain((width) =>
        fc.tuple(
          fc.uniqueArray(fc.string({ minLength: 1, maxLength: 5 }), { minLength: width, maxLength: width }),
          fc.array(columnMapping, { minLength: width, maxLength: width }),
          fc.array(fc.array(cell, { minLength: 0, maxLength: width + 1 }), { maxLength: 8 }),
        ),
      );
    fc.assert(
      fc.property(input, ([headers, mappings, cells]) => {
        const mapping: ImportMapping = Object.fromEntries(headers.map((h, i) => [h, mappings[i]!]));
        const rows = cells.map((c, i) => ({ row: i + 2, cells: c }));
        const result = mapRows(headers, rows, mapping, options);
        const rejected = new Set(result.rejectedRows);
        for (const row of rejected) expect(result.issues.some((i) => i.row === row && i.severity === 'error')).toBe(true);
        const produced = [...result.contacts, ...result.deals, ...result.activities, ...result.tasks]
          .map((c) => c.row)
          .concat(result.companies.flatMap((c) => c.rows));
        for (const row of produced) expect(rejected.has(row)).toBe(false);
        for (const issue of result.issues) expect(rows.some((r) => r.row === issue.row)).toBe(true);
        for (const c of result.contacts) expect(contactCandidateSchema.safeParse(c).success).toBe(true);
        for (const d of result.deals) expect(dealCandidateSchema.safeParse(d).success).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
