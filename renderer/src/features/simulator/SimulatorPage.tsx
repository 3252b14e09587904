import { Calculator, Database, Presentation } from 'lucide-react';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { periodPresets } from '@shared/index';
import { useSaveExport } from '../../app/use-save-export';
import { useStageLabels } from '../../i18n/use-stage-labels';
import { Button, EmptyState, Field, ProgressBar, Select } from '../../ui';
import { useWorkspaceApi } from '../../workspace-api';
import { usePresentation } from '../presentation/presentation-store';
import { useDemoDialog } from './demo-dialog-store';
import { LeadsNeeded } from './LeadsNeeded';
import { ProjectionChart } from './ProjectionChart';
import { SensitivityList } from './SensitivityList';
import { SimulatorFigures } from './SimulatorFigures';
import { SimulatorInputs } from './SimulatorInputs';
import { useSimulatorPage, type SimBasis } from './simulator-store';
import { useSimulation, type Simulation } from './use-simulation';

/** The month after this one, `yyyy-MM`: the projection's first month. */
export function nextMonthKey(now = Date.now()): string {
  const d = new Date(now);
  const m = d.getUTCMonth() + 1;
  return `${d.getUTCFullYear() + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
}

/** A stage's display name, stable while the names are (charts take it as a prop). */
export function useStageName(): (id: string) => string {
  const stages = useStageLabels();
  const key = [...stages].map(([id, l]) => `${id}=${l.name}`).join('|');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useCallback((id: string) => stages.get(id)?.name ?? id, [key]);
}

function FitLine({ simulation }: { simulation: Simulation }) {
  const { t } = useTranslation();
  const { fit } = simulation;
  if (!fit) return <p className="muted simulator-fit">{t('simulator.fitDesign')}</p>;
  return (
    <p className="muted simulator-fit" data-testid="sim-fit">
      {t('simulator.fitMeasured', {
        rates: fit.rates.length,
        steps: simulation.plan.input.stages.length - 1,
        days: fit.days.length,
        volume: fit.volume ? t('simulator.fitVolume') : '',
        deal: fit.dealValue ? t('simulator.fitDeal') : '',
      })}
    </p>
  );
}

/** What if: the design's funnel projected 12 months ahead, every input a slider, the leads a revenue target needs and the lever that moves most. */
export function SimulatorPage() {
  const { t } = useTranslation();
  const { id: workspaceId } = useWorkspaceApi();
  const enterWorkspace = useSimulatorPage((s) => s.enterWorkspace);
  useEffect(() => enterWorkspace(workspaceId), [enterWorkspace, workspaceId]);
  const { basis, setBasis, reset, edits } = useSimulatorPage();
  const state = useSimulation();
  const stageName = useStageName();
  const save = useSaveExport();
  const edited =
    edits.volume !== null || edits.dealValue !== null || edits.target !== null || Object.keys(edits.rates).length + Object.keys(edits.days).length > 0;
  return (
    <section className="page simulator-page" aria-labelledby="simulator-title">
      <header className="page-header simulator-header">
        <h1 id="simulator-title">{t('simulator.title')}</h1>
        <span className="page-count">{state.status === 'ready' ? state.simulation.lifecycleName : ''}</span>
        <span className="row-actions simulator-actions">
          <Button onClick={() => useDemoDialog.getState().setOpen(true)}>
            <Database size={14} aria-hidden />
            {t('simulator.demo.open')}
          </Button>
          <Button variant="primary" onClick={() => usePresentation.getState().start(0)}>
            <Presentation size={14} aria-hidden />
            {t('simulator.present')}
          </Button>
        </span>
      </header>
      <p className="muted simulator-intro">{t('simulator.intro')}</p>
      <div className="simulator-toolbar">
        <Field label={t('simulator.basis')}>
          <Select
            value={basis}
            onValueChange={(v) => setBasis(v as SimBasis)}
            options={(['design', ...periodPresets] as const).map((b) => ({ value: b, label: t(`simulator.bases.${b}`) }))}
          />
        </Field>
        <Button variant="ghost" onClick={reset} disabled={!edited}>
          {t('simulator.reset')}
        </Button>
      </div>
      {state.status === 'no_design' ? (
        <EmptyState icon={<Calculator size={28} />} title={t('simulator.noDesignTitle')}>
          {t('simulator.noDesignBody')}
        </EmptyState>
      ) : state.status === 'loading' ? (
        <div className="simulator-loading">
          <p className="muted">{t('simulator.measuring')}</p>
          <ProgressBar done={1} total={2} label={t('simulator.measuring')} />
        </div>
      ) : (
        <>
          <FitLine simulation={state.simulation} />
          <div className="simulator-grid">
            <SimulatorInputs simulation={state.simulation} stageName={stageName} />
            <div className="simulator-outputs">
              <h2 className="visually-hidden">{t('simulator.outputs')}</h2>
              <SimulatorFigures simulation={state.simulation} />
              <ProjectionChart simulation={state.simulation} stageName={stageName} onSave={save} firstMonth={nextMonthKey()} />
              <div className="simulator-cards">
                <LeadsNeeded simulation={state.simulation} />
                <SensitivityList simulation={state.simulation} stageName={stageName} />
              </div>
            </div>
          </div>
        </>
      )}
    </section>
  );
}
