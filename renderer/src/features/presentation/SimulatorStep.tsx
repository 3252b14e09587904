import { useTranslation } from 'react-i18next';
import { useSaveExport } from '../../app/use-save-export';
import { ProgressBar } from '../../ui';
import { LeadsNeeded } from '../simulator/LeadsNeeded';
import { ProjectionChart } from '../simulator/ProjectionChart';
import { SensitivityList } from '../simulator/SensitivityList';
import { SimulatorFigures } from '../simulator/SimulatorFigures';
import { nextMonthKey, useStageName } from '../simulator/SimulatorPage';
import { useSimulation } from '../simulator/use-simulation';

/** The simulator's outputs for its current inputs, read-only and large. */
export function SimulatorStep() {
  const { t } = useTranslation();
  const state = useSimulation();
  const stageName = useStageName();
  const save = useSaveExport();
  if (state.status !== 'ready') return <ProgressBar done={1} total={2} label={t('simulator.measuring')} />;
  const { simulation } = state;
  return (
    <div className="presentation-simulator">
      <p className="presentation-lead">{t('presentation.simulatorLead')}</p>
      <SimulatorFigures simulation={simulation} large />
      <div className="presentation-grid">
        <ProjectionChart simulation={simulation} stageName={stageName} onSave={save} firstMonth={nextMonthKey()} height={360} />
        <div className="presentation-cards">
          <SensitivityList simulation={simulation} stageName={stageName} limit={3} />
          <LeadsNeeded simulation={simulation} editable={false} />
        </div>
      </div>
    </div>
  );
}
