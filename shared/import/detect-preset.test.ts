import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadCsvColumns } from '../leads/leads-csv';
import { detectPreset } from './detect-preset';
import { conflictingTargets, importMappingSchema, remapColumn } from './import-mapping';

const targetOf = (mapping: ReturnType<typeof detectPreset>['mapping'], header: string) => {
  const m = mapping[header];
  return m?.kind === 'field' ? m.target : m?.kind;
};

describe('detectPreset', () => {
  it('knows a HubSpot contacts export', () => {
    const headers = [
      'Record ID',
      'First Name',
      'Last Name',
      'Email',
      'Company Name',
      'Job Title',
      'Lifecycle Stage',
      'Lead Status',
      'Contact owner',
      'Create Date',
    ];
    const { preset, mapping, confidence } = detectPreset(headers);
    expect(preset).toBe('hubspot');
    expect(confidence).toBe(1);
    expect(headers.map((h) => targetOf(mapping, h))).toEqual([
      'custom',
      'contact.firstName',
      'contact.lastName',
      'contact.email',
      'company.name',
      'contact.jobTitle',
      'contact.lifecycleStage',
      'contact.leadStatus',
      'contact.owner',
      'contact.createdAt',
    ]);
  });

  it('knows Salesforce leads by API name and by label', () => {
    const api = detectPreset(['FirstName', 'LastName', 'Company', 'Title', 'LeadSource', 'Status', 'NumberOfEmployees', 'AnnualRevenue', 'Rating', 'Email']);
    expect(api.preset).toBe('salesforce');
    expect(targetOf(api.mapping, 'Status')).toBe('contact.leadStatus');
    expect(targetOf(api.mapping, 'NumberOfEmployees')).toBe('company.employeeCount');
    expect(api.mapping['Rating']).toEqual({ kind: 'custom', entity: 'contact', key: 'rating' });
    const labels = detectPreset([
      'First Name',
      'Last Name',
      'Company',
      'Title',
      'Lead Source',
      'Lead Status',
      'No. of Employees',
      'Annual Revenue',
      'Rating',
      'Lead Owner',
    ]);
    expect(labels.preset).toBe('salesforce');
    expect(targetOf(labels.mapping, 'No. of Employees')).toBe('company.employeeCount');
    expect(targetOf(labels.mapping, 'Lead Owner')).toBe('contact.owner');
  });

  it('knows a Pipedrive deals export, one row being a person, an organisation and a deal', () => {
    const headers = [
      'Deal - Title',
      'Deal - Value',
      'Deal - Stage',
      'Deal - Expected close date',
      'Deal - Lost reason',
      'Person - Name',
      'Person - Email',
      'Organization - Name',
    ];
    const { preset, mapping } = detectPreset(headers);
    expect(preset).toBe('pipedrive');
    expect(headers.map((h) => targetOf(mapping, h))).toEqual([
      'deal.title',
      'deal.amount',
      'deal.stage',
      'deal.expectedCloseDate',
      'deal.lostReason',
      'contact.fullName',
      'contact.email',
      'company.name',
    ]);
  });

  it('knows Korean headers; 이름 is the given name beside 성 and the whole name alone', () => {
    const both = detectPreset(['이름', '성', '회사명', '직함', '이메일', '전화번호', '단계', '담당자']);
    expect(both.preset).toBe('korean');
    expect(['이름', '성', '회사명', '직함', '이메일', '전화번호', '단계', '담당자'].map((h) => targetOf(both.mapping, h))).toEqual([
      'contact.firstName',
      'contact.lastName',
      'company.name',
      'contact.jobTitle',
      'contact.email',
      'contact.phone',
      'contact.lifecycleStage',
      'contact.owner',
    ]);
    expect(targetOf(detectPreset(['이름', '이메일', '회사명']).mapping, '이름')).toBe('contact.fullName');
  });

  it("knows Baton's own leads export and leaves its scores to be recomputed", () => {
    const { preset, mapping } = detectPreset([...leadCsvColumns]);
    expect(preset).toBe('baton');
    expect(targetOf(mapping, 'name')).toBe('contact.fullName');
    expect(targetOf(mapping, 'stage')).toBe('contact.lifecycleStage');
    expect(mapping['engagement']).toEqual({ kind: 'ignore' });
  });

  it('knows the Maven CRM sample, whose owner and stage columns are the deal’s', () => {
    const { preset, mapping } = detectPreset(['opportunity_id', 'sales_agent', 'product', 'account', 'deal_stage', 'engage_date', 'close_date', 'close_value']);
    expect(preset).toBe('maven');
    expect(targetOf(mapping, 'sales_agent')).toBe('deal.owner');
    expect(targetOf(mapping, 'close_value')).toBe('deal.amount');
    expect(detectPreset(['account', 'sector', 'year_established', 'revenue', 'employees', 'office_location', 'subsidiary_of']).preset).toBe('maven');
  });

  it('calls a file of common headers generic, and sends owner and stage to the deal when there is no contact', () => {
    const { preset, mapping, unknownHeaders } = detectPreset(['Deal name', 'Amount', 'Stage', 'Owner', 'Weird column']);
    expect(preset).toBe('generic');
    expect(targetOf(mapping, 'Stage')).toBe('deal.stage');
    expect(targetOf(mapping, 'Owner')).toBe('deal.owner');
    expect(unknownHeaders).toEqual(['Weird column']);
    expect(mapping['Weird column']).toEqual({ kind: 'custom', entity: 'deal', key: 'weird_column' });
  });

  it('maps every header of any header row to a valid entry the UI can change', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.oneof(fc.string(), fc.constantFrom('Email', 'First Name', '이름', 'Deal - Title', 'account', 'Stage', 'constructor', '__proto__', 'toString')),
          { maxLength: 12 },
        ),
        (headers) => {
          const { mapping, confidence } = detectPreset(headers);
          expect(Object.keys(mapping).sort()).toEqual([...new Set(headers)].sort());
          expect(importMappingSchema.safeParse(mapping).success).toBe(true);
          expect(confidence).toBeGreaterThanOrEqual(0);
          expect(confidence).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('remaps, ignores and lists two columns filling one field', () => {
    const { mapping } = detectPreset(['Email', 'Work email']);
    const both = remapColumn(mapping, 'Work email', { kind: 'field', target: 'contact.email' });
    expect(conflictingTargets(both)).toEqual([{ target: 'contact.email', columns: ['Email', 'Work email'] }]);
    expect(conflictingTargets(remapColumn(both, 'Email', { kind: 'ignore' }))).toEqual([]);
  });
});
