import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { conflictingTargets, type CsvEncoding, type DedupeMode, type ImportRecord } from '@shared/import';
import { useStageLabels } from '../../i18n/use-stage-labels';
import {
  useWorkerClient,
  useWorkspaceQuery,
  type WorkspaceApi,
  type DedupeEstimate,
  type ImportClient,
  type ImportFileSummary,
  type ImportPreviewSummary,
  type MappingChoices,
} from '../../workspace-api';
import { Button, formatNumber, showToast } from '../../ui';
import { DedupeStep } from './DedupeStep';
import { FileStep } from './FileStep';
import { ImportHistory } from './ImportHistory';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { RunStep, type RunState } from './RunStep';
import { SummaryStep } from './SummaryStep';
import { ValidateStep } from './ValidateStep';

const steps = ['file', 'mapping', 'preview', 'dedupe', 'validate', 'run', 'summary'] as const;
type Step = (typeof steps)[number];

/** The leads list's default columns: the import's saved view opens the list as the user knows it. */
const viewColumns = ['name', 'company', 'stage', 'engagement', 'fit', 'owner', 'lastActivity', 'sla'];

/** The import's worker, started with the page and ended when it leaves (the parsed file lives there). */
const openImport = (api: WorkspaceApi): ImportClient => api.openImport();

