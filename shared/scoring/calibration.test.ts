import { describe, expect, it } from 'vitest';
import { calibrate } from './calibration';

describe('calibrate', () => {
  it('reports acceptance and win rates per band, AUC and the best threshold', () => {
    const samples = [
      { score: 35, accepted: false, won: false },
      { score: 55, accepted: true, won: false },
      { score: 62, accepted: true, won: false },
      { score: 78, accepted: true, won: true },
      { score: 81, accepted: true, won: true },
      { score: 92, accepted: null, won: true },
    ];
    const result = calibrate(samples);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.auc).toBe(1);
    expect(result.suggested).toMatchObject({ threshold: 78, youdenJ: 1, truePositives: 3, falsePositives: 0, trueNegatives: 3, falseNegatives: 0 });
    const band70 = result.bands.find((b) => b.from === 70)!;
    expect(band70).toMatchObject({ count: 1, accepted: 1, acceptanceRate: 1, won: 1, winRate: 1 });
    const band90 = result.bands.find((b) => b.from === 90)!;
    expect(band90).toMatchObject({ count: 1, acceptanceRate: null, winRate: 1 });
  });
  it('counts ties as half in the AUC', () => {
    const result = calibrate([
      { score: 50, accepted: true, won: true },
      { score: 50, accepted: true, won: false },
    ]);
    expect(result.status === 'ok' && result.auc).toBe(0.5);
  });
  it('says plainly when there is not enough data', () => {
    expect(calibrate([])).toEqual({ status: 'not_enough_data', reason: 'no_samples', samples: 0 });
    expect(calibrate([{ score: 80, accepted: true, won: null }])).toMatchObject({ reason: 'no_outcomes' });
    expect(
      calibrate([
        { score: 80, accepted: true, won: true },
        { score: 60, accepted: true, won: true },
      ]),
    ).toMatchObject({ reason: 'one_class' });
  });
});
