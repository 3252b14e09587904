import { describe, expect, it } from 'vitest';
import { seededDemoDb } from '../testing/demo-db';
import { runWrite } from '../write-path';
import { reevaluateHandOffs } from './design-change-repository';

const now = Date.UTC(2026, 10, 23, 3);

describe('reevaluateHandOffs', () => {
  it('a design that asks less (threshold 40, no intent needed) hands off the leads it now makes ready, routed, with progress', async () => {
    const { db, data } = await seededDemoDb({ seed: 44, now, locale: 'en', contacts: 400 });
    await runWrite(db, () => db.scoringModels.put({ ...data.scoringModels[0]!, handOffThreshold: 40 }));
    const lifecycle = data.lifecycles[0]!;
    const stages = lifecycle.stages.map((s) => (s.id === 'mql' ? { ...s, entryCriteria: s.entryCriteria.filter((c) => c.kind !== 'activity_present') } : s));
    await runWrite(db, () => db.lifecycles.put({ ...lifecycle, stages }));
    const mqlsBefore = await db.contacts.where('lifecycleStage').equals('mql').count();
    const seen: number[] = [];
    const result = await reevaluateHandOffs(db, now, (p) => seen.push(p.done));
    expect(result.total).toBeGreaterThan(0);
    expect(seen.at(-1)).toBe(result.total);
    expect(result.handedOff).toBeGreaterThan(0);
    expect(await db.contacts.where('lifecycleStage').equals('mql').count()).toBe(mqlsBefore + result.handedOff);
    const automatic = (await db.transitions.where('at').equals(now).toArray()).filter((t) => t.kind === 'automatic');
    expect(automatic).toHaveLength(result.handedOff);
    for (const t of automatic) {
      const contact = (await db.contacts.get(t.contactId))!;
      expect(contact.lifecycleStage).toBe('mql');
      expect(contact.consent.status).toBe('granted');
      expect(
        await db.tasks
          .where('contactId')
          .equals(t.contactId)
          .filter((task) => task.createdAt === now)
          .count(),
      ).toBe(1);
    }
    // A second run finds nothing more to do.
    expect((await reevaluateHandOffs(db, now + 1)).handedOff).toBe(0);
  }, 30_000); // a 2,000-contact demo rescored: seconds when the machine is busy
});
