import { Plus } from 'lucide-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, EmptyState, ProgressBar, showToast } from '../../../ui';
import { useWorkspaceApi } from '../../../workspace-api';
import { useDesigner } from '../designer-store';
import { FlowDiagram } from './FlowDiagram';
import { ProblemList } from './ProblemList';
import { StageEditor } from './StageEditor';
import { addStageAfter } from './lifecycle-draft';
import { saveRefusalText } from './save-words';
import { cleanLifecycle, useLifecycleDraft } from './use-lifecycle-draft';

/**
 * The lifecycle as a flow to edit: the diagram with the engine's problems on it, the open stage's
 * editor, and Save — refused, with the reason said, while the design has problems.
 */
export function LifecycleTab() {
  const { t } = useTranslation();
  const { actions } = useWorkspaceApi();
  const { saved, shown, dirty, problems, edit } = useLifecycleDraft();
  const { stageId, openStage, discard, base } = useDesigner();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  if (saved === undefined) return <p className="muted">{t('designer.loading')}</p>;
  if (!shown) return <EmptyState title={t('designer.noLifecycle')} />;
  const open = (id: string) => {
    openStage(id);
    // Enter opens the stage: the editor takes the focus, at its first field.
    requestAnimationFrame(() => nameInput.current?.focus());
  };
  const add = () => {
    const { lifecycle, id } = addStageAfter(shown, stageId, t('designer.editor.newStage'));
    edit(lifecycle);
    open(id);
  };
  const save = async () => {
    if (!saved || problems.length > 0) return;
    setRefusal(null);
    setProgress({ done: 0, total: 0 });
    const result = await actions
      .updateLifecycle({ lifecycle: cleanLifecycle(shown), baseUpdatedAt: base ?? saved.updatedAt, onProgress: (p) => setProgress(p) })
      .finally(() => setProgress(null));
    if (!result.ok) return setRefusal(saveRefusalText(t, result, saved));
    discard();
    const handedOff = result.value.reevaluated.handedOff;
    showToast({
      tone: 'ok',
      text: handedOff > 0 ? t('designer.saveResult.savedReevaluated', { count: handedOff }) : t('designer.saveResult.saved'),
      action: {
        label: t('undo.undo'),
        run: () =>
          void actions
            .undoBatch({ batchId: result.value.batchId })
            .then((undone) =>
              showToast(
                undone.ok
                  ? { tone: 'ok', text: t('designer.saveResult.undone') }
                  : { tone: 'error', text: t('undo.refused', { why: t('reason.changed_since') }) },
              ),
            ),
      },
    });
  };
  const openExists = stageId !== null && shown.stages.some((s) => s.id === stageId);
  return (
    <div className="lifecycle-tab">
      {/* The diagram stays in view while the stage below it is edited: every change shows on it at once. */}
      <div className="lifecycle-sticky">
        <div className="designer-toolbar">
          <Button onClick={add}>
            <Plus size={14} aria-hidden />
            {t('designer.toolbar.addStage')}
          </Button>
          <span className="designer-status" role="status" data-testid="designer-status">
            {problems.length > 0
              ? t('designer.toolbar.cannotSave', { count: problems.length })
              : dirty
                ? t('designer.toolbar.unsaved')
                : t('designer.toolbar.saved')}
          </span>
          <span className="row-actions inline">
            <Button variant="ghost" disabled={!dirty || progress !== null} onClick={() => (discard(), setRefusal(null))}>
              {t('designer.toolbar.discard')}
            </Button>
            <Button
              variant="primary"
              disabled={!dirty || problems.length > 0 || progress !== null}
              aria-busy={progress !== null || undefined}
              onClick={() => void save()}
            >
              {progress ? t('designer.toolbar.saving') : t('designer.toolbar.save')}
            </Button>
          </span>
        </div>
        {refusal && (
          <p className="error-banner" role="alert">
            {refusal}
          </p>
        )}
        {progress && progress.total > 0 && <ProgressBar label={t('designer.saveResult.reevaluating', progress)} done={progress.done} total={progress.total} />}
        <div className="lifecycle-layout">
          <FlowDiagram lifecycle={shown} problems={problems} openStageId={openExists ? stageId : null} onOpen={open} />
          <ProblemList lifecycle={shown} problems={problems} onOpen={open} />
        </div>
      </div>
      {openExists ? (
        <StageEditor key={stageId} lifecycle={shown} stageId={stageId} onChange={edit} onRemoved={() => openStage(null)} nameRef={nameInput} />
      ) : (
        <p className="muted stage-editor-empty">{t('designer.editor.empty')}</p>
      )}
    </div>
  );
}
