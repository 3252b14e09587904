import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDefaultLifecycle } from '../defaults/default-lifecycle';
import type { IcpCriterion } from '../model/icp';
import { company, contact, icp, T0 } from '../testing/fixtures';
import { compileIcp } from './icp-compile';
import { icpFit } from './icp-fit';
import { buildIcpPreviewIndex, previewIcp, type PreviewCompany } from './icp-preview';
import { icpDependentStages, unmetIcpCriteria } from './icp-stage-criteria';
import { icpShares, validateIcp } from './validate-icp';

const companies: PreviewCompany[] = [
  company({ id: 'a', name: 'Alpha', industry: 'software', employeeCount: 500 }),
  company({ id: 'b', name: 'Beta', industry: 'software', employeeCount: 10 }),
  company({ id: 'c', name: 'Gamma', industry: 'retail', employeeCount: 300 }),
  company({ id: 'd', name: 'Delta', industry: 'retail', employeeCount: 5 }),
];
// Alpha has 3 contacts, Beta 2, Gamma 1, Delta 0; two contacts have no company and one a deleted company's id.
const index = buildIcpPreviewIndex(companies, ['a', 'a', 'a', 'b', 'b', 'c', null, null, 'gone']);

describe('previewIcp', () => {
  it('counts companies and contacts in the ICP, with contacts without a company at fit 0', () => {
    const preview = previewIcp(index, icp());
    expect(preview).toMatchObject({ companies: 4, contacts: 9, companiesInIcp: 1, contactsInIcp: 3 });
    expect(preview.histogram.map((b) => b.companies)).toEqual([1, 0, 0, 0, 0, 2, 0, 0, 0, 1]);
    // 0–10: Delta's 0 contacts and the 3 without a (live) company; 50–60: Beta 2 + Gamma 1; 90–100: Alpha's 3.
    expect(preview.histogram.map((b) => b.contacts)).toEqual([3, 0, 0, 0, 0, 3, 0, 0, 0, 3]);
    expect(preview.perCriterion).toEqual([
      { companies: 2, contacts: 5 },
      { companies: 2, contacts: 4 },
    ]);
  });

  it('samples the matching companies and the near misses with the criteria each misses', () => {
    const preview = previewIcp(index, icp());
    expect(preview.matching.map((s) => s.name)).toEqual(['Alpha']);
    // Beta and Gamma both fit 50: Beta first (more contacts); Delta matches nothing and is no near miss.
    expect(preview.nearMisses.map((s) => [s.name, s.fit, s.missed])).toEqual([
      ['Beta', 50, [1]],
      ['Gamma', 50, [0]],
    ]);
  });

  it('follows a weight change: more weight on size brings Gamma in', () => {
    const criteria: IcpCriterion[] = [
      { kind: 'in_list', field: 'industry', values: ['software'], weight: 30 },
      { kind: 'range', field: 'employeeCount', min: 50, max: 2000, weight: 70 },
    ];
    const preview = previewIcp(index, icp({ criteria }));
    expect(preview.companiesInIcp).toBe(2);
    expect(preview.contactsInIcp).toBe(4);
    expect(preview.histogram[3]!.companies).toBe(1); // Beta at 30
    expect(preview.histogram[7]!.companies).toBe(1); // Gamma at 70
  });

  it('keeps only the best samples when there are many', () => {
    const many = Array.from({ length: 50 }, (_, i) => company({ id: `m${i}`, name: `M${i}`, employeeCount: 100 + i }));
    const big = buildIcpPreviewIndex(
      many,
      many.flatMap((c, i) => Array.from({ length: i % 5 }, () => c.id)),
    );
    const preview = previewIcp(big, icp(), 5);
    expect(preview.matching).toHaveLength(5);
    expect(preview.matching.every((s) => s.contacts === 4)).toBe(true);
  });
});

