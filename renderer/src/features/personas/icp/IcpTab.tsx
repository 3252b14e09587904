import { Plus } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { icpShares, validateIcp } from '@shared/index';
import type { Icp } from '@shared/model';
import { Button, Field, TextInput, formatNumber, formatPercent, showToast } from '../../../ui';
import type { IcpApplyProgress, PersonaLibrary } from '../../../workspace-api';
import { useStageName } from '../stage-name';
import { usePersonasPage } from '../personas-store';
import { usePersonasWorker } from '../use-personas-worker';
import { CriterionRow } from './CriterionRow';
import { IcpPreviewPanel } from './IcpPreviewPanel';
import { blankIcp, icpProblemText, newCriterion } from './icp-draft';
import { useIcpPreview } from './use-icp-preview';
import { WeightInput } from './WeightInput';
import { SaveBar } from '../SaveBar';

type Outcome = { text: string; detail: string | null };

/** The ICP editor (DOMAIN.md §6): weighted firmographic criteria, the "in ICP" threshold, a live preview, and Apply. */
export function IcpTab({ library }: { library: PersonaLibrary }) {
  const { t, i18n } = useTranslation();
  const { client } = usePersonasWorker();
  const stageLabel = useStageName();
  const stored = usePersonasPage((s) => s.icpDraft);
  const editIcp = usePersonasPage((s) => s.editIcp);
  const [revision, setRevision] = useState(0);
  const [progress, setProgress] = useState<IcpApplyProgress | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const appliedBase = library.icp?.updatedAt ?? null;
  const draft = stored ?? { icp: library.icp ?? blankIcp(t('personas.icp.defaultName')), base: appliedBase };
  const icp = draft.icp;
  const problems = useMemo(() => validateIcp(icp), [icp]);
  const error = icpProblemText(t, problems);
  const { shares, total } = icpShares(icp);
  const preview = useIcpPreview(icp);
  const applied = useIcpPreview(library.icp && library.icp !== icp ? library.icp : null);
  const dirty = stored !== null && JSON.stringify(stored.icp) !== JSON.stringify(library.icp);
  const changedElsewhere = progress === null && stored !== null && stored.base !== appliedBase;
  const n = (v: number) => formatNumber(v, i18n.language);
  const patch = (p: Partial<Icp>) => editIcp({ icp: { ...icp, ...p }, base: draft.base });

  const discard = () => {
    editIcp(null);
    setRevision((r) => r + 1);
    setRefusal(null);
  };
  const apply = async () => {
    if (!client) return;
    if (problems.length > 0) return setRefusal(t('personas.icp.fixFirst', { count: problems.length }));
    setRefusal(null);
    setOutcome(null);
    setProgress({ phase: 'saving', done: 0, total: 0, handedOff: 0 });
    try {
      const result = await client.applyIcp({ icp, baseUpdatedAt: draft.base }, setProgress);
      if (result.ok) {
        const v = result.value;
        editIcp(null);
        setRevision((r) => r + 1);
        const stages = Object.entries(v.noLongerFitByStage).map(([id, count]) => `${stageLabel(id)} ${n(count)}`);
        setOutcome({
          text: t('personas.icp.applied', { rescored: n(v.rescored), handedOff: n(v.handedOff) }),
          detail: v.noLongerFit > 0 ? t('personas.icp.noLongerFit', { count: v.noLongerFit, formatted: n(v.noLongerFit), stages: stages.join(', ') }) : null,
        });
        showToast({ tone: 'ok', text: t('personas.icp.applied', { rescored: n(v.rescored), handedOff: n(v.handedOff) }) });
      } else if (result.reason === 'cancelled') setRefusal(t('personas.icp.cancelled'));
      else if (result.reason === 'changed_since') setRefusal(t('personas.icp.changedSince'));
      else if (result.reason === 'invalid') setRefusal(t('personas.icp.fixFirst', { count: result.problems.length }));
      else setRefusal(t('personas.noDesign'));
    } finally {
      setProgress(null);
    }
  };

  return (
    <div className="icp-tab">
      <div className="icp-editor">
        <section className="personas-section" aria-labelledby="icp-editor-title">
          <h2 id="icp-editor-title">{t('personas.icp.title')}</h2>
          <p className="muted">{t(library.icp ? 'personas.icp.hint' : 'personas.icp.none')}</p>
          <div className="field-row">
            <Field label={t('personas.icp.name')} error={error('name')} className="grow">
              <TextInput name="icpName" value={icp.name} onValueChange={(name) => patch({ name })} />
            </Field>
            <Field label={t('personas.icp.threshold')} hint={t('personas.icp.thresholdHint')} error={error('threshold')}>
              <WeightInput
                key={`threshold-${revision}`}
                name="icpThreshold"
                min={0}
                max={100}
                value={icp.threshold}
                onNumberChange={(v) => patch({ threshold: v ?? Number.NaN })}
              />
            </Field>
          </div>
        </section>
        <section className="personas-section" aria-labelledby="icp-criteria-title">
          <h2 id="icp-criteria-title">{t('personas.icp.criteria')}</h2>
          {icp.criteria.length > 0 && (
            <div className="share-bar" aria-hidden>
              {icp.criteria.map((c, i) => (
                <span key={i} className={`share share-${i % 8}`} style={{ flexGrow: Math.max(0, shares[i] ?? 0) }} />
              ))}
            </div>
          )}
          <ol className="icp-criteria">
            {icp.criteria.map((criterion, i) => (
              <CriterionRow
                key={`${revision}-${i}`}
                index={i}
                criterion={criterion}
                share={shares[i] ?? 0}
                matches={preview.result?.preview.perCriterion[i] ?? null}
                error={error}
                onChange={(c) => patch({ criteria: icp.criteria.map((x, j) => (j === i ? c : x)) })}
                onRemove={() => {
                  patch({ criteria: icp.criteria.filter((_, j) => j !== i) });
                  setRevision((r) => r + 1);
                }}
              />
            ))}
          </ol>
          {error('criteria') && <p className="error-text">{error('criteria')}</p>}
          <p className={error('weights') ? 'error-text' : 'muted'} data-testid="icp-weights-total" role={error('weights') ? 'alert' : undefined}>
            {error('weights') ?? t('personas.icp.total', { total: formatPercent(total / 100, i18n.language) })}
          </p>
          <Button onClick={() => patch({ criteria: [...icp.criteria, newCriterion(icp.criteria)] })}>
            <Plus size={14} aria-hidden />
            {t('personas.icp.add')}
          </Button>
        </section>
        <SaveBar
          changedElsewhere={changedElsewhere ? { text: t('personas.icp.otherWindow'), loadLabel: t('personas.icp.loadApplied'), onLoad: discard } : null}
          refusal={refusal}
          refusalTestId="icp-refusal"
          progress={
            progress && {
              label: t(`personas.icp.progress.${progress.phase}`, { done: n(progress.done), total: n(progress.total) }),
              done: progress.done,
              total: progress.total,
            }
          }
          onCancel={() => client?.cancel()}
          action={
            <Button variant="primary" onClick={() => void apply()} disabled={progress !== null || !client || (!dirty && library.icp !== null)}>
              {t('personas.icp.apply')}
            </Button>
          }
          dirty={dirty}
          onDiscard={discard}
          problemCount={problems.length}
        />
        {outcome && (
          <div className="personas-outcome" role="status" data-testid="icp-outcome">
            <p>{outcome.text}</p>
            {outcome.detail && <p className="muted">{outcome.detail}</p>}
          </div>
        )}
      </div>
      <IcpPreviewPanel
        draft={preview.result}
        applied={applied.result?.preview ?? null}
        criteria={icp.criteria}
        threshold={icp.threshold}
        running={preview.running}
      />
    </div>
  );
}
