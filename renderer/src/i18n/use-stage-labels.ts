import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { lifecycleStageIds, type LifecycleStage, type Role } from '@shared/model';
import { useWorkspaceQuery } from '../workspace-api';

export type StageLabel = { name: string; ownerRole: Role | null; side: boolean };

const isCanonical = (id: string) => (lifecycleStageIds as readonly string[]).includes(id);

/** Display name and owner of every stage of the active lifecycle (custom names win over translations). */
export function useStageLabels(): Map<string, StageLabel> {
  const { t } = useTranslation();
  const lifecycle = useWorkspaceQuery((q) => q.activeLifecycle(), []);
  // The same map while the lifecycle and language are: pages pass it (and functions of it) to memoised charts.
  return useMemo(() => {
    const labels = new Map<string, StageLabel>();
    for (const stage of lifecycle?.stages ?? ([] as LifecycleStage[])) {
      const name = stage.name ?? (isCanonical(stage.id) ? t(`stage.${stage.id as (typeof lifecycleStageIds)[number]}`) : stage.id);
      labels.set(stage.id, { name, ownerRole: stage.ownerRole, side: stage.kind !== 'funnel' });
    }
    return labels;
  }, [lifecycle, t]);
}
