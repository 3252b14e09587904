import { useSortable } from '@dnd-kit/sortable';
import { ArrowDown, ArrowUp, GripVertical, Trash2 } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberInput, TextInput } from '../../ui';
import type { Draft } from './stage-draft';

export type StageRowProps = {
  draft: Draft;
  sortable: boolean;
  first: boolean;
  last: boolean;
  deals: number;
  error(field: string): string | undefined;
  onChange(patch: Partial<Draft> | ((d: Draft) => Partial<Draft>)): void;
  onMove(by: number): void;
  /** Given for a stage added in this editing session: it was never saved, so it can go. */
  onRemove?(): void;
};

/** An error under its field, linked to it (aria-describedby) so a screen reader reads it with the field. */
function FieldErrorText({ id, text }: { id: string; text: string | undefined }) {
  return text ? (
    <span id={id} className="error-text">
      {text}
    </span>
  ) : null;
}

/** One stage in the editor: handle and arrows to reorder, name, win %, rotting limit, requirements, archive. */
export function StageRow({ draft, sortable, first, last, deals, error, onChange, onMove, onRemove }: StageRowProps) {
  const { t } = useTranslation();
  const uid = useId();
  const errorId = (field: string) => `${uid}-${field}-error`;
  const described = (field: string) => (error(field) ? { 'aria-invalid': true, 'aria-describedby': errorId(field) } : {});
  const { stage } = draft;
  const { attributes, listeners, setNodeRef, transform, transition } = useSortable({ id: stage.id, disabled: !sortable });
  const style = transform ? { transform: `translate3d(0, ${Math.round(transform.y)}px, 0)`, transition } : undefined;
  const needs = (r: 'amount' | 'close_date') => stage.requires.includes(r);
  const toggleNeed = (r: 'amount' | 'close_date', on: boolean) =>
    onChange((d) => ({ stage: { ...d.stage, requires: on ? [...d.stage.requires.filter((x) => x !== r), r] : d.stage.requires.filter((x) => x !== r) } }));
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
          {...described('name')}
          maxLength={60}
          onKeyDown={(e) => {
            if (sortable && e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
              e.preventDefault();
              onMove(e.key === 'ArrowUp' ? -1 : 1);
            }
          }}
        />
        <FieldErrorText id={errorId('name')} text={error('name')} />
      </span>
      <span className="stage-field">
        <NumberInput
          value={draft.probability}
          onValueChange={(probability) => onChange({ probability })}
          min={0}
          max={100}
          aria-label={`${stage.name}: ${t('board.stages.probability')}`}
          {...described('probability')}
        />
        <FieldErrorText id={errorId('probability')} text={error('probability')} />
      </span>
      <span className="stage-field">
        <NumberInput
          value={draft.rotting}
          onValueChange={(rotting) => onChange({ rotting })}
          min={1}
          max={365}
          placeholder={t('board.stages.rottingHint')}
          aria-label={`${stage.name}: ${t('board.stages.rotting')}`}
          disabled={stage.outcome !== 'open'}
          {...described('rottingDays')}
        />
        <FieldErrorText id={errorId('rottingDays')} text={error('rottingDays')} />
      </span>
      <span className="stage-needs">
        <label>
          <input
            type="checkbox"
            checked={needs('amount')}
            onChange={(e) => toggleNeed('amount', e.target.checked)}
            disabled={stage.outcome === 'lost'}
            aria-label={`${stage.name}: ${t('board.stages.requiresAmount')}`}
          />
          {t('board.stages.requiresAmount')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={needs('close_date')}
            onChange={(e) => toggleNeed('close_date', e.target.checked)}
            disabled={stage.outcome !== 'open'}
            aria-label={`${stage.name}: ${t('board.stages.requiresClose')}`}
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
            {...described('archived')}
          />
          {deals > 0 && <span className="muted"> {t('board.stages.inUse', { count: deals })}</span>}
        </label>
        <FieldErrorText id={errorId('archived')} text={error('archived')} />
        {onRemove && (
          <button type="button" className="icon-button" aria-label={t('board.stages.remove', { stage: stage.name })} onClick={onRemove}>
            <Trash2 size={12} aria-hidden />
          </button>
        )}
      </span>
    </li>
  );
}
