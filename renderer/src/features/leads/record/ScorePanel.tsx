import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FLOOR_LEDGER_ID, ICP_LEDGER_ID, type ContactScore } from '@shared/index';
import { formatNumber } from '../../../ui';

export type ScorePanelProps = { score: ContactScore; threshold: number; children?: ReactNode };

/** Engagement, fit and BANT with the ledger behind them: what sales reads before the first call. */
export function ScorePanel({ score, threshold, children }: ScorePanelProps) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language, 1);
  const percent = Math.min(100, (score.total / Math.max(threshold, 1)) * 75);
  return (
    <section className="record-card score-panel" aria-labelledby="scores-title">
      <h2 id="scores-title">{t('record.scores')}</h2>
      <div className="score-figures">
        <div>
          <span className="score-value" data-testid="engagement-score">
            {n(score.engagement)}
          </span>
          <span className="score-label">{t('record.engagement')}</span>
        </div>
        <div>
          <span className="score-value">{n(score.fit)}</span>
          <span className="score-label">{t('record.fit')}</span>
        </div>
        <div>
          <span className="score-value">{n(score.bant)}</span>
          <span className="score-label">{t('record.bant')}</span>
        </div>
      </div>
      <div className="threshold-bar" aria-hidden>
        <div className={`threshold-fill${score.handOffReady ? ' is-ready' : ''}`} style={{ width: `${percent}%` }} />
        <div className="threshold-line" style={{ left: '75%' }} />
      </div>
      <p className="muted threshold-caption">{t('record.threshold', { threshold: n(threshold) })}</p>
      {children}
      <h3>{t('record.whyQualified')}</h3>
      {score.ledger.engagement.length + score.ledger.fit.length === 0 ? (
        <p className="muted">{t('record.noPoints')}</p>
      ) : (
        <table className="ledger" aria-label={t('record.whyQualified')}>
          <thead>
            <tr>
              <th>{t('record.rule')}</th>
              <th className="num">{t('record.occurrences')}</th>
              <th className="num">{t('record.points')}</th>
            </tr>
          </thead>
          <tbody>
            {score.ledger.engagement.map((e) => (
              <tr key={`e-${e.ruleId}`} data-rule-id={e.ruleId}>
                <td>{e.ruleId === FLOOR_LEDGER_ID ? t('record.engagementFloor') : e.label}</td>
                <td className="num">{formatNumber(e.occurrences, i18n.language)}</td>
                <td className="num">{n(e.points)}</td>
              </tr>
            ))}
            {score.ledger.fit.map((f) => (
              <tr key={`f-${f.ruleId}`} className="ledger-fit" data-rule-id={f.ruleId}>
                <td>
                  {t('record.fit')} · {f.ruleId === ICP_LEDGER_ID ? t('record.icpFit') : f.label}
                </td>
                <td className="num" />
                <td className="num">{n(f.points)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
