import { it } from 'vitest';
import type { Activity, Contact, Deal, DealMove, StageTransition, Task, TeamMember } from '@shared/model';
import { createDefaultLifecycle } from '@shared/defaults/default-lifecycle';
import { createDefaultScoringModel } from '@shared/defaults/default-scoring-model';
import { seededRandom } from '@shared/demo/seeded-random';
import { walkedDealMoves } from '@shared/pipeline/deal-history';
import { contact, deal, salesPipeline, teamMember } from '@shared/testing/fixtures';
import { roleKpis } from '@shared/metrics/role-kpis';
import { calibrationReport, thresholdPreview } from '@shared/reports/calibration-report';
import { dealTimeInStage } from '@shared/reports/deal-time-in-stage';
import { roleDashboards } from '@shared/reports/role-dashboards';
import { tasksByRep } from '@shared/reports/tasks-by-rep';
import { volumeSlaReport } from '@shared/reports/volume-sla-report';
import { winRates } from '@shared/reports/win-rates';
import { report, time } from './report';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const now = Date.UTC(2026, 10, 23);
const year = { from: now - 365 * DAY, to: now };
const CONTACTS = 100_000;
const DEALS = 10_000;
const TRANSITIONS = 500_000;
const TASKS = 30_000;
/** Not in the brief's list; DOMAIN.md §10's scale, since roleKpis (the dashboards) reads activities. */
const ACTIVITIES = 1_000_000;
const path = ['prospect', 'subscriber', 'lead', 'mql', 'sql', 'opportunity', 'customer'] as const;
const roles = ['marketing', 'sdr', 'sdr', 'ebr', 'ae', 'ae', 'csm'] as const;
const team: TeamMember[] = Array.from({ length: 50 }, (_, i) => teamMember(`m${i}`, { role: roles[i % roles.length]! }));
const ownersOf = (role: string) => team.filter((m) => m.role === role).map((m) => m.id);
const lifecycle = {
  ...createDefaultLifecycle(0, 'lc'),
  volumeSlas: [{ id: 'mqls', stageId: 'mql', ownerRole: 'marketing' as const, count: 600, period: 'quarter' as const }],
};
const model = createDefaultScoringModel(0, 'sm');
const pipeline = salesPipeline();

const line = (i: number, contactId: string, from: string | null, to: string, at: number, kind: StageTransition['kind']): StageTransition => ({
  id: `t${String(i).padStart(7, '0')}`,
  createdAt: at,
  updatedAt: at,
  deletedAt: null,
  contactId,
  from,
  to,
  at,
  byMemberId: null,
  kind: from === null ? 'created' : kind,
  reason: null,
  recycleReason: null,
  override: false,
});

/** The walk a contact takes: up the funnel, an MQL rejected 30% of the time, recycled contacts re-qualifying, customers churning. */
function nextStage(stage: string, rejected: boolean): string {
  if (stage === 'mql') return rejected ? 'recycled' : 'sql';
  if (stage === 'recycled') return 'lead';
  if (stage === 'customer') return 'recycled';
  return path[path.indexOf(stage as (typeof path)[number]) + 1]!;
}

/**
 * A workspace at the scale Baton is built for: contacts walking the funnel over a year (MQLs
 * accepted or rejected), deals of the contacts who got far, their walked stage history, tasks
 * (a third of them hand-off tasks with an SLA) and activities, including the touches that follow up.
 */
