import { describe, expect, it } from 'vitest';
import { buildTemplate, createWorkspaceFromDesign } from '@shared/design';
import { newId } from '@shared/model';
import { planFromDesign } from '@shared/index';
import { openWorkspaceDb } from '../workspace-db';
import { writeNewWorkspace } from './design-versions-repository';
import { getSimulatorDesign } from './simulator-design-repository';

describe('the simulator’s design', () => {
  it('reads a template workspace’s lifecycle, team and role targets, and the plan starts from those targets', async () => {
    const db = openWorkspaceDb(`sim-${newId()}`);
    const now = Date.UTC(2026, 10, 23);
    await writeNewWorkspace(db, createWorkspaceFromDesign({ name: 'Client', locale: 'en', now, design: buildTemplate('the_model', 'en') }));
    const read = (await getSimulatorDesign(db))!;
    expect(read.design.lifecycle.stages.length).toBeGreaterThan(3);
    expect(read.roleGoals).toContainEqual({ metric: 'new_leads', target: 300, period: 'month' });
    expect(read.roleGoals).toContainEqual({ metric: 'win_rate', target: 0.25, period: 'quarter' });
    const { input } = planFromDesign(read.design.lifecycle, read.design.teamMembers, read.design.currency, read.roleGoals);
    // The Model's marketing promises 300 new leads a month: the simulator's volume starts there.
    expect(input.monthlyVolume).toBe(300);
    db.close();
  });
});
