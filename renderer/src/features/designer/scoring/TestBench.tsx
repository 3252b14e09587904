import { RotateCcw } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { benchExamples, runTestBench, type BenchLead } from '@shared/index';
import type { Icp, LifecycleDefinition, ScoringModel } from '@shared/model';
import { useStageLabels } from '../../../i18n/use-stage-labels';
import { Button, formatNumber } from '../../../ui';
import { BenchLedger } from './BenchLedger';
import { BenchSampleEditor } from './BenchSampleEditor';
import { benchStageSentence } from './bench-words';

export type TestBenchProps = { model: ScoringModel; lifecycle: LifecycleDefinition; icp: Icp | null };

/**
 * Sample leads scored by the model being edited (unsaved), with the same engines the workspace
 * uses: the score, the ledger of every rule that fired and where the threshold automation puts
 * the lead. DOMAIN.md's Lead A and Lead B are built in; both can be edited and restored.
 */
export function TestBench({ model, lifecycle, icp }: TestBenchProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language.startsWith('ko') ? 'ko' : 'en';
  const stages = useStageLabels();
  const [now] = useState(() => Date.now());
  const [samples, setSamples] = useState<BenchLead[]>(() => benchExamples(locale));
  const [selected, setSelected] = useState(0);
  const results = useMemo(() => samples.map((lead) => runTestBench(lead, model, lifecycle, icp, now)), [samples, model, lifecycle, icp, now]);
  const n = (v: number) => formatNumber(v, i18n.language, 1);
  const lead = samples[selected]!;
  const result = results[selected]!;
  const stageName = (id: string) => stages.get(id)?.name ?? id;
  return (
    <aside className="test-bench" aria-labelledby="test-bench-title">
      <h3 id="test-bench-title">{t('designRules.scoring.bench.title')}</h3>
      <p className="muted">{t('designRules.scoring.bench.hint')}</p>
      <div className="bench-samples" role="tablist" aria-label={t('designRules.scoring.bench.samples')}>
        {samples.map((s, i) => (
          <button
            key={s.id}
            type="button"
            role="tab"
            aria-selected={i === selected}
            className={['bench-chip', i === selected && 'active'].filter(Boolean).join(' ')}
            data-testid={`bench-sample-${s.id}`}
            onClick={() => setSelected(i)}
          >
            <span>{s.name}</span>
            <strong data-testid={`bench-score-${s.id}`}>{n(results[i]!.score.total)}</strong>
          </button>
        ))}
      </div>
      <div className="bench-result" aria-live="polite">
        <p className="bench-score">
          <span className="bench-score-value" data-testid="bench-score">
            {n(result.score.total)}
          </span>
          <span className="muted">{t('designRules.scoring.bench.ofThreshold', { threshold: n(model.handOffThreshold) })}</span>
        </p>
        <p className="muted">
          {t('designRules.scoring.bench.parts', { engagement: n(result.score.engagement), fit: n(result.score.fit), bant: n(result.score.bant) })}
        </p>
        <p className={result.stage.outcome === 'moved' ? 'bench-stage ok' : 'bench-stage'} data-testid="bench-stage">
          {benchStageSentence(t, result, model, stageName, n)}
        </p>
      </div>
      <BenchLedger score={result.score} />
      <details className="bench-edit">
        <summary>{t('designRules.scoring.bench.describe', { name: lead.name })}</summary>
        <BenchSampleEditor lead={lead} onChange={(next) => setSamples((all) => all.map((s, i) => (i === selected ? next : s)))} />
        <Button variant="ghost" onClick={() => setSamples((all) => all.map((s, i) => (i === selected ? benchExamples(locale)[i]! : s)))}>
          <RotateCcw size={14} aria-hidden />
          {t('designRules.scoring.bench.restore', { name: lead.name })}
        </Button>
      </details>
    </aside>
  );
}
