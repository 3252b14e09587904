import { it } from 'vitest';
import { seededRandom } from '@shared/demo/seeded-random';
import { buildIcpPreviewIndex, previewIcp, type PreviewCompany } from '@shared/icp/icp-preview';
import { icpFit } from '@shared/icp/icp-fit';
import { assignPersona } from '@shared/personas/assign-persona';
import { countTitles, testTitlePatterns } from '@shared/personas/title-pattern-test';
import type { Icp } from '@shared/model';
import { persona } from '@shared/testing/fixtures';
import { report, time } from './report';

/** The Personas & ICP page's live previews at DOMAIN.md §10's scale: what its worker computes per keystroke. Prints; asserts nothing. */
const CONTACTS = 100_000;
const COMPANIES = 30_000;
const RUNS = 7;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const now = Date.UTC(2026, 4, 20);

function synthetic() {
  const random = seededRandom(14);
  const companies: PreviewCompany[] = Array.from({ length: COMPANIES }, (_, i) => ({
    id: `co${i}`,
    name: `Company ${i}`,
    industry: random.pick(['software', 'finance', 'retail', 'logistics', 'manufacturing']),
    employeeCount: random.int(1, 5000),
    annualRevenue: random.int(0, 500) * 1_000_000,
    country: random.pick(['KR', 'US', 'JP', 'DE']),
    region: null,
    technologies: random.chance(0.4) ? [random.pick(['aws', 'salesforce', 'hubspot', 'sap'])] : [],
    customFields: { tier: random.pick(['a', 'b', 'c']) },
  }));
  const contacts = Array.from({ length: CONTACTS }, (_, i) => ({
    companyId: random.chance(0.95) ? `co${random.int(0, COMPANIES - 1)}` : null,
    // Real workspaces have many distinct titles: a fifth of them unique.
    jobTitle: random.chance(0.2)
      ? `Specialist ${i}`
      : random.pick(['Head of Marketing', 'CTO', '마케팅 팀장', '영업본부장', 'VP Sales', 'Analyst', 'Founder', 'IT Manager']),
  }));
  return { companies, contacts };
}

const icp = (weights: [number, number, number, number]): Icp => ({
  id: 'icp',
  createdAt: now,
  updatedAt: now,
  deletedAt: null,
  name: 'Bench ICP',
  threshold: 60,
  criteria: [
    { kind: 'in_list', field: 'industry', values: ['software', 'finance'], weight: weights[0] },
    { kind: 'range', field: 'employeeCount', min: 50, max: 2000, weight: weights[1] },
    { kind: 'has_any', field: 'technologies', values: ['aws', 'salesforce'], weight: weights[2] },
    { kind: 'in_list', field: 'customFields.tier', values: ['a'], weight: weights[3] },
  ],
});

it(`ICP preview and title-pattern test at ${CONTACTS.toLocaleString('en')} contacts, ${COMPANIES.toLocaleString('en')} companies`, () => {
  const { companies, contacts } = synthetic();
  const byId = new Map(companies.map((c) => [c.id, c]));

  const built = time(() =>
    buildIcpPreviewIndex(
      companies,
      contacts.map((c) => c.companyId),
    ),
  );
  report('ICP preview index (read once by the worker)', built.ms, CONTACTS, 'contacts');

  // The baseline: the fit of every contact's company through icpFit, one contact at a time — what a preview without the index would do.
  const baseline = median(
    Array.from({ length: RUNS }, () =>
      time(() => {
        let inIcp = 0;
        for (const c of contacts) if (icpFit(c.companyId ? byId.get(c.companyId) : null, icp([40, 30, 20, 10])).inIcp) inIcp++;
        return inIcp;
      }),
    ).map((r) => r.ms),
  );
  report('baseline: icpFit per contact (no index), median', baseline, CONTACTS, 'contacts');

  // A weight edit per run, as typing does: counts, histogram, per-criterion counts and samples each time.
  const weights: [number, number, number, number][] = [
    [40, 30, 20, 10],
    [50, 30, 10, 10],
    [30, 30, 30, 10],
    [25, 25, 25, 25],
    [60, 20, 10, 10],
    [40, 40, 10, 10],
    [10, 40, 40, 10],
  ];
  const previews = weights.map((w) => time(() => previewIcp(built.result, icp(w))));
  report('ICP preview of a draft (counts, histogram, samples), median', median(previews.map((p) => p.ms)), CONTACTS, 'contacts');

  const titles = time(() => countTitles(contacts.map((c) => c.jobTitle)));
  report(`distinct job titles counted (${titles.result.length.toLocaleString('en')} titles)`, titles.ms, CONTACTS, 'contacts');
  const personas = [
    persona('marketing', 'marketing', ['cmo', 'head of marketing', 'marketing', '마케팅'], 0),
    persona('it', 'it', ['cto', 'engineering', '/\\bit\\b/'], 1),
    persona('exec', 'exec', ['ceo', 'founder', '대표'], 2),
    persona('sales', 'sales', ['sales', '영업', 'head of'], 3),
  ];
  const patternBaseline = median(
    Array.from({ length: 3 }, () =>
      time(() => {
        let assigned = 0;
        for (const c of contacts) if (assignPersona(c.jobTitle, personas)) assigned++;
        return assigned;
      }),
    ).map((r) => r.ms),
  );
  report('baseline: assignPersona per contact, median', patternBaseline, CONTACTS, 'contacts');
  const tests = Array.from({ length: RUNS }, () => time(() => testTitlePatterns(personas, titles.result)));
  report('title-pattern test of draft personas (per persona, per pattern, conflicts), median', median(tests.map((t) => t.ms)), CONTACTS, 'contacts');
});
