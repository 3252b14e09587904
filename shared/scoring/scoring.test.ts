import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultEngagementRules } from '../defaults/default-scoring-model';
import { almostQualified } from '../lifecycle/almost-qualified';
import type { Company } from '../model/company';
import type { FieldCondition } from '../model/condition';
import type { Contact } from '../model/contact';
import { activityTypes, type ActivityType } from '../model/identifiers';
import type { Icp } from '../model/icp';
import { activity, company as baseCompany, contact, context, DAY, lifecycle, scores, scoringModel, T0 } from '../testing/fixtures';
import { bantRatingFromScale, bantScore } from './bant';
import { compileEngagementRules, engagementScore } from './engagement';
import { scoreAll } from './score-all';
import { scoreContact } from './score-contact';
import { thresholdCrossing } from './thresholds';

const company = (overrides: Partial<Company> = {}): Company => baseCompany({ region: null, customFields: { tier: 'gold' }, ...overrides });
const icp: Icp = {
  id: 'icp1',
  createdAt: T0,
  updatedAt: T0,
  deletedAt: null,
  name: 'ICP',
  threshold: 60,
  criteria: [
    { kind: 'in_list', field: 'industry', values: ['software'], weight: 40 },
    { kind: 'range', field: 'employeeCount', min: 50, max: 2000, weight: 40 },
    { kind: 'has_any', field: 'technologies', values: ['salesforce'], weight: 20 },
  ],
};

describe('scoreContact (default model)', () => {
  const model = scoringModel();
  it('gives the worked example 76 with a ledger per rule', () => {
    const acts = [
      ...[
        'content_downloaded',
        'content_downloaded',
        'content_downloaded',
        'email_opened',
        'email_opened',
        'email_opened',
        'email_clicked',
        'email_clicked',
        'email_clicked',
        'trial_started',
      ].map((t) => activity(t as ActivityType)),
    ];
    const score = scoreContact(contact(), acts, model, T0);
    expect(score.engagement).toBe(76);
    expect(score.handOffReady).toBe(true);
    expect(score.ledger.engagement.map((e) => [e.ruleId, e.points])).toEqual([
      ['email_opened', 6],
      ['email_clicked', 15],
      ['content_downloaded', 30],
      ['trial_started', 25],
    ]);
  });
  it('gives the worked example 19', () => {
    const score = scoreContact(contact(), [activity('page_visited', { url: '/pricing' }), activity('email_opened'), activity('email_opened')], model, T0);
    expect(score.engagement).toBe(19);
    expect(score.handOffReady).toBe(false);
  });
  it('combines ICP fit and fit rules into a 0–100 fit score, explained', () => {
    const score = scoreContact(contact({ jobTitle: '마케팅 팀장', phone: '010-1234-5678' }), [], model, T0, { company: company(), icp });
    expect(score.icpFit).toBe(80);
    expect(score.inIcp).toBe(true);
    expect(score.ledger.fit).toEqual([
      { ruleId: 'icp', label: 'ICP fit', points: 60 },
      { ruleId: 'decision_maker', label: 'Decision-maker title', points: 20 },
      { ruleId: 'has_phone', label: 'Phone number known', points: 5 },
    ]);
    expect(score.fit).toBe(85);
  });
  it('penalises students and never goes below 0', () => {
    expect(scoreContact(contact({ jobTitle: 'Student' }), [], model, T0).fit).toBe(0);
  });
  it('uses the hand-off measure the model names', () => {
    const combined = { ...model, handOffMeasure: { engagement: 1, fit: 0, bant: 1 } };
    const score = scoreContact(contact({ bant: { budget: 100, authority: 100, need: 100, timeframe: 100 } }), [activity('trial_started')], combined, T0);
    expect(score.total).toBe((25 + 100) / 2);
  });
});