/** CSV import, step by step: file → mapping → preview → duplicates → check → import → summary. */
export function ImportPage() {
  const { t, i18n } = useTranslation();
  const { client } = useWorkerClient(openImport);
  const stageLabels = useStageLabels();
  const pipelines = useWorkspaceQuery((q) => q.pipelines(), []);
  const [step, setStep] = useState<Step>('file');
  const [busy, setBusy] = useState<string | null>(null);
  const [encoding, setEncoding] = useState<'auto' | CsvEncoding>('auto');
  const [summary, setSummary] = useState<ImportFileSummary | null>(null);
  const [choices, setChoices] = useState<MappingChoices | null>(null);
  const [preview, setPreview] = useState<ImportPreviewSummary | null>(null);
  const [mode, setMode] = useState<DedupeMode>('fill');
  const [estimated, setEstimated] = useState<{ choices: MappingChoices; mode: DedupeMode; value: DedupeEstimate } | null>(null);
  const [createOwners, setCreateOwners] = useState(true);
  const [run, setRun] = useState<RunState | null>(null);
  const [record, setRecord] = useState<ImportRecord | null>(null);
  const [viewName, setViewName] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const file = summary?.ok ? summary : null;
  const estimate = estimated && estimated.choices === choices && estimated.mode === mode ? estimated.value : null;

  useEffect(() => heading.current?.focus(), [step]);

  // The preview follows every mapping change; a slower answer to an older mapping is dropped.
  const asked = useRef(0);
  useEffect(() => {
    if (!client || !choices || !file) return;
    const n = ++asked.current;
    void client.preview(choices).then((p) => n === asked.current && setPreview(p));
  }, [client, choices, file]);
  useEffect(() => {
    if (!client || !choices || step !== 'dedupe') return;
    let live = true;
    void client.estimate(choices, mode).then((value) => live && setEstimated({ choices, mode, value }));
    return () => {
      live = false;
    };
  }, [client, choices, mode, step]);
  useEffect(() => {
    if (step !== 'run') return;
    const timer = setInterval(() => setRun((r) => (r ? { ...r, now: Date.now() } : r)), 500);
    return () => clearInterval(timer);
  }, [step]);

  const readFile = async (picked: File) => {
    if (!client) return;
    setBusy(t('csvImport.file.reading', { name: picked.name }));
    setPreview(null);
    setEncoding('auto');
    const read = await client.read(picked.name, new Uint8Array(await picked.arrayBuffer()), 'auto');
    setBusy(null);
    setSummary(read);
    setChoices(read.ok ? { mapping: read.detection.mapping } : null);
  };
  const reread = async (next: 'auto' | CsvEncoding) => {
    if (!client) return;
    setEncoding(next);
    const read = await client.reread(next);
    setSummary(read);
    setPreview(null);
    setChoices(read.ok ? { mapping: read.detection.mapping } : null);
  };
  const start = async () => {
    if (!client || !choices || !file) return;
    const now = Date.now();
    const name = t('csvImport.summary.viewName', {
      date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(now),
    });
    setFailure(null);
    setRun({ progress: null, startedAt: now, phaseStartedAt: now, now, rows: file.rowCount });
    setStep('run');
    try {
      const outcome = await client.run({ ...choices, mode, createOwners, viewName: name, viewColumns }, (progress) =>
        setRun((r) => r && { ...r, progress, now: Date.now(), phaseStartedAt: r.progress?.phase === progress.phase ? r.phaseStartedAt : Date.now() }),
      );
      if (!outcome.ok) {
        setFailure(t('csvImport.run.failed', { name: file.fileName, message: outcome.error }));
        setStep('validate');
        return;
      }
      setRecord(outcome.record);
      setViewName(name);
      setStep('summary');
    } catch (error) {
      setStep('validate');
      if (error instanceof Error && error.name === 'ImportCancelledError') showToast({ tone: 'ok', text: t('csvImport.run.cancelled') });
      else setFailure(t('csvImport.run.failed', { name: file.fileName, message: error instanceof Error ? error.message : String(error) }));
    }
  };
  const restart = () => {
    setStep('file');
    setSummary(null);
    setChoices(null);
    setPreview(null);
    setRecord(null);
    setFailure(null);
  };

  const lifecycleStages = useMemo(() => [...stageLabels].map(([id, label]) => ({ id, name: label.name })), [stageLabels]);
  const sales = pipelines?.find((p) => p.kind === 'sales') ?? pipelines?.[0];
  const dealStages = (sales?.stages ?? []).filter((s) => !s.archived).map((s) => ({ id: s.id, name: s.name }));
  const samples = useMemo(() => {
    const byColumn = new Map<string, string[]>();
    for (const row of preview?.rows ?? []) for (const cell of row.cells) byColumn.set(cell.column, [...(byColumn.get(cell.column) ?? []), cell.value]);
    return byColumn;
  }, [preview]);
  const mappingReady = choices !== null && preview !== null && preview.unmappedRequired.length === 0 && conflictingTargets(choices.mapping).length === 0;
  const canNext: Record<Step, boolean> = {
    file: file !== null && choices !== null,
    mapping: mappingReady,
    preview: preview !== null,
    dedupe: true,
    validate: false,
    run: false,
    summary: false,
  };
  const index = steps.indexOf(step);
  const visible = steps.filter((s) => s !== 'run');

  return (
    <section className="page import-page" aria-labelledby="import-title">
      <header className="page-header">
        <h1 id="import-title">{t('csvImport.title')}</h1>
      </header>
      <ol className="import-steps">
        {visible.map((s, i) => (
          <li
            key={s}
            aria-current={s === step || (s === 'validate' && step === 'run') ? 'step' : undefined}
            className={steps.indexOf(s) < index ? 'done' : undefined}
          >
            {i + 1}. {t(`csvImport.steps.${s}`)}
          </li>
        ))}
      </ol>
      <h2 ref={heading} tabIndex={-1} className="visually-hidden">
        {t('csvImport.stepOf', { n: Math.min(index, visible.length - 1) + 1, total: visible.length, name: t(`csvImport.steps.${step}`) })}
      </h2>
      {failure && (
        <p role="alert" className="error-text">
          {failure}
        </p>
      )}
      {step === 'file' && (
        <>
          <FileStep summary={summary} busy={busy} encoding={encoding} onFile={(f) => void readFile(f)} onEncoding={(e) => void reread(e)} />
          <ImportHistory
            onOpen={(r) => {
              setRecord(r);
              setViewName(null);
              setStep('summary');
            }}
          />
        </>
      )}
      {step === 'mapping' && file && choices && (
        <MappingStep
          headers={file.headers}
          samples={samples}
          choices={choices}
          preview={preview}
          lifecycleStages={lifecycleStages}
          dealStages={dealStages}
          createOwners={createOwners}
          onChange={setChoices}
          onCreateOwners={setCreateOwners}
        />
      )}
      {step === 'preview' && preview && <PreviewStep preview={preview} />}
      {step === 'dedupe' && <DedupeStep mode={mode} onMode={setMode} estimate={estimate} />}
      {step === 'validate' && preview && file && <ValidateStep preview={preview} fileName={file.fileName} />}
      {step === 'run' && run && file && <RunStep fileName={file.fileName} state={run} onCancel={() => client?.cancel()} />}
      {step === 'summary' && record && <SummaryStep record={record} viewName={viewName} onAnother={restart} />}
      {step !== 'run' && step !== 'summary' && (
        <div className="row-actions import-nav">
          {index > 0 && (
            <Button variant="ghost" onClick={() => setStep(steps[index - 1]!)}>
              {t('csvImport.back')}
            </Button>
          )}
          {step === 'validate' ? (
            <Button variant="primary" disabled={!preview || preview.rowsRead - preview.rejectedRows === 0} onClick={() => void start()}>
              {t('csvImport.validate.start', { rows: formatNumber(preview ? preview.rowsRead - preview.rejectedRows : 0, i18n.language) })}
            </Button>
          ) : (
            <Button variant="primary" disabled={!canNext[step]} onClick={() => setStep(steps[index + 1]!)}>
              {t('csvImport.next')}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
