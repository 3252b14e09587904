import { describe, expect, it } from 'vitest';
import type { StageTransition } from '../model/stage-transition';
import { lifecycle } from '../testing/fixtures';
import { volumeSlaReport, volumeSlaTable } from './volume-sla-report';

const entry = (contactId: string, at: number): StageTransition => ({
  id: `t-${contactId}`,
  createdAt: at,
  updatedAt: at,
  deletedAt: null,
  contactId,
  from: 'lead',
  to: 'mql',
  at,
  byMemberId: null,
  kind: 'move',
  reason: null,
  recycleReason: null,
  override: false,
});

describe('volumeSlaReport', () => {
  it('reports every volume promise of the design: MQLs delivered against promised', () => {
    const design = { ...lifecycle(), volumeSlas: [{ id: 'mqls', stageId: 'mql', ownerRole: 'marketing' as const, count: 4, period: 'quarter' as const }] };
    const log = [entry('a', Date.UTC(2026, 0, 5)), entry('b', Date.UTC(2026, 1, 5)), entry('old', Date.UTC(2025, 11, 5))];
    const [status] = volumeSlaReport(log, design, Date.UTC(2026, 1, 15), 'UTC');
    expect(status).toMatchObject({ delivered: 2, contactIds: ['a', 'b'], promised: 4, state: 'on_track' });
    expect(volumeSlaTable([status!]).rows).toEqual([
      { ownerRole: 'marketing', stageId: 'mql', period: 'quarter', delivered: 2, expectedByNow: status!.expectedByNow, promised: 4, state: 'on_track' },
    ]);
    expect(volumeSlaReport(log, lifecycle(), Date.UTC(2026, 1, 15), 'UTC')).toEqual([]);
  });
});