describe('fit rule operators', () => {
  const withRule = (condition: FieldCondition) => ({ ...scoringModel(), icpWeight: 0, fitRules: [{ id: 'r', label: 'r', points: 10, condition }] });
  const cases: [FieldCondition, Partial<Contact>, number][] = [
    [{ op: 'equals', field: 'source', value: 'WEBSITE' }, {}, 10],
    [{ op: 'not_equals', field: 'source', value: 'website' }, {}, 0],
    [{ op: 'contains', field: 'jobTitle', value: 'market' }, {}, 10],
    [{ op: 'in_list', field: 'company.industry', values: ['finance', 'software'] }, {}, 10],
    [{ op: 'range', field: 'company.employeeCount', min: 11, max: 50 }, {}, 0],
    [{ op: 'is_empty', field: 'phone' }, {}, 10],
    [{ op: 'not_empty', field: 'customFields.plan' }, { customFields: { plan: 'pro' } }, 10],
    [{ op: 'equals', field: 'company.customFields.tier', value: 'gold' }, {}, 10],
    [{ op: 'regex', field: 'jobTitle', pattern: '^head of' }, {}, 10],
    [{ op: 'in_list', field: 'tags', values: ['vip'] }, { tags: ['VIP', 'event'] }, 10],
  ];
  it.each(cases)('%j', (condition, overrides, expected) => {
    expect(scoreContact(contact(overrides), [], withRule(condition), T0, { company: company() }).fit).toBe(expected);
  });
});

describe('BANT', () => {
  const weights = { budget: 25, authority: 25, need: 25, timeframe: 25 };
  it('weights the four ratings; unrated parts count as 0', () => {
    expect(bantScore({ budget: 100, authority: 80, need: 60, timeframe: null }, weights)).toMatchObject({ score: 60, rated: 3 });
    expect(bantScore({ budget: 100, authority: 0, need: 100, timeframe: 0 }, { budget: 40, authority: 10, need: 40, timeframe: 10 }).score).toBe(80);
  });
  it('maps the 0–3 scale to 0–100', () => {
    expect([0, 1, 2, 3].map((s) => bantRatingFromScale(s as 0 | 1 | 2 | 3))).toEqual([0, 33.3, 66.7, 100]);
  });
  it('stays within 0–100 for any valid weights and ratings (property)', () => {
    const rating = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(fc.tuple(fc.nat(100), fc.nat(100), fc.nat(100)), rating, rating, rating, rating, ([a, b, c], budget, authority, need, timeframe) => {
        const [x, y, z] = [a, b, c].sort((p, q) => p - q) as [number, number, number];
        const w = { budget: x, authority: y - x, need: z - y, timeframe: 100 - z };
        const s = bantScore({ budget, authority, need, timeframe }, w).score;
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(100 + 1e-9);
      }),
    );
  });
});

describe('engagement properties', () => {
  const anyActivity = fc.record({
    id: fc.uuid(),
    type: fc.constantFrom(...activityTypes),
    at: fc.integer({ min: T0 - 400 * DAY, max: T0 }),
    url: fc.constantFrom(null, '/pricing', '/blog/x'),
    seconds: fc.constant(null),
    meta: fc.constant({}),
  });
  const rules = defaultEngagementRules().map((r, i) => ({ ...r, halfLifeDays: i % 2 ? 30 : null, cap: i % 3 ? null : 20 }));
  const compiled = compileEngagementRules(rules);

  it('is deterministic and independent of activity order', () => {
    fc.assert(
      fc.property(fc.array(anyActivity, { maxLength: 40 }), (acts) => {
        const forward = engagementScore(acts, compiled, T0).score;
        expect(engagementScore([...acts].reverse(), compiled, T0).score).toBeCloseTo(forward, 9);
        expect(engagementScore(acts, compiled, T0).score).toBe(forward);
      }),
    );
  });
  it('never drops when a positive-point activity is added', () => {
    fc.assert(
      fc.property(fc.array(anyActivity, { maxLength: 30 }), anyActivity, (acts, extra) => {
        const positive = { ...extra, type: 'content_downloaded' as const };
        expect(engagementScore([...acts, positive], compiled, T0).score).toBeGreaterThanOrEqual(engagementScore(acts, compiled, T0).score - 1e-9);
      }),
    );
  });
  it('decay never increases points: an older activity is worth at most a newer one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (ageA, ageB) => {
        const [younger, older] = ageA <= ageB ? [ageA, ageB] : [ageB, ageA];
        const score = (age: number) =>
          engagementScore([{ id: 'a', type: 'email_clicked', at: T0 - age * DAY, url: null, seconds: null, meta: {} }], compiled, T0).score;
        expect(score(older)).toBeLessThanOrEqual(score(younger) + 1e-12);
        expect(score(younger)).toBeLessThanOrEqual(5);
      }),
    );
  });
});

describe('thresholdCrossing', () => {
  const model = scoringModel();
  it('yields the model actions when the measure crosses the threshold upwards, and only then', () => {
    expect(thresholdCrossing(model, 70, 76)).toEqual({ crossed: 'up', actions: model.thresholdActions });
    expect(thresholdCrossing(model, 76, 90)).toEqual({ crossed: null, actions: [] });
    expect(thresholdCrossing(model, 80, 60)).toEqual({ crossed: 'down', actions: [] });
  });
});

