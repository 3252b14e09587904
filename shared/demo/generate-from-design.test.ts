import { describe, expect, it } from 'vitest';
import { createDefaultLifecycle } from '../defaults/default-lifecycle';
import { buildTemplate, createWorkspaceFromDesign, designTemplateIds } from '../design';
import type { LifecycleDefinition, LifecycleStage } from '../model/lifecycle';
import type { TeamMember } from '../model/team-member';
import { workspaceTableNames, workspaceTableSchemas } from '../model/workspace';
import { stageRolesOf } from './demo-design';
import { generateDemoWorkspace } from './generate-workspace';

const now = Date.UTC(2026, 10, 23, 9);

const stage = (id: string, kind: LifecycleStage['kind'], ownerRole: LifecycleStage['ownerRole'], extra: Partial<LifecycleStage> = {}): LifecycleStage => ({
  id,
  name: id[0]!.toUpperCase() + id.slice(1),
  kind,
  definition: '',
  entryCriteria: [],
  exitCriteria: [],
  ownerRole,
  slaHours: null,
  allowedNext: [],
  content: [],
  ...extra,
});

/** "Simple lead process" (issue 13): Lead → Qualified → Accepted → Opportunity → Won, with recycling. */
const simple: LifecycleDefinition = {
  ...createDefaultLifecycle(now - 300 * 86_400_000, 'simple-lc'),
  name: 'Simple lead process',
  stages: [
    stage('lead', 'funnel', 'marketing'),
    stage('qualified', 'funnel', 'sdr', { entryCriteria: [{ kind: 'hand_off_ready' }], slaHours: 8 }),
    stage('accepted', 'funnel', 'ae', { entryCriteria: [{ kind: 'activity_present', activityTypes: ['meeting_booked'] }] }),
    stage('opportunity', 'funnel', 'ae', { entryCriteria: [{ kind: 'deal_amount_present' }] }),
    stage('won', 'funnel', 'csm', { entryCriteria: [{ kind: 'deal_won' }] }),
    stage('recycled', 'recycled', 'marketing'),
    stage('disqualified', 'disqualified', null),
  ],
  handOffStageId: 'qualified',
  acceptedStageId: 'accepted',
};

const member = (id: string, name: string, role: TeamMember['role'], quota: number | null = null): TeamMember => ({
  id,
  createdAt: now - 400 * 86_400_000,
  updatedAt: now - 400 * 86_400_000,
  deletedAt: null,
  name,
  email: null,
  role,
  territory: null,
  capacity: null,
  active: true,
  quota,
  admin: role === 'marketing',
});
const team = [
  member('m1', 'Mia', 'marketing'),
  member('s1', 'Sam', 'sdr'),
  member('a1', 'Ava', 'ae', 120_000),
  member('a2', 'Abe', 'ae'),
  member('c1', 'Cy', 'csm'),
];
const targets = { lead: { conversionRate: 0.5 }, qualified: { conversionRate: 0.6 }, accepted: { conversionRate: 0.5 }, opportunity: { conversionRate: 0.4 } };

