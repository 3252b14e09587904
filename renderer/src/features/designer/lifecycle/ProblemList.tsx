import { useTranslation } from 'react-i18next';
import type { LifecycleProblem } from '@shared/index';
import type { LifecycleDefinition } from '@shared/model';
import { problemStageId, problemText } from './design-words';

export type ProblemListProps = { lifecycle: LifecycleDefinition; problems: readonly LifecycleProblem[]; onOpen(stageId: string): void };

/** Every problem the engine finds, in words; one about a stage opens that stage. */
export function ProblemList({ lifecycle, problems, onOpen }: ProblemListProps) {
  const { t } = useTranslation();
  return (
    <section className="problem-list" aria-labelledby="designer-problems-title" data-testid="problem-list">
      <h2 id="designer-problems-title">
        {t('designer.problems.title')} <span className={problems.length > 0 ? 'badge badge-danger' : 'badge'}>{problems.length}</span>
      </h2>
      {problems.length === 0 ? (
        <p className="muted">{t('designer.problems.none')}</p>
      ) : (
        <ul className="plain-list">
          {problems.map((p, i) => {
            const id = problemStageId(p);
            const text = problemText(t, p, lifecycle);
            return (
              <li key={i}>
                {id && lifecycle.stages.some((s) => s.id === id) ? (
                  <button type="button" className="link-button problem-link" onClick={() => onOpen(id)}>
                    {text}
                  </button>
                ) : (
                  text
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
