import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { StageTransition } from '../model/stage-transition';
import type { Task } from '../model/task';
import { activity, contact, DAY, deal, lifecycle, salesPipeline, scoringModel, T0, teamMember } from '../testing/fixtures';
import { calibrationReport, calibrationReportSchema, thresholdPreview, thresholdPreviewSchema } from './calibration-report';
import { dealStageTimeSchema, dealTimeInStage } from './deal-time-in-stage';
import { reportFiltersSchema } from './report-request';
import { roleDashboardSchema, roleDashboards } from './role-dashboards';
import { repTasksSchema, tasksByRep } from './tasks-by-rep';
import { volumeSlaReport, volumeSlaStatusSchema } from './volume-sla-report';
import { winRateRowSchema, winRates } from './win-rates';

const line = (i: number, contactId: string, from: string | null, to: string, day: number, kind: StageTransition['kind'] = 'move'): StageTransition => ({
  id: `t${i}`,
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
const design = {
  model: scoringModel(),
  lifecycle: { ...lifecycle(), volumeSlas: [{ id: 'v', stageId: 'mql', ownerRole: 'marketing' as const, count: 10, period: 'month' as const }] },
};
const log = [
  line(1, 'a', null, 'lead', 0),
  line(2, 'a', 'lead', 'mql', 1),
  line(3, 'a', 'mql', 'sql', 2, 'hand_off_accepted'),
  line(4, 'b', null, 'lead', 0),
  line(5, 'b', 'lead', 'mql', 3),
  line(6, 'b', 'mql', 'recycled', 4, 'hand_off_rejected'),
];
const contacts = [contact({ id: 'a', lifecycleStage: 'sql', engagementScore: 80 }), contact({ id: 'b', lifecycleStage: 'recycled', engagementScore: 40 })];
const deals = [deal('w', { contactIds: ['a'], status: 'won', closedAt: T0 + 5 * DAY, source: 'event' }), deal('l', { status: 'lost', closedAt: T0 + 6 * DAY })];
const task: Task = {
  id: 'k',
  createdAt: T0,
  updatedAt: T0,
  deletedAt: null,
  title: 'f',
  kind: 'follow_up',
  contactId: 'a',
  dealId: null,
  ownerId: 's',
  dueAt: null,
  slaDeadline: T0 + DAY,
  doneAt: T0 + 2 * DAY,
};
const team = [teamMember('s'), teamMember('ae1', { role: 'ae' })];
const month = { from: T0 - 10 * DAY, to: T0 + 20 * DAY };
const now = T0 + 20 * DAY;

/** Parsing with the schema keeps every field (zod drops the ones it does not know), so an equal result means the schema describes all of it. */
const crosses = (schema: z.ZodType, value: unknown) => expect(schema.parse(structuredClone(value))).toEqual(value);

describe('report results crossing the worker boundary', () => {
  it('are described in full by their schemas', () => {
    for (const row of winRates(deals, { by: 'source', range: month })) crosses(winRateRowSchema, row);
    const moves = [
      { id: 'm', createdAt: T0, updatedAt: T0, deletedAt: null, dealId: 'w', pipelineId: 'p', from: null, to: 'contacted', at: T0, byMemberId: null },
    ];
    for (const row of dealTimeInStage(moves, deals, salesPipeline(), month)) crosses(dealStageTimeSchema, row);
    for (const row of tasksByRep([task], deals, team, {}, now)) crosses(repTasksSchema, row);
    const input = {
      log,
      deals,
      tasks: [task],
      activities: [activity('meeting_booked', { contactId: 'a', at: T0 + DAY, byMemberId: 's' })],
      team,
      now,
      calendar: { timeZone: 'UTC', workingDays: [1, 2, 3, 4, 5], startHour: 9, endHour: 18, holidays: [] },
      lifecycle: design.lifecycle,
    };
    for (const d of roleDashboards(input, month, 3)) crosses(roleDashboardSchema, d);
    crosses(calibrationReportSchema, calibrationReport(contacts, log, deals, design));
    crosses(thresholdPreviewSchema, thresholdPreview(contacts, design, 30));
    for (const s of volumeSlaReport(log, design.lifecycle, now, 'UTC')) crosses(volumeSlaStatusSchema, s);
  });

  it('come from filters the worker validates', () => {
    expect(reportFiltersSchema.safeParse({ range: month, months: 12, winRatesBy: 'product', ownerIds: ['s'] }).success).toBe(true);
    expect(reportFiltersSchema.safeParse({ range: { from: 10, to: 5 }, months: 12, winRatesBy: 'owner' }).success).toBe(false);
    expect(reportFiltersSchema.safeParse({ range: month, months: 0, winRatesBy: 'owner' }).success).toBe(false);
    expect(reportFiltersSchema.safeParse({ range: month, months: 12, winRatesBy: 'team' }).success).toBe(false);
  });
});