describe('a demo workspace from a design', () => {
  const ws = generateDemoWorkspace({ seed: 5, now, locale: 'en', contacts: 1000, design: { lifecycle: simple, teamMembers: team, targets } });

  it('reads the parts the design’s stages play from their criteria', () => {
    expect(stageRolesOf(simple)).toEqual({
      consent: null,
      qualifiedLead: null,
      handOff: 'qualified',
      accepted: 'accepted',
      opportunity: 'opportunity',
      won: 'won',
      recycled: 'recycled',
      disqualified: 'disqualified',
    });
  });

  it('is the design’s lifecycle and team, and records that pass their schemas', () => {
    expect(ws.lifecycles).toEqual([simple]);
    expect(ws.meta[0]!.activeLifecycleId).toBe('simple-lc');
    expect(ws.meta[0]!.name).toBe('Demo: Simple lead process');
    expect(ws.teamMembers.map((m) => m.id)).toEqual(team.map((m) => m.id));
    // The design's quota stays; an AE without one gets what the demo's wins suggest.
    expect(ws.teamMembers.find((m) => m.id === 'a1')!.quota).toBe(120_000);
    for (const table of workspaceTableNames)
      for (const record of ws[table])
        expect(workspaceTableSchemas[table].safeParse(record).success, `${table} ${JSON.stringify(record).slice(0, 160)}`).toBe(true);
  });

  it('puts contacts only in the design’s stages, every funnel stage reached, and each log ending in the contact’s stage', () => {
    const ids = new Set(simple.stages.map((s) => s.id));
    expect(ws.contacts).toHaveLength(1000);
    for (const c of ws.contacts) expect(ids.has(c.lifecycleStage), c.lifecycleStage).toBe(true);
    const reached = new Set(ws.transitions.map((t) => t.to));
    for (const s of simple.stages) expect(reached.has(s.id), s.id).toBe(true);
    const last = new Map<string, { at: number; to: string }>();
    for (const t of ws.transitions) if (!last.has(t.contactId) || t.at >= last.get(t.contactId)!.at) last.set(t.contactId, t);
    for (const c of ws.contacts) expect(last.get(c.id)!.to).toBe(c.lifecycleStage);
  });

  it('follows the design’s conversion rates, its owners, and deals for opportunities and wins', () => {
    const reachedBy = (id: string) => new Set(ws.transitions.filter((t) => t.to === id).map((t) => t.contactId)).size;
    // 1,000 × 50 % = 500 qualified (binomial: ±4 standard deviations).
    expect(Math.abs(reachedBy('qualified') - 500)).toBeLessThan(65);
    expect(reachedBy('accepted') / reachedBy('qualified')).toBeGreaterThan(0.5);
    expect(reachedBy('accepted') / reachedBy('qualified')).toBeLessThan(0.7);
    const roleOf = new Map(team.map((m) => [m.id, m.role]));
    for (const c of ws.contacts.filter((c) => c.lifecycleStage === 'qualified')) expect(roleOf.get(c.ownerId!)).toBe('sdr');
    for (const c of ws.contacts.filter((c) => c.lifecycleStage === 'won')) {
      expect(roleOf.get(c.ownerId!)).toBe('csm');
      expect(ws.deals.some((d) => d.primaryContactId === c.id && d.status === 'won')).toBe(true);
    }
    // Follow-up tasks carry the hand-off stage's own SLA (8 working hours in this design).
    const followUps = ws.tasks.filter((t) => t.kind === 'follow_up');
    expect(followUps.length).toBe(ws.contacts.filter((c) => c.lifecycleStage === 'qualified').length);
    const entered = new Map(ws.contacts.map((c) => [c.id, c.stageEnteredAt]));
    for (const t of followUps) expect(t.slaDeadline! - entered.get(t.contactId!)!).toBe(8 * 3_600_000);
  });

  it('is deterministic by seed, and Korean with Korean names', () => {
    const again = generateDemoWorkspace({ seed: 5, now, locale: 'en', contacts: 1000, design: { lifecycle: simple, teamMembers: team, targets } });
    expect(again).toEqual(ws);
    const ko = generateDemoWorkspace({ seed: 5, now, locale: 'ko', contacts: 100, design: { lifecycle: simple, teamMembers: [], targets } });
    expect(ko.contacts[0]!.lastName).toMatch(/[가-힣]/);
    expect(ko.meta[0]!.name).toBe('데모: Simple lead process');
    // No team in the design: the demo brings its own.
    expect(ko.teamMembers.length).toBeGreaterThan(3);
  });

  it('follows the default lifecycle as a design too, with every stage populated at 1,000 contacts', () => {
    const lifecycle = createDefaultLifecycle(now - 300 * 86_400_000, 'saas');
    const saas = generateDemoWorkspace({ seed: 9, now, locale: 'en', contacts: 1000, design: { lifecycle, teamMembers: [] } });
    const stages = new Set(saas.contacts.map((c) => c.lifecycleStage));
    for (const s of lifecycle.stages) expect(stages.has(s.id), s.id).toBe(true);
  });
});

describe('a demo of each built-in template', () => {
  for (const id of designTemplateIds)
    it(`${id}: records that pass their schemas, every funnel stage reached`, () => {
      const { data } = createWorkspaceFromDesign({ name: 'Client', locale: 'ko', now, design: buildTemplate(id, 'ko') });
      const lifecycle = data.lifecycles[0]!;
      const ws = generateDemoWorkspace({
        seed: 3,
        now,
        locale: 'ko',
        contacts: 600,
        design: { lifecycle, teamMembers: data.teamMembers, scoringModel: data.scoringModels[0]!, pipelines: data.pipelines, routingRules: data.routingRules },
      });
      for (const table of workspaceTableNames)
        for (const record of ws[table])
          expect(workspaceTableSchemas[table].safeParse(record).success, `${table} ${JSON.stringify(record).slice(0, 160)}`).toBe(true);
      const reached = new Set(ws.transitions.map((t) => t.to));
      for (const s of lifecycle.stages.filter((s) => s.kind === 'funnel')) expect(reached.has(s.id), s.id).toBe(true);
      // Consent is dated when the contact entered the stage that asks for it (a guard: it was once read from the second stage whatever the design).
      for (const c of ws.contacts) if (c.consent.status === 'granted') expect(typeof c.consent.at).toBe('number');
    });
});
