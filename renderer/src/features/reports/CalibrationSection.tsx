import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalibrationReport, ReportTable, ThresholdPreview } from '@shared/index';
import { fieldErrorsText } from '../../i18n/field-errors';
import { Button, ConfirmDialog, Field, NumberInput, formatNumber, showToast, plainTick } from '../../ui';
import { useWorkspaceApi } from '../../workspace-api';
import { ReportCard } from './ReportCard';
import type { CellWords } from './ReportTableView';

// Axis ticks drawn as plain text (Recharts' own measures every word to wrap it).
const tick11 = plainTick(11);
const tick11Percent = plainTick(11, '%');

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
  const data = report.bands.map((b) => ({
    band: b.to === null || !Number.isFinite(b.to) ? `${b.from}+` : `${b.from}–${b.to}`,
    accepted: b.acceptanceRate === null ? 0 : Math.round(b.acceptanceRate * 1000) / 10,
    won: b.winRate === null ? 0 : Math.round(b.winRate * 1000) / 10,
  }));
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
            {canApply ? (
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
        description={t('report.bandsHint')}
        fileName="calibration-bands"
        onSave={onSave}
        words={words}
        table={table}
        testId="calibration-table"
        chart={
          <ResponsiveContainer width="100%" height={240}>
            <BarChart accessibilityLayer={false} data={data} margin={{ top: 10, right: 8, left: 0, bottom: 0 }}>
              <CartesianGrid vertical={false} stroke="var(--border)" />
              <XAxis dataKey="band" tick={tick11} />
              <YAxis unit="%" domain={[0, 100]} tick={tick11Percent} width={44} />
              <Tooltip contentStyle={{ background: 'var(--bg)', border: '1px solid var(--border)' }} />
              <Legend />
              <Bar dataKey="accepted" name={t('report.acceptanceRate')} fill="var(--accent)" isAnimationActive={false} />
              <Bar dataKey="won" name={t('report.winRate')} fill="var(--success)" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        }
      />
    </div>
  );
}
