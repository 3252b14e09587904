import { useTranslation } from 'react-i18next';
import type { DesignProblem, FunnelDesign } from '@shared/design';
import { designNames, problemText } from './design-words';
import { SaveVersionForm } from './SaveVersionForm';

export type LiveDesignSectionProps = { live: { design: FunnelDesign; problems: DesignProblem[] } | null; fileActions: React.ReactNode };

/** The live design in one line, the engines' findings, and what can be done with it. */
export function LiveDesignSection({ live, fileActions }: LiveDesignSectionProps) {
  const { t } = useTranslation();
  if (!live) return null;
  const { design, problems } = live;
  const names = designNames(t, design);
  return (
    <section className="designs-section" aria-labelledby="designs-live-title">
      <h2 id="designs-live-title">{t('designs.live.title')}</h2>
      <p data-testid="live-design-summary">
        {t('designs.live.summary', {
          name: design.lifecycle.name,
          stages: design.lifecycle.stages.length,
          rules: design.routingRules.length,
          pipelines: design.pipelines.length,
          seats: design.team.length,
        })}
      </p>
      {problems.length === 0 ? (
        <p className="muted">{t('designs.live.clean')}</p>
      ) : (
        <>
          <p>{t('designs.live.problems', { count: problems.length })}</p>
          <ul className="designs-problems">
            {problems.map((p, i) => (
              <li key={i} data-severity={p.severity}>
                <span className={`badge ${p.severity === 'error' ? 'badge-danger' : 'badge-warning'}`}>{t(`designs.live.${p.severity}`)}</span>{' '}
                {problemText(t, p, names)}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="designs-actions">
        <SaveVersionForm />
        {fileActions}
      </div>
    </section>
  );
}