function syntheticWorkspace() {
  const random = seededRandom(11);
  const log: StageTransition[] = [];
  const contacts: Contact[] = [];
  const far: string[] = [];
  const handOffs: { contactId: string; at: number }[] = [];
  for (let c = 0; c < CONTACTS; c++) {
    const id = `c${c}`;
    let at = now - random.int(1, 365) * DAY;
    // Five lines a contact on average (1–9); the last contact takes what is left, so the log has exactly 500k lines.
    const left = TRANSITIONS - log.length;
    const steps = c === CONTACTS - 1 ? left : Math.min(left, random.int(1, 9));
    let stage: string | null = null;
    for (let s = 0; s < steps; s++) {
      const to: string = stage === null ? 'prospect' : nextStage(stage, random.chance(0.3));
      if (to === 'mql') handOffs.push({ contactId: id, at });
      const kind = stage === 'mql' ? (to === 'recycled' ? 'hand_off_rejected' : 'hand_off_accepted') : to === 'recycled' ? 'recycle' : 'move';
      log.push(line(log.length, id, stage, to, at, kind));
      stage = to;
      at += random.int(1, 20) * HOUR * 12;
    }
    stage ??= 'prospect';
    if (stage === 'opportunity' || stage === 'customer' || stage === 'sql') far.push(id);
    contacts.push(
      contact({
        id,
        lifecycleStage: stage,
        stageEnteredAt: at,
        ownerId: random.pick(team).id,
        engagementScore: random.int(0, 120),
        fitScore: random.int(0, 100),
      }),
    );
  }
  log.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
  const deals: Deal[] = Array.from({ length: DEALS }, (_, i) => {
    const createdAt = now - random.int(20, 365) * DAY;
    const status = random.weighted({ open: 5, won: 2, lost: 3 });
    const stageId = status === 'open' ? random.pick(['to_contact', 'contacted', 'follow_up', 'create_proposal', 'proposal_sent']) : status;
    const stageEnteredAt = createdAt + random.int(1, 19) * DAY;
    return deal(`d${i}`, {
      createdAt,
      stageId,
      status,
      stageEnteredAt,
      closedAt: status === 'open' ? null : stageEnteredAt,
      ownerId: random.pick(ownersOf('ae')),
      amount: random.chance(0.9) ? random.int(1, 500) * 100_000 : null,
      currency: random.chance(0.8) ? 'KRW' : 'USD',
      source: random.pick(['website', 'event', 'linkedin', 'referral', null]),
      customFields: { product: random.pick(['Starter', 'Pro', 'Enterprise']) },
      contactIds: [far[i % far.length]!],
    });
  });
  let m = 0;
  const dealMoves: DealMove[] = deals.flatMap((d) => walkedDealMoves(d, pipeline, (at) => ({ id: `dm${m++}`, createdAt: at, updatedAt: at, deletedAt: null })));
  const tasks: Task[] = Array.from({ length: TASKS }, (_, i) => {
    const createdAt = now - random.int(0, 365) * DAY;
    const handOff = i % 3 === 0;
    const done = random.chance(0.7);
    return {
      id: `k${i}`,
      createdAt,
      updatedAt: createdAt,
      deletedAt: null,
      title: 'Follow up',
      kind: handOff ? 'follow_up' : 'call',
      contactId: `c${random.int(0, CONTACTS - 1)}`,
      dealId: handOff ? null : `d${random.int(0, DEALS - 1)}`,
      ownerId: random.pick(team).id,
      dueAt: createdAt + random.int(1, 72) * HOUR,
      slaDeadline: handOff ? createdAt + 24 * HOUR : null,
      doneAt: done ? createdAt + random.int(1, 60) * HOUR : null,
    };
  });
  const types = ['email_opened', 'page_visited', 'blog_read', 'call_logged', 'email_logged', 'meeting_booked'] as const;
  const activity = (i: number, contactId: string, type: Activity['type'], at: number): Activity => ({
    id: `a${i}`,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    contactId,
    dealId: null,
    type,
    at,
    url: null,
    seconds: null,
    meta: {},
    byMemberId: random.pick(team).id,
  });
  // Every hand-off is followed up by a call within three days, as an SDR does; the rest is behaviour spread over the year.
  const activities: Activity[] = handOffs.map((h, i) => activity(i, h.contactId, 'call_logged', h.at + random.int(1, 72) * HOUR));
  while (activities.length < ACTIVITIES)
    activities.push(activity(activities.length, `c${random.int(0, CONTACTS - 1)}`, random.pick(types), now - random.int(0, 365 * 24) * HOUR));
  return { contacts, log, deals, dealMoves, tasks, activities };
}

