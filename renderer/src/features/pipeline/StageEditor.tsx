import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, arrayMove, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { ArrowDown, ArrowUp, GripVertical, Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newStageId } from '@shared/index';
import type { Pipeline, PipelineStage } from '@shared/model';
import { fieldErrorsText, reasonText } from '../../i18n/field-errors';
import { Button, Dialog, FormActions, NumberInput, TextInput, showToast } from '../../ui';
import { useWorkspaceApi } from '../../workspace-api';

export type StageEditorProps = { pipeline: Pipeline; openDeals: Readonly<Record<string, number>>; open: boolean; onOpenChange(open: boolean): void };

type Draft = { stage: PipelineStage; probability: string; rotting: string };

const toDraft = (stage: PipelineStage): Draft => ({
  stage,
  probability: String(Math.round(stage.probability * 100)),
  rotting: stage.rottingDays === null ? '' : String(stage.rottingDays),
});

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
  const [drafts, setDrafts] = useState<Draft[]>(() => pipeline.stages.map(toDraft));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    // Each opening starts from the pipeline as it is now.
    setWasOpen(open);
    if (open) {
      setDrafts(pipeline.stages.map(toDraft));
      setErrors({});
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
    const name = t('board.stages.newStage');
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
    setDrafts((all) => ordered([...all, toDraft(stage)]));
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
    const result = await actions.updatePipelineStages({ pipelineId: pipeline.id, stages });
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
        <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={dragEnd}>
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

type StageRowProps = {
  draft: Draft;
  sortable: boolean;
  first: boolean;
  last: boolean;
  deals: number;
  error(field: string): string | undefined;
  onChange(patch: Partial<Draft> | ((d: Draft) => Partial<Draft>)): void;
  onMove(by: number): void;
};

function StageRow({ draft, sortable, first, last, deals, error, onChange, onMove }: StageRowProps) {
  const { t } = useTranslation();
  const { stage } = draft;
  const { attributes, listeners, setNodeRef, transform, transition } = useSortable({ id: stage.id, disabled: !sortable });
  const style = transform ? { transform: `translate3d(0, ${Math.round(transform.y)}px, 0)`, transition } : undefined;
  const needs = (r: 'amount' | 'close_date') => stage.requires.includes(r);
  const toggleNeed = (r: 'amount' | 'close_date', on: boolean) =>
    onChange((d) => ({ stage: { ...d.stage, requires: on ? [...d.stage.requires.filter((x) => x !== r), r] : d.stage.requires.filter((x) => x !== r) } }));
  const nameError = error('name');
  const archiveError = error('archived');
  return (
    <li ref={setNodeRef} style={style} className={`stage-row${stage.archived ? ' is-archived' : ''}`} data-stage-row={stage.id}>
      <span className="stage-handle">
        {sortable ? (
          <>
            <button type="button" className="icon-button" aria-label={t('board.stages.reorder', { stage: stage.name })} {...attributes} {...listeners}>
              <GripVertical size={14} aria-hidden />
            </button>
            <button
              type="button"
              className="icon-button"
              disabled={first}
              aria-label={t('board.stages.moveUp', { stage: stage.name })}
              aria-keyshortcuts="Alt+ArrowUp"
              onClick={() => onMove(-1)}
            >
              <ArrowUp size={12} aria-hidden />
            </button>
            <button
              type="button"
              className="icon-button"
              disabled={last}
              aria-label={t('board.stages.moveDown', { stage: stage.name })}
              aria-keyshortcuts="Alt+ArrowDown"
              onClick={() => onMove(1)}
            >
              <ArrowDown size={12} aria-hidden />
            </button>
          </>
        ) : (
          <span className="muted stage-outcome">{t('board.stages.outcome')}</span>
        )}
      </span>
      <span className="stage-field">
        <TextInput
          value={stage.name}
          onValueChange={(name) => onChange((d) => ({ stage: { ...d.stage, name } }))}
          aria-label={t('board.stages.name')}
          aria-invalid={nameError ? true : undefined}
          maxLength={60}
          onKeyDown={(e) => {
            if (sortable && e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
              e.preventDefault();
              onMove(e.key === 'ArrowUp' ? -1 : 1);
            }
          }}
        />
        {nameError && <span className="error-text">{nameError}</span>}
      </span>
      <NumberInput
        value={draft.probability}
        onValueChange={(probability) => onChange({ probability })}
        min={0}
        max={100}
        aria-label={`${stage.name}: ${t('board.stages.probability')}`}
      />
      <NumberInput
        value={draft.rotting}
        onValueChange={(rotting) => onChange({ rotting })}
        min={1}
        max={365}
        placeholder={t('board.stages.rottingHint')}
        aria-label={`${stage.name}: ${t('board.stages.rotting')}`}
        disabled={stage.outcome !== 'open'}
      />
      <span className="stage-needs">
        <label>
          <input type="checkbox" checked={needs('amount')} onChange={(e) => toggleNeed('amount', e.target.checked)} disabled={stage.outcome === 'lost'} />
          {t('board.stages.requiresAmount')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={needs('close_date')}
            onChange={(e) => toggleNeed('close_date', e.target.checked)}
            disabled={stage.outcome !== 'open'}
          />
          {t('board.stages.requiresClose')}
        </label>
      </span>
      <span className="stage-field">
        <label>
          <input
            type="checkbox"
            // Won and Lost close every pipeline: they are not archived.
            disabled={stage.outcome !== 'open'}
            checked={stage.archived}
            onChange={(e) => onChange((d) => ({ stage: { ...d.stage, archived: e.target.checked } }))}
            aria-label={`${stage.name}: ${t('board.stages.archived')}`}
          />
          {deals > 0 && <span className="muted"> {t('board.stages.inUse', { count: deals })}</span>}
        </label>
        {archiveError && <span className="error-text">{archiveError}</span>}
      </span>
    </li>
  );
}
