import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '@shared/demo/generate-workspace';
import { newId, type Contact } from '@shared/model';
import { openWorkspaceDb } from '../workspace-db';
import { fixAlmostQualified } from './almost-qualified-repository';
import { loadAlmostQualified } from './queues-repository';
import { getActiveDesign } from './scoring-context-repository';
import { writeWorkspaceData } from './workspace-data-repository';

const now = Date.UTC(2026, 10, 23);

describe('almost qualified', () => {
  it('lists a hot lead missing only consent; recording consent hands it off at once', async () => {
    const db = openWorkspaceDb(`aq-${newId()}`);
    const data = generateDemoWorkspace({ seed: 61, now, locale: 'en', contacts: 200 });
    // A recycled MQL: above the threshold, intent shown, ICP fit — remove its consent.
    const target = data.contacts.find(
      (c) => c.lifecycleStage === 'recycled' && c.engagementScore >= 75 && data.transitions.some((t) => t.contactId === c.id && t.to === 'mql'),
    )!;
    const withoutConsent: Contact = { ...target, consent: { status: 'none', source: null, at: null } };
    data.contacts = data.contacts.map((c) => (c.id === target.id ? withoutConsent : c));
    await writeWorkspaceData(db, data);
    const design = (await getActiveDesign(db))!;
    const list = await loadAlmostQualified(db, design);
    expect(list.find((a) => a.contactId === target.id)?.missing.item).toBe('consent');
    const fixed = await fixAlmostQualified(db, target.id, { kind: 'consent', source: 'phone call' }, now + 1);
    expect(fixed.ok).toBe(true);
    if (!fixed.ok) return;
    expect(fixed.value.applied.map((a) => a.kind)).toEqual(['change_stage', 'route']);
    expect((await db.contacts.get(target.id))!).toMatchObject({ lifecycleStage: 'mql', consent: { status: 'granted', source: 'phone call' } });
    expect((await loadAlmostQualified(db, design)).some((a) => a.contactId === target.id)).toBe(false);
  });

  it('refuses to fill a field it should not touch', async () => {
    const db = openWorkspaceDb(`aq-${newId()}`);
    const data = generateDemoWorkspace({ seed: 62, now, locale: 'en', contacts: 30 });
    await writeWorkspaceData(db, data);
    expect(await fixAlmostQualified(db, data.contacts[0]!.id, { kind: 'field', field: 'lifecycleStage', value: 'customer' }, now)).toMatchObject({
      ok: false,
      errors: [{ field: 'lifecycleStage' }],
    });
  });
});
