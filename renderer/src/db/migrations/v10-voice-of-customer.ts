import type { Transaction } from 'dexie';
import { personaColors } from '@shared/model';

type OldQuote = { id: string; quote: string; topic?: string; notes?: string; source?: string };
type OldContent = { id: string; title: string; stage: string; kind: string; url: string | null };
type OldPersona = {
  id: string;
  order: number;
  createdAt: number;
  updatedAt: number;
  color?: string;
  decisionRole?: string | null;
  voiceOfCustomer?: OldQuote[];
  content?: OldContent[];
};

/** The old persona content kinds, as the kinds of the content library. */
const kindOf: Record<string, string> = {
  blog: 'blog_post',
  guide: 'buyer_guide',
  research: 'research_paper',
  ebook: 'ebook',
  case_study: 'case_study',
  battle_card: 'battle_card',
  other: 'blog_post',
};
const positionOf = (stage: string) => (['prospect', 'subscriber', 'lead'].includes(stage) ? 'tofu' : ['mql', 'sql'].includes(stage) ? 'mofu' : 'bofu');
const sourceKindOf = (source: string) => (/^https?:\/\//i.test(source.trim()) ? 'url' : 'other');

/**
 * Version 10: personas get a colour and a decision role, and their quotes and content move out of
 * the persona record into tables of their own (the voice-of-customer library is also workspace-wide,
 * and a content asset suits several stages and personas). Nothing is dropped: every embedded quote
 * and content item becomes a record with its old id, stamped with its persona's times.
 */
export async function upgradeToVoiceOfCustomer(tx: Transaction): Promise<void> {
  const quotes: Record<string, unknown>[] = [];
  const assets: Record<string, unknown>[] = [];
  await tx
    .table('personas')
    .toCollection()
    .modify((persona: OldPersona) => {
      const stamp = { createdAt: persona.createdAt, updatedAt: persona.updatedAt, deletedAt: null };
      for (const q of persona.voiceOfCustomer ?? [])
        quotes.push({
          id: q.id,
          ...stamp,
          personaId: persona.id,
          quote: q.quote,
          topic: q.topic ?? '',
          notes: q.notes ?? '',
          source: q.source ?? '',
          sourceKind: sourceKindOf(q.source ?? ''),
          saidAt: null,
        });
      for (const c of persona.content ?? [])
        assets.push({
          id: c.id,
          ...stamp,
          title: c.title,
          kind: kindOf[c.kind] ?? 'blog_post',
          url: c.url,
          funnelPosition: positionOf(c.stage),
          stageIds: [c.stage],
          personaIds: [persona.id],
        });
      persona.color ??= personaColors[Math.abs(persona.order) % personaColors.length]!;
      persona.decisionRole ??= null;
      delete persona.voiceOfCustomer;
      delete persona.content;
    });
  if (quotes.length) await tx.table('quotes').bulkPut(quotes);
  if (assets.length) await tx.table('contentAssets').bulkPut(assets);
}
