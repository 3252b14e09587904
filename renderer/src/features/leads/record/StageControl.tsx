import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nextStages, type AppliedAction, type TransitionContext, type TransitionEvaluation, type UnmetCriterion } from '@shared/index';
import type { Contact, LifecycleDefinition, RecycleReason } from '@shared/model';
import { Button, Field, FormActions, Select, TextInput } from '../../../ui';
import { RecycleReasonOptions } from '../RecycleReasonOptions';
import { RecordMessage, useRecordNote } from './RecordMessage';
import { fellShort } from './fell-short';
import { describeNotChecked, describeUnmet, fixFor } from '../describe-unmet';
import type { StageLabel } from '../../../i18n/use-stage-labels';
import type { StageAction, StageActionResult } from '../../../workspace-api';

export type StageControlProps = {
  contact: Contact;
  lifecycle: LifecycleDefinition;
  context: TransitionContext;
  stageLabels: Map<string, StageLabel>;
  canDecideHandOff: boolean;
  /** May the current person override a refused move into this stage (shared's canOverride)? */
  canOverride(stageId: string): boolean;
  /** Words for what followed a move (routing on arrival in the hand-off stage). */
  describeActions?(applied: AppliedAction[]): string;
  onAction(action: StageAction): Promise<StageActionResult>;
};

type Pending = { kind: 'recycle' | 'reject' } | { kind: 'refused'; to: string; evaluation: Exclude<TransitionEvaluation, { ok: true }> } | null;

/**
 * The next allowed stages, each with what still blocks it; a refused move lists every unmet
 * criterion with a way to fix it, and can be overridden with a reason. Hand-offs get Accept/Reject.
 */
function FixList({ fixes }: { fixes: string[] }) {
  if (fixes.length === 0) return null;
  return (
    <ul>
      {[...new Set(fixes)].map((fix) => (
        <li key={fix}>{fix}</li>
      ))}
    </ul>
  );
}

/** Unmet criteria grouped by the stage that asks for them, in funnel order: a move that skips stages answers to each. */
function byStage(unmet: readonly UnmetCriterion[], target: string): [string, UnmetCriterion[]][] {
  const groups = new Map<string, UnmetCriterion[]>();
  for (const u of unmet) {
    const stage = u.stageId ?? target;
    groups.set(stage, [...(groups.get(stage) ?? []), u]);
  }
  return [...groups];
}

