import { describe, expect, it } from 'vitest';
import { workspaceTableNames, workspaceTableSchemas } from '../model/workspace';
import { unmetCriteria, type TransitionContext } from '../lifecycle/criteria';
import type { ActivityType } from '../model/identifiers';
import { assignPersona } from '../personas/assign-persona';
import { scoreAll } from '../scoring/score-all';
import { generateDemoWorkspace } from './generate-workspace';

const now = Date.UTC(2026, 10, 23, 9);

describe('generateDemoWorkspace', () => {
  const workspace = generateDemoWorkspace({ seed: 42, now, locale: 'en', contacts: 2000 });

  it('is deterministic: same seed, same workspace down to every id', () => {
    const again = generateDemoWorkspace({ seed: 42, now, locale: 'en', contacts: 2000 });
    expect(again).toEqual(workspace);
  });

  it('reports its progress while it generates (contacts made of the total, then deals), and the progress changes nothing of the workspace', () => {
    const seen: { step: string; done: number; total: number }[] = [];
    const again = generateDemoWorkspace({ seed: 42, now, locale: 'en', contacts: 2000 }, (p) => seen.push(p));
    expect(again).toEqual(workspace);
    expect(seen.map((p) => `${p.step} ${p.done}/${p.total}`)).toEqual([
      'contacts 500/2000',
      'contacts 1000/2000',
      'contacts 1500/2000',
      'contacts 2000/2000',
      'deals 2000/2000',
    ]);
  });

  it('differs for another seed', () => {
    const other = generateDemoWorkspace({ seed: 7, now, locale: 'en', contacts: 50 });
    expect(other.contacts[0]!.id).not.toBe(workspace.contacts[0]!.id);
  });

  it('produces records that pass their schemas', () => {
    for (const table of workspaceTableNames) {
      const schema = workspaceTableSchemas[table];
      for (const record of workspace[table]) expect(schema.safeParse(record).success, `${table} ${JSON.stringify(record).slice(0, 200)}`).toBe(true);
    }
  });

  it('has the team, companies, contacts and deals the issue asks for', () => {
    expect(workspace.teamMembers.map((m) => m.role).sort()).toEqual(['ae', 'ae', 'ae', 'csm', 'ebr', 'marketing', 'sdr', 'sdr']);
    expect(workspace.companies).toHaveLength(300);
    expect(workspace.contacts).toHaveLength(2000);
    expect(workspace.deals.length).toBeGreaterThan(150);
    expect(workspace.deals.length).toBeLessThan(260);
    const stages = new Set(workspace.contacts.map((c) => c.lifecycleStage));
    expect([...stages].sort()).toEqual(['customer', 'disqualified', 'lead', 'mql', 'opportunity', 'prospect', 'recycled', 'sql', 'subscriber']);
  });

  it('gives every contact a transition log that ends in its current stage', () => {
    const lastByContact = new Map<string, { at: number; to: string }>();
    for (const t of workspace.transitions) {
      const last = lastByContact.get(t.contactId);
      if (!last || t.at >= last.at) lastByContact.set(t.contactId, t);
    }
    for (const contact of workspace.contacts) expect(lastByContact.get(contact.id)?.to).toBe(contact.lifecycleStage);
  });

  it('keeps history within six months before now', () => {
    const sixMonths = 181 * 86_400_000;
    for (const t of workspace.transitions) {
      expect(t.at).toBeLessThanOrEqual(now);
      expect(t.at).toBeGreaterThan(now - sixMonths);
    }
  });

  it('scores contacts consistently with their stage: MQLs crossed the hand-off threshold, prospects did not', () => {
    const threshold = workspace.scoringModels[0]!.handOffThreshold;
    for (const c of workspace.contacts) {
      if (c.lifecycleStage === 'mql') expect(c.engagementScore).toBeGreaterThanOrEqual(threshold);
      // Prospects stay below it, except the "almost qualified" ones held back only by missing consent.
      if (c.lifecycleStage === 'prospect' && c.consent.status === 'granted') expect(c.engagementScore).toBeLessThan(threshold);
    }
  });

  it('has rejected hand-offs: a lead recycled from the hand-off stage was sent back by its SDR', () => {
    const sdrs = new Set(workspace.teamMembers.filter((m) => m.role === 'sdr').map((m) => m.id));
    const rejected = workspace.transitions.filter((t) => t.kind === 'hand_off_rejected');
    const accepted = workspace.transitions.filter((t) => t.kind === 'hand_off_accepted');
    expect(rejected.length).toBeGreaterThan(0);
    // A realistic share: sales accepts most hand-offs.
    expect(rejected.length / (rejected.length + accepted.length)).toBeGreaterThan(0.05);
    expect(rejected.length / (rejected.length + accepted.length)).toBeLessThan(0.3);
    for (const t of rejected) {
      expect([t.from, t.to]).toEqual(['mql', 'recycled']);
      expect(sdrs.has(t.byMemberId!)).toBe(true);
    }
    expect(workspace.transitions.filter((t) => t.from === 'mql' && t.to === 'recycled' && t.kind !== 'hand_off_rejected')).toEqual([]);
  });

  it('books meetings by the SDRs (before the hand-off is accepted) and by an EBR (outbound), without moving a contact’s last activity', () => {
    const roleOf = new Map(workspace.teamMembers.map((m) => [m.id, m.role]));
    const meetings = workspace.activities.filter((a) => a.type === 'meeting_booked');
    const by = (role: string) => meetings.filter((a) => a.byMemberId !== null && roleOf.get(a.byMemberId) === role);
    const acceptedAt = new Map(workspace.transitions.filter((t) => t.kind === 'hand_off_accepted').map((t) => [t.contactId, t.at]));
    expect(by('sdr').length).toBe(acceptedAt.size);
    for (const m of by('sdr')) expect(m.at).toBeLessThan(acceptedAt.get(m.contactId)!);
    const contacts = new Map(workspace.contacts.map((c) => [c.id, c]));
    expect(by('ebr').length).toBeGreaterThan(20);
    const ebr = workspace.teamMembers.find((m) => m.role === 'ebr')!;
    for (const m of by('ebr')) {
      expect(contacts.get(m.contactId)!.source).toBe('outbound');
      expect(m.at).toBeGreaterThanOrEqual(ebr.createdAt);
    }
    // Joined last: lists of the team by id keep the order they had.
    expect(
      workspace.teamMembers
        .map((m) => m.id)
        .sort()
        .at(-1),
    ).toBe(ebr.id);
    const last = new Map<string, number>();
    for (const a of workspace.activities) if (a.at <= now) last.set(a.contactId, Math.max(last.get(a.contactId) ?? -Infinity, a.at));
    for (const c of workspace.contacts) expect(c.lastActivityAt).toBe(last.get(c.id) ?? null);
  });

  it('sells products independently of the deal’s owner (win rate by product is not win rate by owner)', () => {
    const productsByOwner = new Map<string, Set<unknown>>();
    for (const d of workspace.deals) productsByOwner.set(d.ownerId!, (productsByOwner.get(d.ownerId!) ?? new Set()).add(d.customFields['product']));
    for (const products of productsByOwner.values()) expect([...products].sort()).toEqual(['Enterprise', 'Growth', 'Starter']);
    for (const d of workspace.deals) expect(d.customFields['product']).toBe(d.amount! < 40_000 ? 'Starter' : d.amount! < 100_000 ? 'Growth' : 'Enterprise');
  });

  it('uses Korean names and companies for a Korean workspace', () => {
    const ko = generateDemoWorkspace({ seed: 1, now, locale: 'ko', contacts: 20 });
    expect(ko.contacts[0]!.lastName).toMatch(/[가-힣]/);
    expect(ko.companies[0]!.name).toMatch(/[가-힣]/);
    expect(ko.meta[0]!.currency).toBe('KRW');
  });
});

