import { ArrowRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../ui';
import { useStageLabels } from '../../i18n/use-stage-labels';
import { useWorkspaceQuery } from '../../workspace-api';

/** The lifecycle read-only, in large type: each funnel stage with its owner and SLA, left to right; the side states under it. */
export function DesignStep() {
  const { t, i18n } = useTranslation();
  const lifecycle = useWorkspaceQuery((q) => q.activeLifecycle(), []);
  const labels = useStageLabels();
  if (!lifecycle) return null;
  const funnel = lifecycle.stages.filter((s) => s.kind === 'funnel');
  const side = lifecycle.stages.filter((s) => s.kind !== 'funnel');
  const owner = (role: string | null) => (role ? t(`role.${role as 'sdr'}`) : t('presentation.noOwner'));
  const sla = (hours: number | null) => (hours === null ? t('presentation.noSla') : t('presentation.slaHours', { hours: formatNumber(hours, i18n.language) }));
  return (
    <div className="presentation-design">
      <p className="presentation-lead">
        <strong>{lifecycle.name}</strong> · {t('presentation.designLead', { stages: funnel.length })}
      </p>
      <ol className="presentation-stages" data-testid="presentation-stages">
        {funnel.map((stage, i) => (
          <li key={stage.id} data-stage-id={stage.id} className={stage.id === lifecycle.handOffStageId ? 'is-hand-off' : undefined}>
            <div className="presentation-stage">
              <span className="presentation-stage-name">{labels.get(stage.id)?.name ?? stage.id}</span>
              {stage.id === lifecycle.handOffStageId && <span className="presentation-badge">{t('presentation.handOff')}</span>}
              <dl>
                <dt>{t('presentation.owner')}</dt>
                <dd>{owner(stage.ownerRole)}</dd>
                <dt>{t('presentation.sla')}</dt>
                <dd>{sla(stage.slaHours)}</dd>
              </dl>
            </div>
            {i < funnel.length - 1 && <ArrowRight className="presentation-arrow" aria-hidden size={28} />}
          </li>
        ))}
      </ol>
      {side.length > 0 && (
        <ul className="presentation-side">
          {side.map((stage) => (
            <li key={stage.id}>
              <span className="presentation-stage-name">{labels.get(stage.id)?.name ?? stage.id}</span> · {owner(stage.ownerRole)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
