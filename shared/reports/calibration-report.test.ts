import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StageTransition } from '../model/stage-transition';
import { contact, DAY, deal, lifecycle, scoringModel, T0 } from '../testing/fixtures';
import { calibrationReport, calibrationTable, thresholdPreview, WEAK_AUC } from './calibration-report';

const design = { model: scoringModel(), lifecycle: lifecycle() };
let n = 0;
const t = (contactId: string, from: string | null, to: string, day: number, kind: StageTransition['kind'] = 'move'): StageTransition => ({
  id: `t${String(++n).padStart(5, '0')}`,
  createdAt: T0 + day * DAY,
  updatedAt: T0 + day * DAY,
  deletedAt: null,
  contactId,
  from,
  to,
  at: T0 + day * DAY,
  byMemberId: null,
  kind: from === null ? 'created' : kind,
  reason: null,
  recycleReason: null,
  override: false,
});
/** A contact handed off on day 1 and decided on day 2 (or not yet); the default model's measure is the engagement score. */
const handedOff = (id: string, score: number, decision: 'accepted' | 'rejected' | null) => ({
  contact: contact({ id, engagementScore: score, lifecycleStage: decision === 'accepted' ? 'sql' : decision === 'rejected' ? 'recycled' : 'mql' }),
  log: [
    t(id, null, 'lead', 0),
    t(id, 'lead', 'mql', 1),
    ...(decision === 'accepted'
      ? [t(id, 'mql', 'sql', 2, 'hand_off_accepted')]
      : decision === 'rejected'
        ? [t(id, 'mql', 'recycled', 2, 'hand_off_rejected')]
        : []),
  ],
});