describe('compileIcp', () => {
  it('gives the same fit as icpFit for any company and criteria (property)', () => {
    const value = fc.constantFrom('software', 'Software', 'retail', 'KR', 'aws', 'sap');
    const criterion: fc.Arbitrary<IcpCriterion> = fc.oneof(
      fc.record({
        kind: fc.constant('in_list' as const),
        field: fc.constantFrom('industry', 'country', 'customFields.tier'),
        values: fc.array(value, { minLength: 1, maxLength: 3 }),
        weight: fc.integer({ min: 0, max: 60 }),
      }),
      fc.record({
        kind: fc.constant('range' as const),
        field: fc.constantFrom('employeeCount', 'annualRevenue', 'customFields.seats'),
        min: fc.option(fc.integer({ min: 0, max: 500 })),
        max: fc.option(fc.integer({ min: 0, max: 5000 })),
        weight: fc.integer({ min: 0, max: 60 }),
      }),
      fc.record({
        kind: fc.constant('has_any' as const),
        field: fc.constant('technologies'),
        values: fc.array(value, { minLength: 1, maxLength: 3 }),
        weight: fc.integer({ min: 0, max: 60 }),
      }),
    );
    const firm = fc.record({
      industry: fc.option(value),
      country: fc.option(value),
      employeeCount: fc.option(fc.integer({ min: 0, max: 6000 })),
      annualRevenue: fc.option(fc.integer({ min: 0, max: 6000 })),
      technologies: fc.array(value, { maxLength: 3 }),
      customFields: fc.record({ tier: fc.option(value), seats: fc.option(fc.integer({ min: 0, max: 600 })) }),
    });
    fc.assert(
      fc.property(fc.array(criterion, { maxLength: 5 }), firm, fc.integer({ min: 0, max: 100 }), (criteria, c, threshold) => {
        const model = icp({ criteria, threshold });
        const compiled = compileIcp(model);
        expect(compiled.fitOf(compiled.matches(c))).toBe(icpFit(c, model).fit);
      }),
    );
  });
});

describe('validateIcp', () => {
  it('names weights that do not add up to 100, empty names, empty values and inverted ranges', () => {
    const problems = validateIcp({
      name: ' ',
      threshold: 120,
      criteria: [
        { kind: 'in_list', field: 'industry', values: [' '], weight: 40 },
        { kind: 'range', field: 'employeeCount', min: 500, max: 50, weight: 40 },
        { kind: 'range', field: 'industry', min: 1, max: null, weight: -1 },
      ],
    });
    expect(problems).toEqual([
      { path: 'name', code: 'name_empty' },
      { path: 'threshold', code: 'threshold_range' },
      { path: 'criteria.0.values', code: 'values_empty' },
      { path: 'criteria.1.min', code: 'range_inverted' },
      { path: 'criteria.2.weight', code: 'weight_invalid' },
      { path: 'criteria.2.field', code: 'operator_mismatch' },
      { path: 'weights', code: 'weights_sum', values: { total: 80 } },
    ]);
    expect(validateIcp(icp())).toEqual([]);
    expect(validateIcp({ ...icp(), criteria: [] })).toEqual([{ path: 'criteria', code: 'no_criteria' }]);
  });

  it('shows weights as shares', () => {
    expect(icpShares(icp()).shares).toEqual([0.5, 0.5]);
  });
});

describe('ICP stage criteria after an ICP change', () => {
  const lifecycle = createDefaultLifecycle(T0, 'l', 'en');
  it('finds the stages that ask for ICP fit and what a contact in one now misses', () => {
    const stages = icpDependentStages(lifecycle);
    expect(stages).toEqual(expect.arrayContaining(['lead', 'mql']));
    const lead = contact({ lifecycleStage: 'lead' });
    expect(unmetIcpCriteria(lifecycle, lead, 40, icp())).toEqual([
      expect.objectContaining({ stageId: 'lead', item: 'icpFit', values: { min: 60, actual: 40 } }),
    ]);
    expect(unmetIcpCriteria(lifecycle, lead, 60, icp())).toEqual([]);
    // No ICP: the criterion is not checked, so nothing falls short.
    expect(unmetIcpCriteria(lifecycle, lead, 0, null)).toEqual([]);
  });
});