export function StageControl({ contact, lifecycle, context, stageLabels, canDecideHandOff, canOverride, describeActions, onAction }: StageControlProps) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Pending>(null);
  const [reason, setReason] = useState<RecycleReason | ''>('');
  const [note, setNote] = useState('');
  const { note: message, say, clear } = useRecordNote(contact.updatedAt);
  const name = (id: string) => stageLabels.get(id)?.name ?? id;
  const options = nextStages(contact, context, lifecycle);
  const inHandOff = contact.lifecycleStage === lifecycle.handOffStageId;
  const recycledId = lifecycle.stages.find((s) => s.kind === 'recycled')?.id;

  const run = async (action: StageAction, to: string) => {
    const result = await onAction(action);
    if (result.ok) {
      setPending(null);
      setReason('');
      setNote('');
      const followed = result.applied.length && describeActions ? ` ${describeActions(result.applied)}.` : '';
      say(
        t('stageControl.moved', { stage: name(result.contact.lifecycleStage) }) + followed,
        fellShort(result.applied) ? 'warn' : 'ok',
        result.contact.updatedAt,
      );
      return;
    }
    clear();
    if (result.error === 'refused' && result.evaluation.reason === 'criteria') setPending({ kind: 'refused', to, evaluation: result.evaluation });
    else say(errorText(result), 'warn');
  };
  const errorText = (result: Extract<StageActionResult, { ok: false }>): string => {
    if (result.error === 'refused') return result.evaluation.reason === 'hand_off_required' ? t('stageControl.handOffRequired') : t('stageControl.notAllowed');
    if (result.error === 'recycle_reason_required') return t('stageControl.recycleReasonRequired');
    if (result.error === 'override_reason_required') return t('stageControl.overrideReasonRequired');
    if (result.error === 'not_authorised') return t('stageControl.notAuthorised');
    if (result.error === 'unknown_recycle_reason') return t('stageControl.unknownRecycleReason');
    if (result.error === 'before_stage_entry') return t('stageControl.beforeStageEntry');
    if (result.error === 'future_dated') return t('stageControl.futureDated');
    if (result.error === 'not_in_hand_off') return t('stageControl.notInHandOff');
    return t('common.error', { message: result.error });
  };

  return (
    <section className="record-card stage-control" aria-labelledby="stage-control-title">
      <h2 id="stage-control-title">{t('stageControl.moveTo')}</h2>
      <div className="stage-buttons">
        {inHandOff && canDecideHandOff && (
          <>
            <Button variant="primary" onClick={() => void run({ kind: 'accept' }, lifecycle.acceptedStageId)}>
              {t('stageControl.accept')}
            </Button>
            <Button onClick={() => setPending({ kind: 'reject' })}>{t('stageControl.reject')}</Button>
          </>
        )}
        {options
          .filter((o) => o.stage.kind === 'funnel' && !(inHandOff && o.stage.id === lifecycle.acceptedStageId))
          .map(({ stage, evaluation }) => (
            <Button
              key={stage.id}
              data-stage-target={stage.id}
              className={evaluation.ok ? undefined : 'is-blocked'}
              onClick={() => void run({ kind: 'move', to: stage.id }, stage.id)}
            >
              {name(stage.id)}
              {!evaluation.ok && <span className="blocked-tag">{t('stageControl.blocked')}</span>}
            </Button>
          ))}
        {recycledId && options.some((o) => o.stage.id === recycledId) && !inHandOff && (
          <Button onClick={() => setPending({ kind: 'recycle' })}>{t('stageControl.recycle')}</Button>
        )}
      </div>
      <RecordMessage note={message} />
      {pending?.kind === 'refused' && pending.evaluation.reason === 'criteria' && (
        <div className="refusal" role="alert">
          {byStage(pending.evaluation.unmet, pending.to).map(([stageId, items]) => (
            <div key={stageId}>
              <p>{t('stageControl.stageNeeds', { stage: name(stageId), items: items.map((u) => describeUnmet(t, u, name)).join(', ') })}</p>
              {/* The header names what is missing; the list adds only the ways to fix it. */}
              <FixList fixes={items.map((u) => fixFor(t, u)).filter((fix): fix is string => fix !== null)} />
            </div>
          ))}
          {describeNotChecked(t, pending.evaluation.notChecked) && <p className="muted">{describeNotChecked(t, pending.evaluation.notChecked)}</p>}
          {canOverride(pending.to) ? (
            <Field label={t('stageControl.overrideReason')}>
              <TextInput value={note} onValueChange={setNote} maxLength={500} />
            </Field>
          ) : (
            <p className="muted">{t('stageControl.overrideNotAllowed', { stage: name(pending.to) })}</p>
          )}
          <div className="row-actions">
            <Button variant="ghost" onClick={() => setPending(null)}>
              {t('stageControl.cancel')}
            </Button>
            {canOverride(pending.to) && (
              <Button disabled={note.trim() === ''} onClick={() => void run({ kind: 'override', to: pending.to, reason: note }, pending.to)}>
                {t('stageControl.override')}
              </Button>
            )}
          </div>
        </div>
      )}
      {(pending?.kind === 'recycle' || pending?.kind === 'reject') && (
        <form
          className="recycle-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!reason) return;
            void run(
              pending.kind === 'reject'
                ? { kind: 'reject', recycleReason: reason, reason: note }
                : { kind: 'move', to: recycledId!, recycleReason: reason, reason: note },
              recycledId!,
            );
          }}
        >
          <Field label={t('stageControl.reason')}>
            <Select value={reason} onValueChange={(value) => setReason(value as RecycleReason | '')} required>
              <RecycleReasonOptions placeholder={t('stageControl.pickReason')} />
            </Select>
          </Field>
          <Field label={t('stageControl.note')}>
            <TextInput value={note} onValueChange={setNote} maxLength={500} />
          </Field>
          <FormActions
            submitLabel={pending.kind === 'reject' ? t('stageControl.reject') : t('stageControl.recycle')}
            cancelLabel={t('stageControl.cancel')}
            onCancel={() => setPending(null)}
            disabled={reason === ''}
          />
        </form>
      )}
    </section>
  );
}
