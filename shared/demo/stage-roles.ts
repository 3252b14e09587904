import type { LifecycleDefinition, LifecycleStage, StageCriterion } from '../model/lifecycle';

/**
 * The stages that play a part the generator must know about: where consent is given, where ICP fit
 * and persona begin, the hand-off, its acceptance, the stage deals open at, the won stage and the
 * side states. The default lifecycle's are the canonical ids; a design's are read from its criteria.
 */
export type StageRoles = {
  consent: string | null;
  qualifiedLead: string | null;
  handOff: string;
  accepted: string;
  opportunity: string | null;
  won: string;
  recycled: string | null;
  disqualified: string | null;
};

export const canonicalRoles: StageRoles = {
  consent: 'subscriber',
  qualifiedLead: 'lead',
  handOff: 'mql',
  accepted: 'sql',
  opportunity: 'opportunity',
  won: 'customer',
  recycled: 'recycled',
  disqualified: 'disqualified',
};

const has = (stage: LifecycleStage, kinds: StageCriterion['kind'][]) => stage.entryCriteria.some((c) => kinds.includes(c.kind));

/** The parts a design's stages play, from their entry criteria (DOMAIN.md §1). */
export function stageRolesOf(lifecycle: Pick<LifecycleDefinition, 'stages' | 'handOffStageId' | 'acceptedStageId'>): StageRoles {
  const funnel = lifecycle.stages.filter((s) => s.kind === 'funnel');
  const won = funnel.find((s) => has(s, ['deal_won'])) ?? funnel[funnel.length - 1]!;
  const wonAt = funnel.indexOf(won);
  const opportunity = funnel.find((s) => has(s, ['deal_amount_present', 'deal_close_date_present'])) ?? (wonAt > 0 ? funnel[wonAt - 1]! : null);
  return {
    consent: funnel.find((s) => has(s, ['consent_present']))?.id ?? null,
    qualifiedLead: funnel.find((s) => has(s, ['persona_assigned', 'icp_fit_at_least']))?.id ?? null,
    handOff: lifecycle.handOffStageId,
    accepted: lifecycle.acceptedStageId,
    opportunity: opportunity?.id ?? null,
    won: won.id,
    recycled: lifecycle.stages.find((s) => s.kind === 'recycled')?.id ?? null,
    disqualified: lifecycle.stages.find((s) => s.kind === 'disqualified')?.id ?? null,
  };
}
