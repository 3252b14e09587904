import { useTranslation } from 'react-i18next';
import { useSaveExport } from '../../app/use-save-export';
import { periodRange } from '@shared/index';
import { ProgressBar, formatDate, useNow } from '../../ui';
import { Conversions } from '../funnel/Conversions';
import { StageBars } from '../funnel/StageBars';
import { useFunnelReport } from '../funnel/use-funnel-report';
import { useStageName } from '../simulator/SimulatorPage';

const HOUR = 3_600_000;
const readOnly = () => {};

/** The funnel page's figures for this quarter, read-only: contacts per stage and the conversions between them. */
export function FunnelStep() {
  const { t, i18n } = useTranslation();
  const hour = Math.floor(useNow() / HOUR) * HOUR;
  const stageName = useStageName();
  const save = useSaveExport();
  const { report, shape } = useFunnelReport((s) => ({
    range: periodRange('this_quarter', hour, s.timeZone),
    view: 'activity',
    filters: {},
    compare: 'none',
    ...(s.handOffStageId ? { handOffStageId: s.handOffStageId } : {}),
    now: hour,
  }));
  if (shape && shape.transitions === 0) return <p className="presentation-lead">{t('presentation.funnelEmpty')}</p>;
  if (!report || !shape) return <ProgressBar done={1} total={2} label={t('funnel.reading')} />;
  const scope = t('funnel.rangeText', {
    from: formatDate(report.range.from, i18n.language, shape.timeZone),
    to: formatDate(report.range.to - 1, i18n.language, shape.timeZone),
  });
  return (
    <div className="presentation-funnel">
      <p className="presentation-lead">
        {t('presentation.funnelLead')} {scope}
      </p>
      <div className="presentation-grid">
        <StageBars report={report} scope={scope} stageName={stageName} onDrill={readOnly} onSave={save} />
        <Conversions report={report} scope={scope} stageName={stageName} onDrill={readOnly} onSave={save} />
      </div>
    </div>
  );
}
