import { funnelPositions, type ContentAsset, type FunnelPosition } from '../model/content-asset';
import type { LifecycleDefinition } from '../model/lifecycle';

/**
 * Where a stage sits in the funnel for content: up to Lead is the top (blog posts, guides, research),
 * MQL and SQL the middle (e-books, case studies, battle cards), Opportunity and after the bottom.
 * A custom stage takes its place in the lifecycle's funnel order.
 */
export function funnelPositionOf(stageId: string, lifecycle?: Pick<LifecycleDefinition, 'stages' | 'handOffStageId'>): FunnelPosition {
  const canonical: Record<string, FunnelPosition> = {
    prospect: 'tofu',
    subscriber: 'tofu',
    lead: 'tofu',
    mql: 'mofu',
    sql: 'mofu',
    opportunity: 'bofu',
    customer: 'bofu',
  };
  if (canonical[stageId]) return canonical[stageId];
  if (!lifecycle) return 'tofu';
  const funnel = lifecycle.stages.filter((s) => s.kind === 'funnel').map((s) => s.id);
  const at = funnel.indexOf(stageId);
  const handOff = funnel.indexOf(lifecycle.handOffStageId);
  if (at < 0 || handOff < 0) return 'tofu';
  return at < handOff ? 'tofu' : at <= handOff + 1 ? 'mofu' : 'bofu';
}

/** Whether an asset suits a persona (an asset for no persona in particular suits every one). */
export const suitsPersona = (asset: Pick<ContentAsset, 'personaIds'>, personaId: string | null): boolean =>
  asset.personaIds.length === 0 || (personaId !== null && asset.personaIds.includes(personaId));

/**
 * The content to suggest to a contact of this persona in this stage: live assets made for the stage
 * and the persona (or every persona), the persona's own first, then by funnel position and title.
 */
export function suggestContent(assets: readonly ContentAsset[], personaId: string | null, stageId: string): ContentAsset[] {
  return assets
    .filter((a) => a.deletedAt === null && a.stageIds.includes(stageId) && suitsPersona(a, personaId))
    .sort(
      (a, b) =>
        Number(b.personaIds.length > 0) - Number(a.personaIds.length > 0) ||
        funnelPositions.indexOf(a.funnelPosition) - funnelPositions.indexOf(b.funnelPosition) ||
        a.title.localeCompare(b.title),
    );
}

/** Assets by stage and persona, for the content matrix: `byCell.get(stageId)?.get(personaId | '*')`. */
export function contentMatrix(
  assets: readonly ContentAsset[],
  stageIds: readonly string[],
  personaIds: readonly string[],
): Map<string, Map<string, ContentAsset[]>> {
  const matrix = new Map<string, Map<string, ContentAsset[]>>();
  for (const stageId of stageIds) {
    const row = new Map<string, ContentAsset[]>();
    row.set('*', []);
    for (const p of personaIds) row.set(p, []);
    matrix.set(stageId, row);
  }
  for (const asset of assets) {
    if (asset.deletedAt !== null) continue;
    for (const stageId of asset.stageIds) {
      const row = matrix.get(stageId);
      if (!row) continue;
      if (asset.personaIds.length === 0) row.get('*')!.push(asset);
      else for (const p of asset.personaIds) row.get(p)?.push(asset);
    }
  }
  for (const row of matrix.values()) for (const list of row.values()) list.sort((a, b) => a.title.localeCompare(b.title));
  return matrix;
}
