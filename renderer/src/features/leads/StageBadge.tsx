import type { StageLabel } from '../../i18n/use-stage-labels';

export type StageBadgeProps = { stageId: string; label: StageLabel | undefined };

/** Stage pill coloured by the role that owns the stage (marketing, SDR, AE, CSM). */
export function StageBadge({ stageId, label }: StageBadgeProps) {
  const tone = label?.side ? 'side' : (label?.ownerRole ?? 'side');
  return (
    <span className={`badge stage-badge stage-${tone}`} data-stage={stageId}>
      <span className="stage-dot" aria-hidden />
      {label?.name ?? stageId}
    </span>
  );
}