describe('scoreAll', () => {
  it('matches scoreContact on random contacts and activities (property)', () => {
    const model = {
      ...scoringModel(),
      engagementRules: scoringModel().engagementRules.map((r, i) => ({ ...r, halfLifeDays: i % 2 ? 20 : null, cap: i % 3 ? null : 12 })),
    };
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            contact: fc.nat(5),
            type: fc.constantFrom(...activityTypes),
            // Some activities are dated ahead of now, and some reach the scorer twice (same id).
            age: fc.integer({ min: -5, max: 300 }),
            url: fc.constantFrom(null, '/pricing'),
            twice: fc.boolean(),
          }),
          { maxLength: 60 },
        ),
        // One contact gathers every activity: buckets past 32 take the set path.
        fc.integer({ min: 1, max: 6 }),
        (rows, people) => {
          const contacts = Array.from({ length: people }, (_, i) =>
            contact({ id: `k${i}`, companyId: i % 2 ? 'co1' : null, bant: { budget: i * 10, authority: null, need: 50, timeframe: null } }),
          );
          const acts = rows.flatMap((r) => {
            const a = activity(r.type, { contactId: `k${r.contact % people}`, at: T0 - r.age * DAY, url: r.url });
            return r.twice ? [a, { ...a }] : [a];
          });
          const all = scoreAll({ contacts, activities: acts, model, now: T0, companies: [company()], icp });
          for (const c of contacts) {
            const { ledger, ...alone } = scoreContact(
              c,
              acts.filter((a) => a.contactId === c.id),
              model,
              T0,
              { company: c.companyId ? company() : null, icp },
            );
            const bulk = all.get(c.id)!;
            expect(bulk.engagement).toBeCloseTo(alone.engagement, 9);
            expect({ ...bulk, engagement: 0, total: 0 }).toEqual({ ...alone, engagement: 0, total: 0 });
          }
        },
      ),
    );
  });

  it('equals scoring each contact alone, ignoring deleted activities', () => {
    const model = scoringModel();
    const contacts = [contact({ id: 'a' }), contact({ id: 'b', companyId: 'co1' })];
    const acts = [
      activity('trial_started', { contactId: 'a' }),
      activity('email_opened', { contactId: 'b' }),
      activity('trial_started', { contactId: 'b', deletedAt: T0 }),
    ];
    const all = scoreAll({ contacts, activities: acts, model, now: T0, companies: [company()], icp });
    expect(all.get('a')?.engagement).toBe(25);
    const { ledger, ...alone } = scoreContact(contacts[1]!, [acts[1]!], model, T0, { company: company(), icp });
    expect(ledger.engagement).toHaveLength(1);
    expect(all.get('b')).toEqual(alone);
  });
});

describe('almostQualified', () => {
  it('lists leads over the threshold that miss exactly one hand-off criterion, with the missing item', () => {
    const ready = { consent: { status: 'granted' as const, source: 'form', at: T0 } };
    const hot = scores({ engagement: 90, icpFit: 80 });
    const list = almostQualified(
      [
        { contact: contact({ id: 'one-missing', lifecycleStage: 'lead' }), context: context({ scores: hot, activityTypes: new Set(['form_submitted']) }) },
        { contact: contact({ id: 'two-missing', lifecycleStage: 'lead' }), context: context({ scores: hot }) },
        { contact: contact({ id: 'cold', lifecycleStage: 'lead', ...ready }), context: context({ scores: { ...hot, engagement: 20, handOffMeasure: 20 } }) },
        { contact: contact({ id: 'already-mql', lifecycleStage: 'mql' }), context: context({ scores: hot, activityTypes: new Set(['form_submitted']) }) },
        // A prospect skipping to MQL is asked for consent by Subscriber and by MQL: still one missing thing.
        {
          contact: contact({ id: 'prospect-no-consent', lifecycleStage: 'prospect', personaId: 'p1' }),
          context: context({ scores: hot, activityTypes: new Set(['form_submitted']) }),
        },
      ],
      lifecycle(),
    );
    expect(list.map((a) => [a.contactId, a.missing.item])).toEqual([
      ['one-missing', 'consent'],
      ['prospect-no-consent', 'consent'],
    ]);
  });
});
