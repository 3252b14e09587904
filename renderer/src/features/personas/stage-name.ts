import { useCallback } from 'react';
import { useStageLabels } from '../../i18n/use-stage-labels';

/** A stage's display name (custom names win over translations), by id. */
export function useStageName(): (stageId: string) => string {
  const labels = useStageLabels();
  return useCallback((stageId: string) => labels.get(stageId)?.name ?? stageId, [labels]);
}
