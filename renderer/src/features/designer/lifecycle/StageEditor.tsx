import { ArrowLeft, ArrowRight, Trash2 } from 'lucide-react';
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { lifecycleStageIds, roles, type LifecycleDefinition, type Role } from '@shared/model';
import { Button, ConfirmDialog, Field, Select, TextInput } from '../../../ui';
import { DraftNumber } from '../scoring/DraftNumber';
import { CriteriaList } from './CriteriaList';
import { stageName } from './design-words';
import { moveStage, removeStage, setVolumeTarget, updateStage } from './lifecycle-draft';
import { TextArea } from './TextArea';

export type StageEditorProps = {
  lifecycle: LifecycleDefinition;
  stageId: string;
  onChange(next: LifecycleDefinition): void;
  onRemoved(): void;
  nameRef?: Ref<HTMLInputElement>;
};

/** Everything about one stage: name, definition, owner, SLA, content, where it may lead, its criteria and its volume target. */
export function StageEditor({ lifecycle, stageId, onChange, onRemoved, nameRef }: StageEditorProps) {
  const { t } = useTranslation();
  const [confirmRemove, setConfirmRemove] = useState(false);
  const stage = lifecycle.stages.find((s) => s.id === stageId);
  if (!stage) return null;
  const set = (patch: Parameters<typeof updateStage>[2]) => onChange(updateStage(lifecycle, stageId, patch));
  const canonical = (lifecycleStageIds as readonly string[]).includes(stage.id);
  const standardName = canonical ? stageName(t, { id: stage.id, name: null }) : '';
  const funnel = lifecycle.stages.filter((s) => s.kind === 'funnel');
  const index = funnel.findIndex((s) => s.id === stageId);
  const target = lifecycle.volumeSlas.find((v) => v.stageId === stageId);
  const promisedBy: Role = target?.ownerRole ?? (index > 0 ? funnel[index - 1]!.ownerRole : stage.ownerRole) ?? 'marketing';
  const name = stageName(t, stage);
  return (
    <section className="stage-editor-panel" aria-labelledby="designer-stage-title" data-testid="stage-editor">
      <header className="card-title-row">
        <h2 id="designer-stage-title">{t('designer.editor.title', { name })}</h2>
        <span className="row-actions inline">
          {stage.kind === 'funnel' ? (
            <>
              <Button
                variant="ghost"
                disabled={index <= 0}
                onClick={() => onChange(moveStage(lifecycle, stageId, -1))}
                aria-label={t('designer.editor.moveLeft')}
              >
                <ArrowLeft size={14} aria-hidden />
              </Button>
              <Button
                variant="ghost"
                disabled={index >= funnel.length - 1}
                onClick={() => onChange(moveStage(lifecycle, stageId, 1))}
                aria-label={t('designer.editor.moveRight')}
              >
                <ArrowRight size={14} aria-hidden />
              </Button>
            </>
          ) : (
            <span className="muted">{t('designer.editor.side')}</span>
          )}
          <Button variant="ghost" onClick={() => setConfirmRemove(true)}>
            <Trash2 size={14} aria-hidden />
            {t('designer.editor.remove')}
          </Button>
        </span>
      </header>
      <div className="stage-editor-grid">
        <div className="stage-editor-col">
          <Field label={t('designer.editor.name')} hint={canonical ? t('designer.editor.nameHint', { name: standardName }) : undefined}>
            <TextInput
              ref={nameRef}
              value={stage.name ?? ''}
              placeholder={standardName}
              onValueChange={(v) => set({ name: v === '' && canonical ? null : v })}
            />
          </Field>
          <Field label={t('designer.editor.definition')} hint={t('designer.editor.definitionHint')}>
            <TextArea rows={3} value={stage.definition} onValueChange={(definition) => set({ definition })} />
          </Field>
          <div className="stage-field-row">
            <Field label={t('designer.editor.owner')}>
              <Select
                value={stage.ownerRole ?? ''}
                onValueChange={(v) => set({ ownerRole: v === '' ? null : (v as Role) })}
                options={[{ value: '', label: t('designer.editor.noOwner') }, ...roles.map((r) => ({ value: r, label: t(`role.${r}`) }))]}
              />
            </Field>
            <Field label={t('designer.editor.sla')} hint={t('designer.editor.slaHint')}>
              <DraftNumber nullable min={1} value={stage.slaHours} onNumberChange={(slaHours) => set({ slaHours })} />
            </Field>
          </div>
          <Field label={t('designer.editor.content')} hint={t('designer.editor.contentHint')}>
            <TextArea rows={3} value={stage.content.join('\n')} onValueChange={(v) => set({ content: v.split('\n') })} />
          </Field>
          <fieldset className="next-stages">
            <legend>{t('designer.editor.next')}</legend>
            <p className="muted field-hint">{t('designer.editor.nextHint')}</p>
            {lifecycle.stages
              .filter((s) => s.id !== stageId)
              .map((s) => (
                <label key={s.id}>
                  <input
                    type="checkbox"
                    checked={stage.allowedNext.includes(s.id)}
                    onChange={(e) => set({ allowedNext: e.target.checked ? [...stage.allowedNext, s.id] : stage.allowedNext.filter((n) => n !== s.id) })}
                  />
                  {stageName(t, s)}
                </label>
              ))}
          </fieldset>
          <fieldset className="volume-target">
            <legend>{t('designer.editor.target')}</legend>
            <p className="muted field-hint">{t('designer.editor.targetHint')}</p>
            <div className="stage-field-row">
              <Field label={t('designer.editor.targetCount')}>
                <DraftNumber
                  nullable
                  min={1}
                  step={1}
                  value={target?.count ?? null}
                  onNumberChange={(count) =>
                    onChange(
                      setVolumeTarget(
                        lifecycle,
                        stageId,
                        // An empty box removes the target; a number it cannot be stays in the draft, where the engine names it (a typo never deletes the promise).
                        count === null ? null : { count, period: target?.period ?? 'month', ownerRole: promisedBy },
                      ),
                    )
                  }
                />
              </Field>
              <Field label={t('designer.editor.targetPeriod')}>
                <Select
                  disabled={!target}
                  value={target?.period ?? 'month'}
                  onValueChange={(period) => target && onChange(setVolumeTarget(lifecycle, stageId, { ...target, period: period as 'month' }))}
                  options={(['month', 'quarter'] as const).map((p) => ({ value: p, label: t(`designer.editor.period.${p}`) }))}
                />
              </Field>
              <Field label={t('designer.editor.targetBy')}>
                <Select
                  disabled={!target}
                  value={promisedBy}
                  onValueChange={(role) => target && onChange(setVolumeTarget(lifecycle, stageId, { ...target, ownerRole: role as Role }))}
                  options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
                />
              </Field>
            </div>
          </fieldset>
        </div>
        <div className="stage-editor-col">
          <CriteriaList label={t('designer.editor.entry')} criteria={stage.entryCriteria} onChange={(entryCriteria) => set({ entryCriteria })} />
          <CriteriaList
            label={t('designer.editor.exit')}
            hint={t('designer.editor.exitHint')}
            criteria={stage.exitCriteria}
            onChange={(exitCriteria) => set({ exitCriteria })}
          />
        </div>
      </div>
      <ConfirmDialog
        open={confirmRemove}
        title={t('designer.editor.removeConfirm', { stage: name })}
        body={t('designer.editor.removeBody')}
        confirmLabel={t('designer.editor.remove')}
        onCancel={() => setConfirmRemove(false)}
        onConfirm={() => {
          setConfirmRemove(false);
          onChange(removeStage(lifecycle, stageId));
          onRemoved();
        }}
      />
    </section>
  );
}
