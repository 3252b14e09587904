import { it } from 'vitest';
import { createDefaultScoringModel } from '@shared/defaults';
import { activityTypes, blankContactState, type Activity, type Company, type Contact, type Icp } from '@shared/model';
import { scoreAll } from '@shared/scoring/score-all';
import { seededRandom } from '@shared/demo/seeded-random';
import { report, time } from './report';

const now = Date.UTC(2026, 10, 23);
const CONTACTS = 100_000;
const ACTIVITIES = 1_000_000;
const COMPANIES = 30_000;

/** Plain synthetic records (no demo story) so the benchmark measures scoring, not generation. */
function synthetic() {
  const random = seededRandom(7);
  const companies: Company[] = Array.from({ length: COMPANIES }, (_, i) => ({
    id: `co${i}`,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    name: `Company ${i}`,
    domain: null,
    industry: random.pick(['software', 'finance', 'retail']),
    employeeCount: random.int(1, 5000),
    annualRevenue: null,
    country: 'KR',
    region: null,
    technologies: random.chance(0.3) ? ['aws'] : [],
    ownerId: null,
    customFields: {},
  }));
  const contacts: Contact[] = Array.from({ length: CONTACTS }, (_, i) => ({
    id: `c${i}`,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    firstName: 'A',
    lastName: 'B',
    email: null,
    phone: random.chance(0.5) ? '010' : null,
    jobTitle: random.pick(['Head of Marketing', 'CTO', '마케팅 팀장', 'Student', 'Analyst']),
    companyId: `co${random.int(0, COMPANIES - 1)}`,
    lifecycleStage: 'lead',
    stageEnteredAt: now,
    ownerId: null,
    personaId: null,
    source: null,
    ...blankContactState(),
    consent: { status: 'granted', source: null, at: null },
    bant: { budget: random.int(0, 100), authority: null, need: 50, timeframe: null },
  }));
  const activities: Activity[] = Array.from({ length: ACTIVITIES }, (_, i) => {
    const type = random.pick(activityTypes);
    return {
      id: `a${i}`,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      contactId: `c${random.int(0, CONTACTS - 1)}`,
      dealId: null,
      type,
      at: now - random.int(0, 180) * 86_400_000,
      url: type === 'page_visited' ? random.pick(['/pricing', '/blog/a', '/features']) : null,
      seconds: null,
      meta: {},
      byMemberId: null,
    };
  });
  return { companies, contacts, activities };
}

it('rescoring 100,000 contacts with 1,000,000 activities', () => {
  const { companies, contacts, activities } = synthetic();
  const icp: Icp = {
    id: 'icp',
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    name: 'ICP',
    threshold: 60,
    criteria: [
      { kind: 'in_list', field: 'industry', values: ['software', 'finance'], weight: 50 },
      { kind: 'range', field: 'employeeCount', min: 50, max: 2000, weight: 50 },
    ],
  };
  const plain = createDefaultScoringModel(now);
  // With half-lives, every matched activity pays for a Math.pow.
  const decaying = { ...plain, engagementRules: plain.engagementRules.map((r) => ({ ...r, halfLifeDays: 90 })) };

  // Floor for comparison: one pass over the activities doing nothing but a Map lookup and a sum.
  const points = new Map(plain.engagementRules.map((r) => [r.activityType, r.points]));
  const floor = time(() => {
    const sums = new Map<string, number>();
    for (const a of activities) sums.set(a.contactId, (sums.get(a.contactId) ?? 0) + (points.get(a.type) ?? 0));
    return sums.size;
  });
  report('floor: group-and-sum 1M activities', floor.ms, ACTIVITIES, 'activities');

  for (const [name, model] of [
    ['scoreAll, default model', plain],
    ['scoreAll, all rules decaying', decaying],
  ] as const) {
    scoreAll({ contacts: contacts.slice(0, 1000), activities: activities.slice(0, 10_000), model, now, companies, icp }); // warm-up
    const run = time(() => scoreAll({ contacts, activities, model, now, companies, icp }));
    report(`${name} (100k contacts, 1M activities in random order, ICP + fit + BANT)`, run.ms, CONTACTS, 'contacts');
  }
  // As the app reads them: through the [contactId+at] index, grouped by contact.
  const grouped = [...activities].sort((a, b) => (a.contactId < b.contactId ? -1 : a.contactId > b.contactId ? 1 : a.at - b.at));
  const run = time(() => scoreAll({ contacts, activities: grouped, model: plain, now, companies, icp }));
  report('scoreAll, default model (activities grouped by contact, as read from the index)', run.ms, CONTACTS, 'contacts');
});
