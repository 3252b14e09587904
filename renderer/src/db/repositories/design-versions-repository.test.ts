import { buildTemplate, createWorkspaceFromDesign, designOf, sameDesign } from '@shared/design';
import { newId } from '@shared/model';
import { describe, expect, it } from 'vitest';
import { seededDemoDb } from '../testing/demo-db';
import { openWorkspaceDb } from '../workspace-db';
import { runWrite } from '../write-path';
import {
  applyDesignVersion,
  designDiff,
  exportDesign,
  getLiveDesign,
  importDesign,
  listDesignVersions,
  loadDesignSource,
  saveDesignVersion,
  writeDesign,
  writeNewWorkspace,
} from './design-versions-repository';

const now = Date.UTC(2026, 10, 23, 3);

describe('design versions', () => {
  it('save → change → save → diff → apply: the version is written whole, leads re-evaluated, every stage change logged', async () => {
    const { db, data } = await seededDemoDb({ seed: 44, now, locale: 'en', contacts: 400 });
    const v1 = await saveDesignVersion(db, { note: 'as delivered', createdBy: null }, now);
    if (!v1.ok) throw new Error(v1.reason);
    expect(v1.value).toMatchObject({ name: 'v1', note: 'as delivered' });
    // The designer's kind of edit: a lower threshold and no intent needed for MQL.
    const lifecycle = data.lifecycles[0]!;
    await runWrite(db, async () => {
      await db.scoringModels.put({ ...data.scoringModels[0]!, handOffThreshold: 40 });
      await db.lifecycles.put({
        ...lifecycle,
        stages: lifecycle.stages.map((s) => (s.id === 'mql' ? { ...s, entryCriteria: s.entryCriteria.filter((c) => c.kind !== 'activity_present') } : s)),
      });
    });
    const v2 = await saveDesignVersion(db, { name: 'Looser MQL', note: 'threshold 40', createdBy: null }, now + 1);
    if (!v2.ok) throw new Error(v2.reason);
    expect((await listDesignVersions(db)).map((v) => v.name)).toEqual(['Looser MQL', 'v1']);

    const diff = (await designDiff(db, { versionId: v1.value.id }, { versionId: v2.value.id }))!;
    expect(diff.map((c) => c.kind)).toEqual(['stage', 'scoring']);
    expect(diff[1]).toEqual({ kind: 'scoring', fields: [{ field: 'handOffThreshold', before: 75, after: 40 }] });
    expect(await designDiff(db, { versionId: v2.value.id }, 'live')).toEqual([]);

    // Back to v1 (nothing changes stage: the stricter design hands nobody off), then forward to v2.
    const back = await applyDesignVersion(db, v1.value.id, now + 2);
    expect(back.ok && back.value.changes.map((c) => c.kind)).toEqual(['stage', 'scoring']);
    expect(sameDesign((await getLiveDesign(db))!, v1.value.design)).toBe(true);
    const stagesBefore = new Map((await db.contacts.toArray()).map((c) => [c.id, c.lifecycleStage]));
    const seen: number[] = [];
    const phases: string[] = [];
    const applied = await applyDesignVersion(db, v2.value.id, now + 3, (p) => {
      if (p.phase === 'reevaluating') seen.push(p.done);
      if (phases.at(-1) !== p.phase) phases.push(p.phase);
    });
    if (!applied.ok) throw new Error(applied.reason);
    expect(sameDesign((await getLiveDesign(db))!, v2.value.design)).toBe(true);
    expect(applied.value.reevaluated.handedOff).toBeGreaterThan(0);
    expect(seen.at(-1)).toBe(applied.value.reevaluated.total);
    expect(phases).toEqual(['writing', 'reevaluating', 'rescoring']);
    const moved = (await db.contacts.toArray()).filter((c) => stagesBefore.get(c.id) !== c.lifecycleStage);
    expect(moved).toHaveLength(applied.value.reevaluated.handedOff);
    for (const c of moved) {
      const why = await db.transitions
        .where('contactId')
        .equals(c.id)
        .filter((t) => t.at === now + 3 && t.to === c.lifecycleStage)
        .toArray();
      expect(why, c.id).toHaveLength(1);
    }
  }, 60_000);

  it('apply rescores the contacts past the hand-off too: their cached scores follow the version, their stages stay, no transition is logged for them', async () => {
    const { db, data } = await seededDemoDb({ seed: 45, now, locale: 'en', contacts: 400 });
    const v1 = await saveDesignVersion(db, { note: 'as delivered', createdBy: null }, now);
    if (!v1.ok) throw new Error(v1.reason);
    // A version whose e-mail opens are worth 20 instead of 2: anyone who opened one scores differently.
    const model = data.scoringModels[0]!;
    const version = structuredClone(v1.value.design);
    version.scoringModel = {
      ...version.scoringModel,
      engagementRules: version.scoringModel.engagementRules.map((r) => (r.activityType === 'email_opened' ? { ...r, points: 20, cap: null } : r)),
    };
    expect(model.engagementRules.some((r) => r.activityType === 'email_opened')).toBe(true);
    await runWrite(db, () => db.designVersions.add({ ...v1.value, id: newId(), name: 'Opens count', design: version }));
    const target = (await listDesignVersions(db)).find((v) => v.name === 'Opens count')!;
    // The hand-off stage (MQL) and everything after it, Disqualified included: sales' side of the line.
    const pastHandOff = ['mql', 'sql', 'opportunity', 'customer', 'disqualified'];
    const before = new Map((await db.contacts.where('lifecycleStage').anyOf(pastHandOff).toArray()).map((c) => [c.id, c]));
    const opened = new Set((await db.activities.filter((a) => a.type === 'email_opened').toArray()).map((a) => a.contactId));
    const withOpens = [...before.values()].filter((c) => opened.has(c.id));
    expect(withOpens.length).toBeGreaterThan(0);
    const transitionsBefore = await db.transitions.count();

    const applied = await applyDesignVersion(db, target.id, now + 5);
    if (!applied.ok) throw new Error(applied.reason);
    // Past the line when the rescore runs: those already there and the leads the new design handed off.
    expect(applied.value.rescored).toBe(before.size + applied.value.reevaluated.handedOff);
    for (const c of withOpens) {
      const after = (await db.contacts.get(c.id))!;
      expect(after.lifecycleStage, c.id).toBe(c.lifecycleStage);
      expect(after.engagementScore, c.id).toBeGreaterThan(c.engagementScore);
    }
    // Only leads before the hand-off may move, each with its log line.
    const logged = await db.transitions
      .where('at')
      .equals(now + 5)
      .toArray();
    expect(logged.every((t) => !before.has(t.contactId))).toBe(true);
    expect(await db.transitions.count()).toBe(transitionsBefore + logged.length);
  }, 60_000);

  it('refuses a design that drops stages holding contacts, and a malformed file, writing nothing', async () => {
    const { db } = await seededDemoDb({ seed: 7, now, locale: 'ko', contacts: 120 });
    const changesBefore = await db.changes.count();
    const refused = await writeDesign(db, buildTemplate('simple_lead_process', 'ko'), now);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.reason === 'refused' && refused.problems.map((p) => p.kind)).toContain('stage_in_use');
    const malformed = await importDesign(db, new TextEncoder().encode('{"$baton":"design","formatVersion":1}'), now);
    expect(malformed).toMatchObject({ ok: false, reason: 'malformed_file', errors: expect.arrayContaining([expect.objectContaining({ path: '$.design' })]) });
    const invalid = buildTemplate('the_model', 'ko');
    invalid.routingRules[0]!.target = { kind: 'person', memberId: 'nobody' };
    expect(await writeDesign(db, invalid, now)).toMatchObject({ ok: false, reason: 'invalid_design' });
    expect(await db.changes.count()).toBe(changesBefore);
  }, 60_000);

  it('a workspace from "The Model" exports a file that makes a fresh workspace the identical design', async () => {
    const a = openWorkspaceDb(`test-${newId()}`);
    await writeNewWorkspace(a, createWorkspaceFromDesign({ name: 'A', locale: 'en', now, design: buildTemplate('the_model', 'en') }));
    const bytes = (await exportDesign(a, { name: 'Client', appVersion: '0.1.0' }, now))!;
    const b = openWorkspaceDb(`test-${newId()}`);
    await writeNewWorkspace(b, createWorkspaceFromDesign({ name: 'B', locale: 'en', now, design: buildTemplate('simple_lead_process', 'en') }));
    const imported = await importDesign(b, bytes, now + 1);
    expect(imported).toMatchObject({ ok: true, value: { name: 'Client' } });
    const [da, db_] = [designOf(await loadDesignSource(a))!, designOf(await loadDesignSource(b))!];
    // The simple template's three seats stay (a design never removes people); everything else is A's.
    expect(sameDesign({ ...db_, team: db_.team.filter((m) => da.team.some((x) => x.id === m.id)) }, da)).toBe(true);
    expect(db_.roles.map((r) => r.role)).toEqual(['marketing', 'sdr', 'ae', 'ebr', 'csm']);
  }, 60_000);
});
