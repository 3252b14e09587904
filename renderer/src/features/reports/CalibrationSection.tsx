import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WEAK_AUC, type CalibrationReport, type ReportTable, type ThresholdPreview } from '@shared/index';
import { fieldErrorsText } from '../../i18n/field-errors';
import { Button, ConfirmDialog, Field, NumberInput, formatNumber, showToast, plainTick } from '../../ui';
import { useWorkspaceApi } from '../../workspace-api';
import { ReportCard } from './ReportCard';
import type { CellWords } from './ReportTableView';

// Axis ticks drawn as plain text (Recharts' own measures every word to wrap it).
const tick11Percent = plainTick(11, '%');

type BandDatum = { band: string; count: string; handedOff: number; accepted: number | null; won: number | null };

/** A band's tick: its range, and under it how many handed-off leads it holds ("no hand-offs" when none). */
function BandTick(props: { x?: number; y?: number; payload?: { value?: unknown; index?: number }; data: readonly BandDatum[] }) {
  const d = props.data[props.payload?.index ?? -1];
  return (
    <text className="calibration-band-tick" x={props.x} y={props.y} textAnchor="middle" fill="var(--text-muted)" fontSize={11}>
      <tspan x={props.x} dy="0.71em">
        {String(props.payload?.value ?? '')}
      </tspan>
      {/* "no hand-offs" on two lines of its own words: on one it ran into the next band's. */}
      {(d?.handedOff === 0 ? d.count.split(/ (.*)/s).filter(Boolean) : [d?.count ?? '']).map((line, i) => (
        <tspan key={i} x={props.x} dy="1.2em" fontSize={d?.handedOff === 0 ? 10 : 11}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export type CalibrationSectionProps = {
  report: CalibrationReport | null;
  table: ReportTable | null;
  preview: ThresholdPreview | null;
  threshold: number | null;
  previewThreshold: number | null;
  onPreview(threshold: number | null): void;
  /** Only an admin applies a threshold: it is the whole workspace's. */
  canApply: boolean;
  words: CellWords;
  onSave(name: string, data: Uint8Array): void;
};

/** Is the hand-off threshold right? Score bands against what sales did, the AUC, a suggestion, and a preview before applying one. */
export function CalibrationSection({ report, table, preview, threshold, previewThreshold, onPreview, canApply, words, onSave }: CalibrationSectionProps) {
  const { t, i18n } = useTranslation();
  const { actions } = useWorkspaceApi();
  const [typed, setTyped] = useState(previewThreshold === null ? '' : String(previewThreshold));
  const [confirming, setConfirming] = useState(false);
  if (!report || !table) return <p className="muted">{t('report.noDesign')}</p>;
  // A band with no rate draws no bar (it was a 0 % bar, as if sales had rejected everyone there); its tick says why.
  const data: BandDatum[] = report.bands.map((b) => ({
    band: b.to === null || !Number.isFinite(b.to) ? `${b.from}+` : `${b.from}–${b.to}`,
    count: b.handedOff.count === 0 ? t('demo11.bandNone') : t('demo11.bandCount', { count: formatNumber(b.handedOff.count, i18n.language) }),
    handedOff: b.handedOff.count,
    accepted: b.acceptanceRate === null ? null : Math.round(b.acceptanceRate * 1000) / 10,
    won: b.winRate === null ? null : Math.round(b.winRate * 1000) / 10,
  }));
  const bandLabel = (band: unknown) => {
    const d = data.find((x) => x.band === band);
    if (!d) return String(band);
    return d.handedOff === 0
      ? t('demo11.bandTooltipNone', { band: d.band })
      : t('demo11.bandTooltip', { band: d.band, count: d.handedOff, formattedCount: formatNumber(d.handedOff, i18n.language) });
  };
  // Apply only what would change something: not the threshold in force, not one that moves no current lead.
  const sameAsInForce = previewThreshold !== null && previewThreshold === threshold;
  const changesNothing = preview !== null && preview.becomeReady.count === 0 && preview.stopBeingReady.count === 0;
  const apply = async () => {
    setConfirming(false);
    if (previewThreshold === null) return;
    const result = await actions.setHandOffThreshold({ threshold: previewThreshold });
    if (result.ok) {
      const handedOff = result.value.reevaluated.handedOff;
      showToast({
        tone: 'ok',
        text: t('report.applied', { threshold: previewThreshold, count: handedOff, waiting: Math.max(0, (preview?.becomeReady.count ?? 0) - handedOff) }),
      });
      onPreview(null);
      setTyped('');
    } else showToast({ tone: 'error', text: fieldErrorsText(t, result.errors) });
  };
  return (
    <div className="reports-grid">
      <section className="chart-card calibration-summary" aria-labelledby="calibration-title">
        <h2 id="calibration-title">{t('report.calibrationTitle')}</h2>
        <dl className="facts">
          <div className="fact">
            <dt>{t('report.currentThreshold')}</dt>
            <dd data-testid="current-threshold">{threshold === null ? '—' : formatNumber(threshold, i18n.language)}</dd>
          </div>
          <div className="fact">
            <dt>{t('report.samples')}</dt>
            <dd>{formatNumber(report.samples, i18n.language)}</dd>
          </div>
          <div className="fact">
            <dt>{t('report.acceptanceAuc')}</dt>
            <dd>{report.acceptanceAuc === null ? '—' : formatNumber(report.acceptanceAuc, i18n.language, 2)}</dd>
          </div>
          <div className="fact">
            <dt>{t('report.winAuc')}</dt>
            <dd>{report.winAuc === null ? '—' : formatNumber(report.winAuc, i18n.language, 2)}</dd>
          </div>
        </dl>
        <p className="muted">{t('report.aucHint')}</p>
        <p data-testid="suggested-threshold">
          {report.suggested
            ? t('report.suggested', {
                threshold: formatNumber(report.suggested.threshold, i18n.language),
                tp: report.suggested.truePositives,
                fp: report.suggested.falsePositives,
                fn: report.suggested.falseNegatives,
              })
            : report.withheld === 'weak_auc'
              ? t('demo11.weakAuc', { auc: formatNumber(report.winAuc ?? 0, i18n.language, 2), min: formatNumber(WEAK_AUC, i18n.language, 1) })
              : t(`report.notEnough.${report.notEnoughData ?? 'no_samples'}`)}
        </p>
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            onPreview(typed === '' ? null : Number(typed));
          }}
        >
          <Field label={t('report.tryThreshold')}>
            <NumberInput value={typed} onValueChange={setTyped} min={0} max={100} step="any" />
          </Field>
          <Button type="submit">{t('report.preview')}</Button>
        </form>
        {preview && previewThreshold !== null && (
          <p role="status" data-testid="threshold-preview">
            {t('report.previewText', {
              threshold: formatNumber(previewThreshold, i18n.language),
              ready: formatNumber(preview.readyAfter, i18n.language),
              before: formatNumber(preview.readyNow, i18n.language),
              become: formatNumber(preview.becomeReady.count, i18n.language),
              stop: formatNumber(preview.stopBeingReady.count, i18n.language),
            })}{' '}
            {sameAsInForce ? (
              <span className="muted">{t('demo11.sameThreshold')}</span>
            ) : changesNothing ? (
              <span className="muted">{t('demo11.nothingChanges', { threshold: formatNumber(previewThreshold, i18n.language) })}</span>
            ) : canApply ? (
              <Button variant="primary" onClick={() => setConfirming(true)}>
                {t('report.apply')}
              </Button>
            ) : (
              <span className="muted">{t('report.adminOnly')}</span>
            )}
          </p>
        )}
        <ConfirmDialog
          open={confirming}
          title={t('report.applyTitle', { threshold: previewThreshold ?? '' })}
          body={t('report.applyBody', { count: preview?.becomeReady.count ?? 0 })}
          confirmLabel={t('report.apply')}
          onConfirm={() => void apply()}
          onCancel={() => setConfirming(false)}
        />
        <p className="muted">
          {t('report.atCurrent', { tp: report.current.truePositives, fp: report.current.falsePositives, fn: report.current.falseNegatives })}
        </p>
      </section>
      <ReportCard
        title={t('report.bands')}
        description={`${t('report.bandsHint')} ${t('demo11.bandsCountHint')}`}
        fileName="calibration-bands"
        onSave={onSave}
        words={words}
        table={table}
        testId="calibration-table"
        chart={
          <ResponsiveContainer width="100%" height={240}>
            <BarChart accessibilityLayer={false} data={data} margin={{ top: 10, right: 8, left: 0, bottom: 0 }}>
              <CartesianGrid vertical={false} stroke="var(--border)" />
              <XAxis dataKey="band" height={52} interval={0} tick={(props: object) => <BandTick {...props} data={data} />} />
              <YAxis unit="%" domain={[0, 100]} tick={tick11Percent} width={44} />
              <Tooltip
                contentStyle={{ background: 'var(--bg)', border: '1px solid var(--border)' }}
                labelFormatter={bandLabel}
                formatter={(value) => `${formatNumber(Number(value), i18n.language, 1)}%`}
              />
              {/* In the bars' order in both languages (Recharts sorts the legend by name, which put Korean's "won" first). */}
              <Legend itemSorter={null} />
              <Bar dataKey="accepted" name={t('report.acceptanceRate')} fill="var(--accent)" isAnimationActive={false} />
              <Bar dataKey="won" name={t('report.winRate')} fill="var(--success)" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        }
      />
    </div>
  );
}