it('reports over 100,000 contacts, 10,000 deals, 500,000 transitions, 30,000 tasks', () => {
  const ws = syntheticWorkspace();
  const calendar = { timeZone: 'Asia/Seoul', workingDays: [1, 2, 3, 4, 5], startHour: 9, endHour: 18, holidays: [] };
  const design = { model, lifecycle };
  const items = ws.contacts.length + ws.deals.length + ws.dealMoves.length + ws.log.length + ws.tasks.length + ws.activities.length;
  console.log(
    `[bench] data: ${ws.contacts.length} contacts, ${ws.deals.length} deals, ${ws.dealMoves.length} deal moves, ${ws.log.length} transitions, ${ws.tasks.length} tasks, ${ws.activities.length} activities`,
  );
  // The floor: one bare pass over the arrays a report reads, one field read per record.
  const arrays = { contacts: ws.contacts, deals: ws.deals, dealMoves: ws.dealMoves, log: ws.log, tasks: ws.tasks, activities: ws.activities };
  type Source = keyof typeof arrays;
  const floor = (sources: readonly Source[]) => () => {
    let sum = 0;
    for (const source of sources) for (const r of arrays[source]) sum += r.createdAt;
    return sum;
  };
  const dashboardInput = { log: ws.log, deals: ws.deals, tasks: ws.tasks, activities: ws.activities, team, now, calendar, lifecycle };
  const cases: [string, Source[], () => unknown][] = [
    ['winRates by owner', ['deals'], () => winRates(ws.deals, { by: 'owner', range: year })],
    ['winRates by product', ['deals'], () => winRates(ws.deals, { by: 'product', range: year })],
    ['dealTimeInStage', ['dealMoves', 'deals'], () => dealTimeInStage(ws.dealMoves, ws.deals, pipeline, year)],
    ['tasksByRep (no filter)', ['tasks', 'deals'], () => tasksByRep(ws.tasks, ws.deals, team, {}, now)],
    [
      'tasksByRep (pipeline + created)',
      ['tasks', 'deals'],
      () => tasksByRep(ws.tasks, ws.deals, team, { pipelineId: 'p', created: { from: now - 90 * DAY, to: now } }, now),
    ],
    ['volumeSlaReport', ['log'], () => volumeSlaReport(ws.log, lifecycle, now, 'Asia/Seoul')],
    ['  of which roleKpis for the year', ['log', 'deals', 'tasks', 'activities'], () => roleKpis({ ...dashboardInput, range: year })],
    ['  roleDashboards without the trend (months = 0)', ['log', 'deals', 'tasks', 'activities'], () => roleDashboards(dashboardInput, year, 0)],
    ['roleDashboards (year + 12 months)', ['log', 'deals', 'tasks', 'activities'], () => roleDashboards(dashboardInput, year, 12)],
    ['calibrationReport', ['contacts', 'log', 'deals'], () => calibrationReport(ws.contacts, ws.log, ws.deals, design)],
    ['thresholdPreview', ['contacts'], () => thresholdPreview(ws.contacts, design, 60)],
  ];
  // Medians of several runs: one run at this heap size is at the mercy of a major GC pause.
  const median = (work: () => unknown, runs: number) => {
    const times = Array.from({ length: runs }, () => time(work).ms).sort((a, b) => a - b);
    return times[runs >> 1]!;
  };
  for (const [name, sources, run] of cases) {
    const runs = time(run).ms > 1000 ? 3 : 7; // the first run warms up
    floor(sources)();
    const ms = median(run, runs);
    const floorMs = median(floor(sources), runs);
    console.log(
      `[bench] ${name}: ${ms.toFixed(0)} ms; floor over ${sources.join(' + ')}: ${floorMs.toFixed(0)} ms (${(ms / floorMs).toFixed(1)}×, medians of ${runs})`,
    );
  }
  const reports = cases.filter(([name]) => !name.startsWith(' '));
  const all = time(() => reports.map(([, , run]) => run())).ms;
  const allFloor = time(floor(Object.keys(arrays) as Source[])).ms;
  console.log(`[bench] all reports together: ${all.toFixed(0)} ms; floor over every array once: ${allFloor.toFixed(0)} ms (${(all / allFloor).toFixed(1)}×)`);
  report('all reports together', all, items, 'records');
});
