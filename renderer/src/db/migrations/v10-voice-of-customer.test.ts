import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '@shared/demo/generate-workspace';
import { vocQuoteSchema, contentAssetSchema, personaSchema } from '@shared/model';
import { readWorkspaceData } from '../repositories/workspace-data-repository';
import { upgradeFromVersion } from '../testing/migration-harness';
import { runWrite } from '../write-path';

const now = Date.UTC(2026, 3, 2);

describe('upgrade from version 9 (voice of customer)', () => {
  it('moves every embedded quote and content item into its table and gives personas a colour and no decision role', async () => {
    const data = generateDemoWorkspace({ seed: 9, now, locale: 'ko', contacts: 40 });
    const [first, second] = data.personas;
    // Version 9's personas held their quotes and content; they had no colour or decision role.
    const v9Personas = data.personas.map(({ color: _c, decisionRole: _d, ...p }, i) => ({
      ...p,
      voiceOfCustomer: i === 0 ? [{ id: 'q-1', quote: '리드 품질이 문제예요', topic: '리드 품질', notes: '패널', source: 'https://example.com/a' }] : [],
      content: i === 1 ? [{ id: 'c-1', title: '보안 가이드', stage: 'mql', kind: 'guide', url: null }] : [],
    }));
    const { quotes: _q, contentAssets: _a, personas: _p, ...rest } = data;
    const db = await upgradeFromVersion(9, (old) =>
      runWrite(old, async () => {
        for (const [table, rows] of Object.entries(rest)) await old.table(table).bulkAdd(rows);
        await old.table('personas').bulkAdd(v9Personas);
      }),
    );
    const after = await readWorkspaceData(db);
    expect(after.quotes).toEqual([
      {
        id: 'q-1',
        createdAt: first!.createdAt,
        updatedAt: first!.updatedAt,
        deletedAt: null,
        personaId: first!.id,
        quote: '리드 품질이 문제예요',
        topic: '리드 품질',
        notes: '패널',
        source: 'https://example.com/a',
        sourceKind: 'url',
        saidAt: null,
      },
    ]);
    expect(after.contentAssets).toEqual([
      expect.objectContaining({ id: 'c-1', title: '보안 가이드', kind: 'buyer_guide', funnelPosition: 'mofu', stageIds: ['mql'], personaIds: [second!.id] }),
    ]);
    for (const q of after.quotes) expect(vocQuoteSchema.safeParse(q).success).toBe(true);
    for (const a of after.contentAssets) expect(contentAssetSchema.safeParse(a).success).toBe(true);
    for (const p of after.personas) {
      expect(personaSchema.strict().safeParse(p).success, JSON.stringify(p)).toBe(true);
      expect(p.decisionRole).toBeNull();
    }
    // Colours follow the order, as new personas get them; nothing else of a persona changed.
    expect(after.personas.map(({ decisionRole: _d, ...p }) => p).sort((a, b) => a.order - b.order)).toEqual(
      data.personas.map(({ decisionRole: _d, ...p }) => p).sort((a, b) => a.order - b.order),
    );
    expect(await db.quotes.where('personaId').equals(first!.id).count()).toBe(1);
    expect(await db.contentAssets.where('stageIds').equals('mql').count()).toBe(1);
    db.close();
  });
});
