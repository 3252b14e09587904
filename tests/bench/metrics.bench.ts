import { it } from 'vitest';
import { funnelStageIds, type StageTransition } from '@shared/model';
import { seededRandom } from '@shared/demo/seeded-random';
import { conversions, stageEntries } from '@shared/metrics/funnel';
import { leadVelocity, timeInStage } from '@shared/metrics/durations';
import { inquiryToLeadTrend } from '@shared/metrics/trend';
import { report, time } from './report';

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 23);
const TRANSITIONS = 500_000;

/** 500k log lines: contacts walking up the funnel over a year, stored in time order as the app keeps them. */
function syntheticLog(): StageTransition[] {
  const random = seededRandom(3);
  const log: StageTransition[] = [];
  for (let c = 0; log.length < TRANSITIONS; c++) {
    let at = now - random.int(30, 365) * DAY;
    const steps = random.int(1, funnelStageIds.length);
    for (let s = 0; s < steps && log.length < TRANSITIONS; s++) {
      log.push({
        id: `t${log.length}`,
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
        contactId: `c${c}`,
        from: s === 0 ? null : funnelStageIds[s - 1]!,
        to: funnelStageIds[s]!,
        at,
        byMemberId: null,
        kind: s === 0 ? 'created' : 'move',
        reason: null,
        recycleReason: null,
        override: false,
      });
      at += random.int(1, 20) * DAY;
    }
  }
  return log.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
}

it('funnel metrics over 500,000 transitions', () => {
  const log = syntheticLog();
  const year = { from: now - 365 * DAY, to: now };
  const floor = time(() => {
    const last = new Map<string, string>();
    for (const t of log) last.set(t.contactId, t.to);
    return last.size;
  });
  report('floor: one pass keeping each contact’s last stage', floor.ms, log.length, 'transitions');
  const cases: [string, () => unknown][] = [
    ['stageEntries', () => stageEntries(log, funnelStageIds, year, null)],
    ['conversions (adjacent + first→last)', () => conversions(log, funnelStageIds, year, null)],
    ['timeInStage (median, p90)', () => timeInStage(log, year, null)],
    ['leadVelocity', () => leadVelocity(log, 'customer', year, null)],
    ['inquiryToLeadTrend (Asia/Seoul months)', () => inquiryToLeadTrend(log, 'lead', year, { from: year.from - 365 * DAY, to: year.from }, 'Asia/Seoul')],
  ];
  for (const [name, run] of cases) {
    run(); // warm-up
    report(name, time(run).ms, log.length, 'transitions');
  }
});
