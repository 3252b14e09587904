import { useTranslation } from 'react-i18next';
import { FLOOR_LEDGER_ID, ICP_LEDGER_ID, type ContactScore } from '@shared/index';
import { formatNumber } from '../../../ui';

/** Every rule that gave the sample points: occurrences, points before and after decay, the cap; then fit and BANT. */
export function BenchLedger({ score }: { score: ContactScore }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language, 1);
  const { engagement, fit, bant } = score.ledger;
  return (
    <div className="bench-ledger">
      <table className="data-table" data-testid="bench-ledger">
        <caption>{t('designRules.scoring.bench.engagementLedger', { score: n(score.engagement) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('designRules.scoring.bench.rule')}</th>
            <th scope="col" className="num">
              {t('designRules.scoring.bench.times')}
            </th>
            <th scope="col" className="num">
              {t('designRules.scoring.bench.raw')}
            </th>
            <th scope="col" className="num">
              {t('designRules.scoring.bench.decayed')}
            </th>
            <th scope="col" className="num">
              {t('designRules.scoring.bench.points')}
            </th>
          </tr>
        </thead>
        <tbody>
          {engagement.length === 0 && (
            <tr>
              <td colSpan={5} className="muted">
                {t('designRules.scoring.bench.noRules')}
              </td>
            </tr>
          )}
          {engagement.map((e) => (
            <tr key={e.ruleId} data-ledger-rule={e.ruleId}>
              <th scope="row">{e.ruleId === FLOOR_LEDGER_ID ? t('designRules.scoring.bench.floor') : e.label}</th>
              <td className="num">{e.ruleId === FLOOR_LEDGER_ID ? '' : e.occurrences}</td>
              <td className="num">{n(e.rawPoints)}</td>
              <td className="num">{n(e.decayedPoints)}</td>
              <td className="num">
                {n(e.points)}
                {e.capped && <span className="badge">{t('designRules.scoring.bench.capped')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="data-table">
        <caption>{t('designRules.scoring.bench.fitLedger', { score: n(score.fit) })}</caption>
        <tbody>
          {fit.length === 0 && (
            <tr>
              <td colSpan={2} className="muted">
                {t('designRules.scoring.bench.noRules')}
              </td>
            </tr>
          )}
          {fit.map((e) => (
            <tr key={e.ruleId}>
              <th scope="row">{e.ruleId === ICP_LEDGER_ID ? t('designRules.scoring.bench.icp') : e.label}</th>
              <td className="num">{n(e.points)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="data-table">
        <caption>{t('designRules.scoring.bench.bantLedger', { score: n(score.bant) })}</caption>
        <tbody>
          {bant.map((e) => (
            <tr key={e.part}>
              <th scope="row">{t(`field.bant_${e.part}`)}</th>
              <td className="num">{e.rating === null ? t('designRules.scoring.bench.unrated') : n(e.rating)}</td>
              <td className="num">× {n(e.weight)} %</td>
              <td className="num">{n(e.points)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
