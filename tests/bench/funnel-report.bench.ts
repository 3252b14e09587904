import { it } from 'vitest';
import { funnelStageIds, type Contact, type StageTransition, type Task } from '@shared/model';
import { seededRandom } from '@shared/demo/seeded-random';
import { contact } from '@shared/testing/fixtures';
import { conversions, stageEntries } from '@shared/metrics/funnel';
import { appendTransitions, buildFunnelIndex, updateContacts, type FunnelIndex } from '@shared/metrics/funnel-index';
import { funnelMembers } from '@shared/metrics/funnel-members';
import type { FunnelQuery } from '@shared/metrics/funnel-query';
import { funnelReport } from '@shared/metrics/funnel-report';
import { report, time } from './report';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const now = Date.UTC(2026, 10, 23);
const CONTACTS = 100_000;
const TRANSITIONS = 500_000;
const team = Array.from({ length: 20 }, (_, i) => ({ id: `m${i}`, role: (['marketing', 'sdr', 'sdr', 'ae', 'csm'] as const)[i % 5]! }));
const sources = ['website', 'event', 'linkedin', 'referral', 'import', 'ads'];
const tagNames = ['vip', 'apac', 'emea', 'trial', 'webinar', 'partner', 'newsletter', 'enterprise', 'smb', 'churn_risk'];

const line = (i: number, contactId: string, from: string | null, to: string, at: number): StageTransition => ({
  id: `t${String(i).padStart(7, '0')}`,
  createdAt: at,
  updatedAt: at,
  deletedAt: null,
  contactId,
  from,
  to,
  at,
  byMemberId: null,
  kind: from === null ? 'created' : to === 'recycled' ? 'recycle' : 'move',
  reason: null,
  recycleReason: null,
  override: false,
});

/**
 * 100k contacts, 500k log lines over a year: walks up the funnel where some MQLs are recycled and
 * re-qualify (the loops a flow diagram shows) and some are disqualified; an SLA task per MQL entry.
 */
