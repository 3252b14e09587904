import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nextStages, recycleReasons, type TransitionContext, type TransitionEvaluation } from '@shared/index';
import type { Contact, LifecycleDefinition, RecycleReason } from '@shared/model';
import { Button } from '../../../ui';
import { describeUnmet, fixFor } from '../describe-unmet';
import type { StageLabel } from '../use-stage-labels';
import type { StageAction, StageActionResult } from '../../../db/repositories/lifecycle-actions-repository';

export type StageControlProps = {
  contact: Contact;
  lifecycle: LifecycleDefinition;
  context: TransitionContext;
  stageLabels: Map<string, StageLabel>;
  canDecideHandOff: boolean;
  onAction(action: StageAction): Promise<StageActionResult>;
};

type Pending = { kind: 'recycle' | 'reject' } | { kind: 'refused'; to: string; evaluation: Exclude<TransitionEvaluation, { ok: true }> } | null;

/**
 * The next allowed stages, each with what still blocks it; a refused move lists every unmet
 * criterion with a way to fix it, and can be overridden with a reason. Hand-offs get Accept/Reject.
 */
export function StageControl({ contact, lifecycle, context, stageLabels, canDecideHandOff, onAction }: StageControlProps) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Pending>(null);
  const [reason, setReason] = useState<RecycleReason | ''>('');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<string | null>(null);
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
      setMessage(t('stageControl.moved', { stage: name(result.contact.lifecycleStage) }));
      return;
    }
    setMessage(null);
    if (result.error === 'refused' && result.evaluation.reason === 'criteria') setPending({ kind: 'refused', to, evaluation: result.evaluation });
    else setMessage(errorText(result));
  };
  const errorText = (result: Extract<StageActionResult, { ok: false }>): string => {
    if (result.error === 'refused') return result.evaluation.reason === 'hand_off_required' ? t('stageControl.handOffRequired') : t('stageControl.notAllowed');
    if (result.error === 'recycle_reason_required') return t('stageControl.recycleReasonRequired');
    if (result.error === 'override_reason_required') return t('stageControl.overrideReasonRequired');
    if (result.error === 'not_authorised') return t('stageControl.notAuthorised');
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
      {message && (
        <p className="stage-message" role="status">
          {message}
        </p>
      )}
      {pending?.kind === 'refused' && pending.evaluation.reason === 'criteria' && (
        <div className="refusal" role="alert">
          <p>{t('stageControl.refused', { stage: name(pending.to), items: pending.evaluation.unmet.map((u) => describeUnmet(t, u)).join(', ') })}</p>
          <ul>
            {pending.evaluation.unmet.map((u) => (
              <li key={u.item}>
                {describeUnmet(t, u)}
                {fixFor(t, u) && <span className="muted"> — {fixFor(t, u)}</span>}
              </li>
            ))}
          </ul>
          <label className="field">
            {t('stageControl.overrideReason')}
            <input value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          <div className="row-actions">
            <Button variant="ghost" onClick={() => setPending(null)}>
              {t('stageControl.cancel')}
            </Button>
            <Button disabled={note.trim() === ''} onClick={() => void run({ kind: 'override', to: pending.to, reason: note }, pending.to)}>
              {t('stageControl.override')}
            </Button>
          </div>
        </div>
      )}
      {(pending?.kind === 'recycle' || pending?.kind === 'reject') && (
        <div className="recycle-form">
          <label className="field">
            {t('stageControl.reason')}
            <select value={reason} onChange={(e) => setReason(e.target.value as RecycleReason)}>
              <option value="">{t('stageControl.pickReason')}</option>
              {recycleReasons.map((r) => (
                <option key={r} value={r}>
                  {t(`recycleReason.${r}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            {t('stageControl.note')}
            <input value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          <div className="row-actions">
            <Button variant="ghost" onClick={() => setPending(null)}>
              {t('stageControl.cancel')}
            </Button>
            <Button
              variant="primary"
              disabled={reason === ''}
              onClick={() =>
                reason &&
                void run(
                  pending.kind === 'reject'
                    ? { kind: 'reject', recycleReason: reason, reason: note }
                    : { kind: 'move', to: recycledId!, recycleReason: reason, reason: note },
                  recycledId!,
                )
              }
            >
              {pending.kind === 'reject' ? t('stageControl.reject') : t('stageControl.recycle')}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