describe('company names', () => {
  it('are unique within a demo workspace', () => {
    const { companies } = generateDemoWorkspace({ seed: 11, now, locale: 'ko', contacts: 4000 });
    expect(new Set(companies.map((c) => c.name)).size).toBe(companies.length);
  });
});

describe('demo data obeys the real engines', () => {
  const ws = generateDemoWorkspace({ seed: 21, now, locale: 'ko', contacts: 1500 });
  const lifecycle = ws.lifecycles[0]!;
  const model = ws.scoringModels[0]!;
  const icp = ws.icps[0]!;
  const companies = new Map(ws.companies.map((c) => [c.id, c]));
  const scores = scoreAll({ contacts: ws.contacts, activities: ws.activities, model, now, companies: ws.companies, icp });

  it('stores the scores the scoring engine gives', () => {
    for (const c of ws.contacts) {
      const s = scores.get(c.id)!;
      expect([c.engagementScore, c.fitScore, c.bantScore]).toEqual([Math.round(s.engagement), Math.round(s.fit), Math.round(s.bant)]);
    }
  });

  it('assigns personas the way assignPersona does', () => {
    for (const c of ws.contacts) expect(c.personaId).toBe(assignPersona(c.jobTitle, ws.personas)?.personaId ?? null);
  });

  it('meets the entry criteria of every funnel stage a contact passed through', () => {
    const typesByContact = new Map<string, Set<ActivityType>>();
    for (const a of ws.activities) typesByContact.set(a.contactId, (typesByContact.get(a.contactId) ?? new Set()).add(a.type));
    const group = <T>(rows: T[], key: (row: T) => string | null) => {
      const map = new Map<string, T[]>();
      for (const row of rows) map.set(key(row) ?? '', [...(map.get(key(row) ?? '') ?? []), row]);
      return map;
    };
    const dealsByContact = group(ws.deals, (d) => d.primaryContactId);
    const transitionsByContact = group(ws.transitions, (t) => t.contactId);
    let checked = 0;
    for (const c of ws.contacts.filter((c) => !['recycled', 'disqualified'].includes(c.lifecycleStage))) {
      const s = scores.get(c.id)!;
      const context: TransitionContext = {
        company: c.companyId ? companies.get(c.companyId) : null,
        activityTypes: typesByContact.get(c.id) ?? new Set(),
        deals: dealsByContact.get(c.id) ?? [],
        scores: { engagement: s.engagement, fit: s.fit, bant: s.bant, handOffMeasure: s.total, icpFit: s.icpFit },
        handOffThreshold: model.handOffThreshold,
        icpThreshold: ws.icps[0]!.threshold,
      };
      for (const t of transitionsByContact.get(c.id) ?? []) {
        const stage = lifecycle.stages.find((st) => st.id === t.to)!;
        expect(unmetCriteria(stage.entryCriteria, c, context).map((u) => `${c.lifecycleStage}: ${t.to} needs ${u.item}`)).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(2000);
  });
});
