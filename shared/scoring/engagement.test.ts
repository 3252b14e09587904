import { describe, expect, it } from 'vitest';
import { defaultEngagementRules } from '../defaults/default-scoring-model';
import type { ActivityType } from '../model/identifiers';
import type { EngagementRule } from '../model/scoring-model';
import { compileEngagementRules, decayFactor, engagementScore } from './engagement';

const now = Date.UTC(2026, 0, 31);
const DAY = 86_400_000;
let eventCount = 0;
const event = (type: ActivityType, url: string | null = null, at = now) => ({ id: `e${++eventCount}`, type, at, url, seconds: null, meta: {} });
const times = (n: number, type: ActivityType, url: string | null = null) => Array.from({ length: n }, () => event(type, url));
const defaults = compileEngagementRules(defaultEngagementRules());

describe('engagementScore with the default rules (DOMAIN.md §2 worked examples)', () => {
  it('3 downloads, 3 opens, 3 clicks and a trial score 76', () => {
    const activities = [...times(3, 'content_downloaded'), ...times(3, 'email_opened'), ...times(3, 'email_clicked'), event('trial_started')];
    expect(engagementScore(activities, defaults, now).score).toBe(76);
  });

  it('one pricing-page visit and 2 opens score 19', () => {
    const activities = [event('page_visited', 'https://baton.example/pricing?plan=team'), ...times(2, 'email_opened')];
    const result = engagementScore(activities, defaults, now);
    expect(result.score).toBe(19);
    expect(result.ledger.map((e) => [e.ruleId, e.occurrences, e.points])).toEqual([
      ['email_opened', 2, 4],
      ['pricing_visited', 1, 15],
    ]);
  });

  it('a page visit that is not the pricing page gives nothing under the defaults', () => {
    expect(engagementScore([event('page_visited', '/blog/x')], defaults, now).score).toBe(0);
  });
});

describe('rule options', () => {
  const base: EngagementRule = { ...defaultEngagementRules()[1]!, id: 'r', points: 10 };
  it('caps the points of one rule', () => {
    const compiled = compileEngagementRules([{ ...base, cap: 25 }]);
    const result = engagementScore(times(5, 'email_opened'), compiled, now);
    expect(result.score).toBe(25);
    expect(result.ledger[0]).toMatchObject({ rawPoints: 50, capped: true });
  });
  it('counts a once-rule a single time however often it happens', () => {
    const compiled = compileEngagementRules([{ ...base, frequency: 'once' }]);
    expect(engagementScore(times(4, 'email_opened'), compiled, now).score).toBe(10);
  });
  it('halves points every half-life', () => {
    const compiled = compileEngagementRules([{ ...base, halfLifeDays: 30 }]);
    expect(engagementScore([event('email_opened', null, now - 30 * DAY)], compiled, now).score).toBeCloseTo(5);
    expect(decayFactor(30, now - 60 * DAY, now)).toBeCloseTo(0.25);
  });
  it('ignores activities outside the active window', () => {
    const compiled = compileEngagementRules([{ ...base, activeFrom: now - DAY, activeTo: null }]);
    expect(engagementScore([event('email_opened', null, now - 2 * DAY)], compiled, now).score).toBe(0);
  });
});