function syntheticWorkspace() {
  const random = seededRandom(11);
  const contacts: Contact[] = [];
  const log: StageTransition[] = [];
  const tasks: Task[] = [];
  const pipelines: [string, string[]][] = [];
  for (let c = 0; c < CONTACTS; c++) {
    const id = `c${c}`;
    const tags = tagNames.filter(() => random.chance(0.15));
    contacts.push(contact({ id, ownerId: random.pick(team).id, source: random.pick(sources), personaId: `p${random.int(0, 7)}`, tags }));
    if (random.chance(0.3)) pipelines.push([id, [random.pick(['sales', 'renewal', 'partner'])]]);
  }
  for (let c = 0; log.length < TRANSITIONS; c = (c + 1) % CONTACTS) {
    const id = `c${c}`;
    let at = now - random.int(1, 365) * DAY;
    let stage = random.int(0, 2);
    log.push(line(log.length, id, null, funnelStageIds[stage]!, at));
    for (let steps = random.int(1, 8); steps > 0 && log.length < TRANSITIONS; steps--) {
      at += random.int(1, 240) * HOUR;
      const from = funnelStageIds[stage]!;
      let to: string;
      if (from === 'mql' && random.chance(0.25)) to = 'recycled';
      else if (random.chance(0.04)) to = 'disqualified';
      else to = funnelStageIds[Math.min(stage + 1, funnelStageIds.length - 1)]!;
      log.push(line(log.length, id, from, to, at));
      if (to === 'mql')
        tasks.push({
          id: `k${tasks.length}`,
          createdAt: at,
          updatedAt: at,
          deletedAt: null,
          title: 'Follow up',
          kind: 'follow_up',
          contactId: id,
          dealId: null,
          ownerId: null,
          dueAt: null,
          slaDeadline: at + 48 * HOUR,
          doneAt: random.chance(0.7) ? at + random.int(1, 96) * HOUR : null,
        });
      if (to === 'disqualified') break;
      // A recycled contact re-enters at lead (nurture worked) and walks on from there.
      stage = to === 'recycled' ? 2 : funnelStageIds.indexOf(to as (typeof funnelStageIds)[number]);
    }
  }
  log.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
  return { contacts, log, tasks, pipelines };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

function medianMs(runs: number, work: () => unknown): number {
  work(); // warm-up
  return median(Array.from({ length: runs }, () => time(work).ms));
}

/** The cheapest pass the columnar layout allows: one read of every row's contact and stage. */
function columnarFloor(index: FunnelIndex): number {
  const perStage = new Int32Array(index.stages.ids.length);
  for (let row = 0; row < index.size; row++) if (index.rowLive[row]) perStage[index.rowTo[row]!]! += index.rowContact[row]! & 1;
  return perStage[0]!;
}

it('funnel report over 100,000 contacts and 500,000 transitions', () => {
  const { contacts, log, tasks, pipelines } = syntheticWorkspace();
  const floor = medianMs(5, () => {
    const last = new Map<string, string>();
    for (const t of log) last.set(t.contactId, t.to);
    return last.size;
  });
  report('floor: one pass over records keeping each contact’s last stage (Map)', floor, log.length, 'transitions');
  const input = { transitions: log, contacts, funnel: funnelStageIds, team, pipelinesByContact: pipelines, tasks };
  report(
    'buildFunnelIndex (median of 3)',
    medianMs(3, () => buildFunnelIndex(input)),
    log.length,
    'transitions',
  );
  const index = buildFunnelIndex(input);
  report(
    'columnar floor: one pass over the index’s typed columns',
    medianMs(9, () => columnarFloor(index)),
    index.size,
    'transitions',
  );

  const quarter = { from: now - 91 * DAY, to: now };
  const year = { from: now - 365 * DAY, to: now };
  const page = (range: typeof quarter, view: FunnelQuery['view'], filters: FunnelQuery['filters'] = {}): FunnelQuery => ({
    range,
    view,
    filters,
    compare: 'previous_period',
    handOffStageId: 'mql',
    now,
  });
  const today = medianMs(3, () => {
    const scope = null;
    const previous = { from: quarter.from - 91 * DAY, to: quarter.from };
    return [
      stageEntries(log, funnelStageIds, quarter, scope),
      conversions(log, funnelStageIds, quarter, scope),
      conversions(log, funnelStageIds, previous, scope),
    ];
  });
  report('today’s path: stageEntries + conversions ×2 (quarter and the one before, no flows)', today, log.length, 'transitions');
  const cases: [string, FunnelQuery][] = [
    ['activity, last quarter vs previous, no filter', page(quarter, 'activity')],
    ['activity, last year vs previous (whole log)', page(year, 'activity')],
    ['cohort, last quarter vs previous', page(quarter, 'cohort')],
    ['activity, quarter, role = sdr', page(quarter, 'activity', { roles: ['sdr'] })],
    ['activity, quarter, source = event + tag vip|apac', page(quarter, 'activity', { sources: ['event'], tags: ['vip', 'apac'] })],
    ['cohort, year, pipeline = sales + persona p1', page(year, 'cohort', { pipelineId: 'sales', personaIds: ['p1'] })],
  ];
  for (const [name, query] of cases)
    report(
      `funnelReport: ${name} (median of 7)`,
      medianMs(7, () => funnelReport(index, query)),
      index.size,
      'transitions',
    );
  const step = { kind: 'conversion', period: 'current', from: 'mql', to: 'sql', part: 'converted' } as const;
  report(
    'funnelMembers: MQL → SQL converted, quarter (median of 7)',
    medianMs(7, () => funnelMembers(index, page(quarter, 'activity'), step)),
    index.size,
    'transitions',
  );

  // Updates mutate the index, so they run last.
  let next = log.length;
  // 1,000 hand-offs of contacts spread over the workspace, at the times `at` gives.
  const batch = (at: (i: number) => number) =>
    Array.from({ length: 1000 }, (_, i) => {
      const n = next++;
      return line(n, `c${(n * 7919) % CONTACTS}`, 'lead', 'mql', at(i));
    });
  report(
    'appendTransitions: first batch of 1,000 (cold)',
    time(() =>
      appendTransitions(
        index,
        batch((i) => now + i),
      ),
    ).ms,
    1000,
    'transitions',
  );
  const live = Array.from({ length: 7 }, (_, k) => batch((i) => now + (k + 1) * DAY + i));
  report(
    'appendTransitions: 1,000 new lines after the log (median of 7)',
    median(live.map((b) => time(() => appendTransitions(index, b)).ms)),
    1000,
    'transitions',
  );
  const synced = batch(() => now - 30 * DAY);
  report(
    'appendTransitions: 1,000 lines dated a month back (sync; moves the rows after them)',
    time(() => appendTransitions(index, synced)).ms,
    1000,
    'transitions',
  );
  const deleted = log.slice(100_000, 101_000).map((t) => ({ ...t, deletedAt: now, updatedAt: now }));
  report(
    'appendTransitions: 1,000 soft-deleted lines (found by time; their contacts redone in one pass)',
    time(() => appendTransitions(index, deleted)).ms,
    1000,
    'transitions',
  );
  const moved = log.slice(200_000, 201_000).map((t) => ({ ...t, at: t.at + HOUR, updatedAt: now }));
  report(
    'appendTransitions: 1,000 lines whose time moved (builds the id → row map, once)',
    time(() => appendTransitions(index, moved)).ms,
    1000,
    'transitions',
  );
  const edited = contacts.slice(0, 1000).map((c) => ({ ...c, ownerId: 'm1', tags: ['vip'] }));
  report('updateContacts: 1,000 changed contacts', time(() => updateContacts(index, edited)).ms, 1000, 'contacts');
  report(
    'funnelReport after the updates: activity, quarter (median of 7)',
    medianMs(7, () => funnelReport(index, page(quarter, 'activity'))),
    index.size,
    'transitions',
  );
});