describe('calibrationReport', () => {
  const leads = [
    handedOff('a', 35, 'rejected'),
    handedOff('b', 55, 'accepted'),
    handedOff('c', 62, 'rejected'),
    handedOff('d', 78, 'accepted'),
    handedOff('e', 81, 'accepted'),
    handedOff('f', 92, null),
  ];
  const contacts = [...leads.map((l) => l.contact), contact({ id: 'never', engagementScore: 90 })];
  const log = leads.flatMap((l) => l.log);
  const deals = [
    deal('w1', { contactIds: ['d'], status: 'won', closedAt: T0 + 5 * DAY }),
    deal('w2', { contactIds: ['e', 'f'], status: 'won', closedAt: T0 + 5 * DAY }),
    deal('l1', { contactIds: ['b'], status: 'lost', closedAt: T0 + 5 * DAY }),
    deal('open', { contactIds: ['c'] }),
  ];

  it('tells per score band how many handed-off leads sales accepted, rejected and won, with the contacts behind them', () => {
    const report = calibrationReport(contacts, log, deals, design);
    expect(report.samples).toBe(6);
    const band = (from: number) => report.bands.find((b) => b.from === from)!;
    expect(band(30)).toMatchObject({ handedOff: { ids: ['a'] }, rejected: { ids: ['a'] }, acceptanceRate: 0, winRate: null });
    expect(band(50)).toMatchObject({ accepted: { ids: ['b'] }, acceptanceRate: 1, won: { count: 0 }, winRate: 0 });
    expect(band(60)).toMatchObject({ rejected: { ids: ['c'] }, winRate: null });
    expect(band(90)).toMatchObject({ to: null, handedOff: { ids: ['f'] }, acceptanceRate: null, won: { ids: ['f'] }, winRate: 1 });
  });

  it('gives the AUC of the hand-off measure for acceptance and for winning, and the suggested threshold beside the current one', () => {
    const report = calibrationReport(contacts, log, deals, design);
    // Accepted 55, 78, 81 against rejected 35, 62: 5 of 6 pairs ranked right.
    expect(report.acceptanceAuc).toBeCloseTo(5 / 6, 10);
    expect(report.winAuc).toBe(1);
    expect(report.suggested).toMatchObject({ threshold: 78, truePositives: 3, falsePositives: 0, trueNegatives: 1, falseNegatives: 0 });
    expect(report.current).toEqual({ threshold: 75, truePositives: 3, falsePositives: 0, trueNegatives: 1, falseNegatives: 0 });
    expect(calibrationReport(contacts, log, deals, design, 50).current).toMatchObject({ falsePositives: 1, trueNegatives: 0 });
  });

  it('judges the latest hand-off when a recycled lead came back', () => {
    const again = [
      ...handedOff('r', 70, 'rejected').log,
      t('r', 'recycled', 'lead', 3),
      t('r', 'lead', 'mql', 4),
      t('r', 'mql', 'sql', 5, 'hand_off_accepted'),
    ];
    const report = calibrationReport([contact({ id: 'r', engagementScore: 70 })], again, [], design);
    expect(report.bands.find((b) => b.from === 70)).toMatchObject({ accepted: { ids: ['r'] }, rejected: { count: 0 } });
  });

  it('suggests no threshold when the measure does not tell wins from no-wins apart (win AUC under 0.6), and says so', () => {
    // Seven accepted leads scored 30…90: the top three won (AUC 1), or every other one from 30 won (6 of 12 pairs ranked right: 0.5).
    const mixed = [30, 40, 50, 60, 70, 80, 90].map((score, i) => handedOff(`m${i}`, score, 'accepted'));
    const wins = (won: (i: number) => boolean) =>
      mixed.map((m, i) => deal(`dm${i}`, { contactIds: [m.contact.id], status: won(i) ? 'won' : 'lost', closedAt: T0 + 5 * DAY }));
    const contactsM = mixed.map((m) => m.contact);
    const logM = mixed.flatMap((m) => m.log);
    const separating = calibrationReport(
      contactsM,
      logM,
      wins((i) => i >= 4),
      design,
    );
    expect(separating.winAuc).toBeGreaterThanOrEqual(WEAK_AUC);
    expect(separating).toMatchObject({ withheld: null, notEnoughData: null });
    expect(separating.suggested).not.toBeNull();
    const coinToss = calibrationReport(
      contactsM,
      logM,
      wins((i) => i % 2 === 0),
      design,
    );
    expect(coinToss.winAuc).toBe(0.5);
    expect(coinToss).toMatchObject({ suggested: null, withheld: 'weak_auc', notEnoughData: null });
    // The counts at the threshold in force are still there to read.
    expect(coinToss.current.truePositives + coinToss.current.falseNegatives).toBe(4);
  });

  it('says when there is not enough data instead of inventing figures', () => {
    const onlyAccepted = calibrationReport([leads[1]!.contact], leads[1]!.log, [], design);
    expect(onlyAccepted).toMatchObject({ samples: 1, acceptanceAuc: null, winAuc: null, suggested: null, notEnoughData: 'no_outcomes', withheld: null });
  });

  it('scores a perfectly separating measure an acceptance AUC of 1, and keeps counts equal to their ids (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 120 }), { minLength: 2, maxLength: 30 }), fc.integer({ min: 1, max: 29 }), (scores, cut) => {
        const sorted = [...scores].sort((a, b) => a - b);
        const split = Math.min(cut, sorted.length - 1);
        const built = sorted.map((s, i) => handedOff(`c${i}`, s, i >= split ? 'accepted' : 'rejected'));
        const report = calibrationReport(
          built.map((b) => b.contact),
          built.flatMap((b) => b.log),
          [],
          design,
        );
        expect(report.acceptanceAuc).toBe(1);
        expect(report.bands.reduce((sum, b) => sum + b.handedOff.count, 0)).toBe(scores.length);
        for (const b of report.bands) {
          for (const c of [b.handedOff, b.accepted, b.rejected, b.won]) expect(c.count).toBe(c.ids.length);
          expect(b.accepted.count + b.rejected.count).toBeLessThanOrEqual(b.handedOff.count);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('lays out as a table of bands', () => {
    const rows = calibrationTable(calibrationReport(contacts, log, deals, design)).rows;
    expect(rows[3]).toEqual({ band: '30–40', handedOff: 1, accepted: 0, rejected: 1, acceptanceRate: 0, won: 0, winRate: null });
    expect(rows[9]!.band).toBe('90+');
  });
});

describe('thresholdPreview', () => {
  const contacts = [
    contact({ id: 'p1', lifecycleStage: 'prospect', engagementScore: 80 }),
    contact({ id: 'l1', lifecycleStage: 'lead', engagementScore: 70 }),
    contact({ id: 'l2', lifecycleStage: 'lead', engagementScore: 60 }),
    contact({ id: 'r1', lifecycleStage: 'recycled', engagementScore: 72 }),
    contact({ id: 'm1', lifecycleStage: 'mql', engagementScore: 95 }), // already handed off: not a current lead
    contact({ id: 'x', lifecycleStage: 'lead', engagementScore: 99, deletedAt: T0 }),
  ];
  it('counts who would become hand-off ready and who would stop being ready, on marketing’s side only', () => {
    expect(thresholdPreview(contacts, design, 65)).toEqual({
      threshold: 65,
      readyNow: 1,
      readyAfter: 3,
      becomeReady: { count: 2, ids: ['l1', 'r1'] },
      stopBeingReady: { count: 0, ids: [] },
    });
    expect(thresholdPreview(contacts, design, 85)).toMatchObject({ readyAfter: 0, becomeReady: { count: 0 }, stopBeingReady: { ids: ['p1'] } });
  });

  it('moves the ready count by exactly who it names (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('prospect', 'lead', 'mql', 'recycled'), fc.integer({ min: 0, max: 100 }))),
        fc.integer({ min: 0, max: 100 }),
        (specs, threshold) => {
          const list = specs.map(([stage, score], i) => contact({ id: `c${i}`, lifecycleStage: stage, engagementScore: score }));
          const p = thresholdPreview(list, design, threshold);
          expect(p.readyAfter - p.readyNow).toBe(p.becomeReady.count - p.stopBeingReady.count);
          if (threshold <= design.model.handOffThreshold) expect(p.stopBeingReady.count).toBe(0);
          else expect(p.becomeReady.count).toBe(0);
        },
      ),
    );
  });
});
