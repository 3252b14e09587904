import './scoring.css';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { validateScoringModel } from '@shared/index';
import type { ScoringModel } from '@shared/model';
import { Button, EmptyState, Field, ProgressBar, TextInput, formatNumber, showToast } from '../../../ui';
import { useWorkspaceApi, useWorkspaceQuery } from '../../../workspace-api';
import type { ActiveDesign } from '../../../workspace-api';
import { BantWeights } from './BantWeights';
import { EngagementRules } from './EngagementRules';
import { FitRules } from './FitRules';
import { HandOffSettings } from './HandOffSettings';
import { TestBench } from './TestBench';
import { ThresholdActions } from './ThresholdActions';
import { problemsAt } from './problem-text';

type Progress = { phase: 'saving' | 'rescoring' | 'reevaluating'; done: number; total: number };

/** The Designer's Scoring tab: the active scoring model's editor and its test bench. */
export function ScoringTab() {
  const { t } = useTranslation();
  const design = useWorkspaceQuery((q) => q.activeDesign(), []);
  if (design === undefined) return <p className="muted">{t('designRules.scoring.loading')}</p>;
  if (design === null) return <EmptyState title={t('designRules.scoring.noDesign')} />;
  return <ScoringEditor key={design.model.id} design={design} />;
}

function ScoringEditor({ design }: { design: ActiveDesign }) {
  const { t, i18n } = useTranslation();
  const { actions } = useWorkspaceApi();
  const [draft, setDraft] = useState<ScoringModel>(design.model);
  // The version the edit started from: a save over a newer one (another window) is refused.
  const [base, setBase] = useState(design.model.updatedAt);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const problems = useMemo(() => validateScoringModel(draft, design.lifecycle), [draft, design.lifecycle]);
  const error = problemsAt(t, problems);
  const dirty = JSON.stringify(draft) !== JSON.stringify(design.model);
  const changedElsewhere = progress === null && design.model.updatedAt !== base;
  const patch = (p: Partial<ScoringModel>) => setDraft((d) => ({ ...d, ...p }));
  const n = (v: number) => formatNumber(v, i18n.language);

  const reload = () => {
    setDraft(design.model);
    setBase(design.model.updatedAt);
    setRefusal(null);
  };
  const save = async () => {
    if (problems.length > 0) return setRefusal(t('designRules.scoring.fixFirst', { count: problems.length }));
    setRefusal(null);
    setProgress({ phase: 'saving', done: 0, total: 0 });
    try {
      const result = await actions.updateScoringModel({ model: draft, baseUpdatedAt: base, onProgress: (p) => setProgress(p) });
      if (result.ok) {
        setDraft(result.value.model);
        setBase(result.value.model.updatedAt);
        showToast({
          tone: 'ok',
          text: t('designRules.scoring.saved', { rescored: n(result.value.rescored), handedOff: n(result.value.reevaluated.handedOff) }),
        });
      } else if (result.reason === 'changed_since') setRefusal(t('designRules.scoring.changedSince'));
      else if (result.reason === 'invalid') setRefusal(t('designRules.scoring.fixFirst', { count: result.problems.length }));
      else setRefusal(t('designRules.scoring.noDesign'));
    } finally {
      setProgress(null);
    }
  };

  return (
    <div className="scoring-tab">
      <div className="scoring-editor">
        <div className="field-row">
          <Field label={t('designRules.scoring.name')} error={error('name')} className="grow">
            <TextInput name="modelName" value={draft.name} onValueChange={(name) => patch({ name })} />
          </Field>
        </div>
        <EngagementRules rules={draft.engagementRules} onChange={(engagementRules) => patch({ engagementRules })} error={error} />
        <FitRules rules={draft.fitRules} onChange={(fitRules) => patch({ fitRules })} error={error} />
        <BantWeights weights={draft.bantWeights} onChange={(bantWeights) => patch({ bantWeights })} error={error} />
        <HandOffSettings model={draft} onChange={patch} error={error} />
        <ThresholdActions
          actions={draft.thresholdActions}
          lifecycle={design.lifecycle}
          onChange={(thresholdActions) => patch({ thresholdActions })}
          error={error}
        />
        <div className="designer-save-bar">
          {changedElsewhere && (
            <p className="warning-text" role="status">
              {t('designRules.scoring.otherWindow')}{' '}
              <Button variant="ghost" onClick={reload}>
                {t('designRules.scoring.loadSaved')}
              </Button>
            </p>
          )}
          {refusal && (
            <p className="error-text" role="alert" data-testid="scoring-refusal">
              {refusal}
            </p>
          )}
          {progress && (
            <ProgressBar
              label={t(`designRules.scoring.progress.${progress.phase}`, { done: n(progress.done), total: n(progress.total) })}
              done={progress.done}
              total={progress.total}
            />
          )}
          <Button variant="primary" onClick={() => void save()} disabled={progress !== null || !dirty}>
            {t('designRules.scoring.save')}
          </Button>
          <Button onClick={reload} disabled={progress !== null || !dirty}>
            {t('designRules.scoring.discard')}
          </Button>
          {problems.length > 0 && <span className="error-text">{t('designRules.scoring.problemCount', { count: problems.length })}</span>}
        </div>
      </div>
      <TestBench model={draft} lifecycle={design.lifecycle} icp={design.icp} />
    </div>
  );
}
