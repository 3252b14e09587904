import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ContactScore } from '@shared/index';
import { initI18n } from '../../../i18n';
import { ScorePanel } from './ScorePanel';

beforeAll(async () => {
  await initI18n('en');
});
afterEach(cleanup);

const score: ContactScore = {
  engagement: 76,
  fit: 45,
  bant: 0,
  total: 76,
  handOffReady: true,
  icpFit: 60,
  inIcp: true,
  ledger: {
    engagement: [
      { ruleId: 'content_downloaded', label: 'Content downloaded', occurrences: 3, rawPoints: 30, decayedPoints: 30, points: 30, capped: false },
      { ruleId: 'trial_started', label: 'Free trial started', occurrences: 1, rawPoints: 25, decayedPoints: 25, points: 25, capped: false },
    ],
    fit: [{ ruleId: 'icp', label: 'ICP fit', points: 45 }],
    bant: [],
  },
};

describe('ScorePanel', () => {
  it('explains every point: one ledger row per rule with times and points, fit rules marked', () => {
    render(<ScorePanel score={score} threshold={75} />);
    const rows = within(screen.getByRole('table', { name: 'Why this score' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(['Content downloaded330', 'Free trial started125', 'Fit · ICP fit45']);
    expect(screen.getByTestId('engagement-score').textContent).toBe('76');
    expect(screen.getByText('Hand-off threshold 75')).toBeTruthy();
  });

  it('names the lift to the score floor, so the rows still add up to the score', () => {
    const floored = {
      ...score,
      engagement: 0,
      ledger: {
        engagement: [
          { ruleId: 'unsubscribed', label: 'Unsubscribed', occurrences: 1, rawPoints: -5, decayedPoints: -5, points: -5, capped: false },
          { ruleId: 'floor', label: 'Floor', occurrences: 0, rawPoints: 5, decayedPoints: 5, points: 5, capped: false },
        ],
        fit: [],
        bant: [],
      },
    };
    render(<ScorePanel score={floored} threshold={75} />);
    expect(screen.getByText('Lifted to the score floor')).toBeTruthy();
  });

  it('says so when no rule has given points', () => {
    render(<ScorePanel score={{ ...score, engagement: 0, ledger: { engagement: [], fit: [], bant: [] } }} threshold={75} />);
    expect(screen.getByText('No rule has given points yet.')).toBeTruthy();
  });
});
