import { suggestContent } from '@shared/index';
import type { ContentAsset, Icp, LifecycleDefinition, Persona, VocQuote } from '@shared/model';
import { getWorkspaceMeta } from '../../db/repositories/meta-repository';
import { personasVersion } from '../../db/repositories/personas-repository';
import { getActiveDesign } from '../../db/repositories/scoring-context-repository';
import type { ApiContext } from '../context';

export type PersonaLibrary = {
  /** Live personas in assignment order. */
  personas: Persona[];
  /** The version a personas edit starts from (a save over a newer one is refused). */
  personasVersion: number;
  quotes: VocQuote[];
  contentAssets: ContentAsset[];
  lifecycle: LifecycleDefinition | null;
  icp: Icp | null;
  timeZone: string;
};

/** Everything the Personas & ICP page shows: personas, the voice-of-customer library, content by stage, the active ICP. */
export async function personaLibraryQuery(ctx: ApiContext): Promise<PersonaLibrary> {
  const [personas, quotes, contentAssets, design, meta] = await Promise.all([
    ctx.db.personas.toArray(),
    ctx.db.quotes.filter((q) => q.deletedAt === null).toArray(),
    ctx.db.contentAssets.filter((a) => a.deletedAt === null).toArray(),
    getActiveDesign(ctx.db),
    getWorkspaceMeta(ctx.db),
  ]);
  return {
    personas: personas.filter((p) => p.deletedAt === null).sort((a, b) => a.order - b.order),
    personasVersion: personasVersion(personas),
    quotes,
    contentAssets,
    lifecycle: design?.lifecycle ?? null,
    icp: design?.icp ?? null,
    timeZone: meta?.calendar.timeZone ?? 'UTC',
  };
}

/** The content a contact of this persona in this stage should get next (record page). */
export async function suggestedContentQuery(ctx: ApiContext, input: { personaId: string | null; stageId: string }): Promise<ContentAsset[]> {
  const assets = await ctx.db.contentAssets.where('stageIds').equals(input.stageId).toArray();
  return suggestContent(assets, input.personaId, input.stageId);
}
