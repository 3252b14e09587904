import { describe, expect, it } from 'vitest';
import { lifecycle, scoringModel, T0 } from '../testing/fixtures';
import { benchExamples, benchRecords, runTestBench } from './test-bench';

const DAY = 86_400_000;

describe('scoring test bench', () => {
  const [leadA, leadB] = benchExamples();

  it('shows the worked examples of DOMAIN.md §2 with the default model: Lead A 76, Lead B 19', () => {
    const a = runTestBench(leadA!, scoringModel(), lifecycle(), null, T0);
    const b = runTestBench(leadB!, scoringModel(), lifecycle(), null, T0);
    expect(a.score.engagement).toBe(76);
    expect(b.score.engagement).toBe(19);
    expect(a.score.ledger.engagement.map((e) => [e.ruleId, e.occurrences, e.points])).toEqual([
      ['email_opened', 3, 6],
      ['email_clicked', 3, 15],
      ['content_downloaded', 3, 30],
      ['trial_started', 1, 25],
    ]);
    expect(b.score.ledger.engagement.map((e) => [e.ruleId, e.points])).toEqual([
      ['email_opened', 4],
      ['pricing_visited', 15],
    ]);
    expect(benchExamples('ko').map((l) => runTestBench(l, scoringModel(), lifecycle(), null, T0).score.engagement)).toEqual([76, 19]);
  });

  it('follows an unsaved edit of the model at once', () => {
    const model = scoringModel();
    const edited = { ...model, engagementRules: model.engagementRules.map((r) => (r.id === 'trial_started' ? { ...r, points: 40 } : r)) };
    expect(runTestBench(leadA!, edited, lifecycle(), null, T0).score.engagement).toBe(91);
  });

  it('says where the automation puts the lead: Lead A ready but MQL also asks for intent; with a form it moves', () => {
    const a = runTestBench(leadA!, scoringModel(), lifecycle(), null, T0);
    expect(a.score.handOffReady).toBe(true);
    expect(a.stage.outcome).toBe('criteria');
    expect(a.stage.unmet.map((u) => u.criterion.kind)).toEqual(['activity_present']);
    const asked = {
      ...leadA!,
      activities: [...leadA!.activities, { type: 'form_submitted' as const, count: 1, daysAgo: 0, url: null, seconds: null, formId: null }],
    };
    const moved = runTestBench(asked, scoringModel(), lifecycle(), null, T0);
    expect(moved.stage).toMatchObject({ from: 'lead', to: 'mql', outcome: 'moved' });
    expect(runTestBench(leadB!, scoringModel(), lifecycle(), null, T0).stage).toMatchObject({ to: 'lead', outcome: 'not_ready' });
  });

  it('decays old activities by the rule half-life, shown in the ledger', () => {
    const model = scoringModel();
    const decaying = { ...model, engagementRules: model.engagementRules.map((r) => (r.id === 'trial_started' ? { ...r, halfLifeDays: 30 } : r)) };
    const old = { ...leadA!, activities: [{ type: 'trial_started' as const, count: 1, daysAgo: 30, url: null, seconds: null, formId: null }] };
    const entry = runTestBench(old, decaying, lifecycle(), null, T0).score.ledger.engagement[0]!;
    expect(entry).toMatchObject({ rawPoints: 25, points: 12.5 });
  });

  it('makes one activity per occurrence, dated by days ago', () => {
    const { activities } = benchRecords(
      { ...leadB!, activities: [{ type: 'email_opened', count: 2, daysAgo: 3, url: null, seconds: null, formId: null }] },
      T0,
    );
    expect(activities).toHaveLength(2);
    expect(activities[0]!.at).toBe(T0 - 3 * DAY);
    expect(new Set(activities.map((a) => a.id)).size).toBe(2);
  });
});
