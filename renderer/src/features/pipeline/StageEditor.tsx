import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, arrayMove, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newStageId, untakenStageName } from '@shared/index';
import type { Pipeline, PipelineStage } from '@shared/model';
import { fieldErrorsText, reasonText } from '../../i18n/field-errors';
import { Button, Dialog, FormActions, showToast } from '../../ui';
import { useWorkspaceApi } from '../../workspace-api';
import { StageRow } from './StageRow';
import { toDraft, type Draft } from './stage-draft';

export type StageEditorProps = { pipeline: Pipeline; openDeals: Readonly<Record<string, number>>; open: boolean; onOpenChange(open: boolean): void };

/** Open stages in the order the user set, then Won and Lost, which always close the pipeline. */
const ordered = (drafts: Draft[]) => [...drafts.filter((d) => d.stage.outcome === 'open'), ...drafts.filter((d) => d.stage.outcome !== 'open')];

/**
 * The pipeline's stages as an editable, sortable list: names, win probability, rotting limit, what a
 * deal needs to enter, and archiving (refused while deals are in the stage). Saved in one write after
 * the shared check; errors appear at the stage and field they concern.
 */
export function StageEditor({ pipeline, openDeals, open, onOpenChange }: StageEditorProps) {
  const { t } = useTranslation();
  const { actions } = useWorkspaceApi();
  const [drafts, setDrafts] = useState<Draft[]>(() => pipeline.stages.map((s) => toDraft(s)));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [wasOpen, setWasOpen] = useState(open);
  // The version the edit started from: saved over a newer one (another window), the save is refused.
  const [base, setBase] = useState(pipeline.updatedAt);
  if (open !== wasOpen) {
    // Each opening starts from the pipeline as it is now.
    setWasOpen(open);
    if (open) {
      setDrafts(pipeline.stages.map((s) => toDraft(s)));
      setErrors({});
      setBase(pipeline.updatedAt);
    }
  }
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const change = (id: string, patch: Partial<Draft> | ((d: Draft) => Partial<Draft>)) =>
    setDrafts((all) => all.map((d) => (d.stage.id === id ? { ...d, ...(typeof patch === 'function' ? patch(d) : patch) } : d)));
  const move = (id: string, by: number) =>
    setDrafts((all) => {
      const openOnes = all.filter((d) => d.stage.outcome === 'open');
      const from = openOnes.findIndex((d) => d.stage.id === id);
      const to = from + by;
      if (from < 0 || to < 0 || to >= openOnes.length) return all;
      return ordered([...arrayMove(openOnes, from, to), ...all.filter((d) => d.stage.outcome !== 'open')]);
    });
  const dragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const openOnes = drafts.filter((d) => d.stage.outcome === 'open');
    const to = openOnes.findIndex((d) => d.stage.id === over.id);
    if (to >= 0) move(String(active.id), to - openOnes.findIndex((d) => d.stage.id === active.id));
  };
  const add = () => {
    const name = untakenStageName(
      t('board.stages.newStage'),
      drafts.map((d) => d.stage.name),
    );
    const stage: PipelineStage = {
      id: newStageId(
        name,
        drafts.map((d) => d.stage.id),
      ),
      name,
      probability: 0.5,
      rottingDays: 14,
      outcome: 'open',
      requires: [],
      archived: false,
    };
    setDrafts((all) => ordered([...all, toDraft(stage, true)]));
  };
  const remove = (id: string) => setDrafts((all) => all.filter((d) => d.stage.id !== id || !d.added));
  const nameOf = (id: string | number) => drafts.find((d) => d.stage.id === id)?.stage.name ?? '';
  const positionOf = (id: string | number) => drafts.filter((d) => d.stage.outcome === 'open').findIndex((d) => d.stage.id === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('board.stages.announcePicked', { stage: nameOf(active.id), position: positionOf(active.id) }),
    onDragOver: ({ active, over }) => (over ? t('board.stages.announceOver', { stage: nameOf(active.id), position: positionOf(over.id) }) : undefined),
    onDragEnd: ({ active, over }) => t('board.stages.announceDropped', { stage: nameOf(active.id), position: positionOf(over?.id ?? active.id) }),
    onDragCancel: ({ active }) => t('board.stages.announceCancelled', { stage: nameOf(active.id) }),
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // An empty win % is a missing number, not 0 % (which would silently zero the weighted totals).
    const blank = ordered(drafts).flatMap((d, i) =>
      d.probability.trim() === '' ? [[`stages.${i}.probability`, reasonText(t, { code: 'required' })] as const] : [],
    );
    if (blank.length > 0) return setErrors(Object.fromEntries(blank));
    const stages = ordered(drafts).map(({ stage, probability, rotting }) => ({
      ...stage,
      probability: Number(probability) / 100,
      rottingDays: rotting === '' ? null : Number(rotting),
    }));
    const result = await actions.updatePipelineStages({ pipelineId: pipeline.id, stages, baseUpdatedAt: base });
    if (result.ok) {
      onOpenChange(false);
      showToast({ tone: 'ok', text: t('board.stages.saved') });
      return;
    }
    setErrors(Object.fromEntries(result.errors.map((e) => [e.field, e.field === 'stages' ? fieldErrorsText(t, [e]) : reasonText(t, e)])));
  };
  const openOnes = drafts.filter((d) => d.stage.outcome === 'open');
  const rows = ordered(drafts);
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      wide
      title={t('board.stages.title', { pipeline: pipeline.name })}
      description={t('board.stages.description')}
    >
      <form onSubmit={submit} className="stage-editor">
        {errors['stages'] && (
          <p className="error-text" role="alert">
            {errors['stages']}
          </p>
        )}
        <div className="stage-row stage-row-header" aria-hidden>
          <span />
          <span>{t('board.stages.name')}</span>
          <span>{t('board.stages.probability')}</span>
          <span>{t('board.stages.rotting')}</span>
          <span />
          <span>{t('board.stages.archived')}</span>
        </div>
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={dragEnd}
          accessibility={{ announcements, screenReaderInstructions: { draggable: t('board.stages.instructions') } }}
        >
          <SortableContext items={openOnes.map((d) => d.stage.id)} strategy={verticalListSortingStrategy}>
            <ol className="stage-list">
              {rows.map((draft) => {
                const i = rows.indexOf(draft);
                const index = openOnes.indexOf(draft);
                return (
                  <StageRow
                    key={draft.stage.id}
                    draft={draft}
                    sortable={draft.stage.outcome === 'open'}
                    first={index === 0}
                    last={index === openOnes.length - 1}
                    deals={openDeals[draft.stage.id] ?? 0}
                    error={(field) => errors[`stages.${i}.${field}`]}
                    onChange={(patch) => change(draft.stage.id, patch)}
                    onMove={(by) => move(draft.stage.id, by)}
                    onRemove={draft.added ? () => remove(draft.stage.id) : undefined}
                  />
                );
              })}
            </ol>
          </SortableContext>
        </DndContext>
        <Button onClick={add}>
          <Plus size={14} aria-hidden />
          {t('board.stages.add')}
        </Button>
        <FormActions submitLabel={t('board.stages.save')} onCancel={() => onOpenChange(false)} />
      </form>
    </Dialog>
  );
}
