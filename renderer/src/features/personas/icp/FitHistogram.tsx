import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { csvText } from '@shared/csv/csv-writer';
import type { FitBin } from '@shared/index';
import { ChartCard, formatNumber, plainTick } from '../../../ui';

// Axis ticks drawn as plain text (Recharts' own measures every word to wrap it).
const tick11 = plainTick(11);

export type FitHistogramProps = {
  draft: FitBin[];
  /** The applied ICP's distribution, beside the draft's; null when the workspace has none or the draft is it. */
  applied: FitBin[] | null;
  threshold: number;
  onSave(name: string, data: Uint8Array): void;
};

/** Contacts per ICP-fit band under the draft (and under the applied ICP), so a weight change shows what it moves. */
export const FitHistogram = memo(function FitHistogram({ draft, applied, threshold, onSave }: FitHistogramProps) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  const data = draft.map((b, i) => ({ band: `${b.from}–${b.to}`, draft: b.contacts, companies: b.companies, applied: applied?.[i]?.contacts ?? null }));
  const title = t('personas.icp.preview.histogram');
  return (
    <div data-testid="icp-histogram">
      <ChartCard
        title={title}
        description={t('personas.icp.preview.histogramHint', { threshold: n(threshold) })}
        fileName="icp-fit"
        onSave={onSave}
        csv={() =>
          csvText(
            [
              t('personas.icp.preview.band'),
              t('personas.icp.preview.draftContacts'),
              t('personas.icp.preview.companies'),
              t('personas.icp.preview.appliedContacts'),
            ],
            data.map((d) => [d.band, d.draft, d.companies, d.applied]),
          )
        }
        chart={
          <ResponsiveContainer width="100%" height={220}>
            <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
              <CartesianGrid vertical={false} stroke="var(--border)" />
              <XAxis dataKey="band" tick={tick11} interval={0} />
              <YAxis tick={tick11} allowDecimals={false} width={52} />
              <Tooltip
                cursor={{ fill: 'var(--bg-hover)' }}
                contentStyle={{ background: 'var(--bg)', border: '1px solid var(--border)', color: 'var(--text)' }}
              />
              <Legend wrapperStyle={{ fontSize: 12, color: 'var(--text-muted)' }} />
              {applied && <Bar dataKey="applied" name={t('personas.icp.preview.appliedContacts')} fill="var(--border-strong)" isAnimationActive={false} />}
              <Bar dataKey="draft" name={t('personas.icp.preview.draftContacts')} fill="var(--accent)" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        }
        table={
          <table className="data-table" data-testid="icp-histogram-table">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('personas.icp.preview.band')}</th>
                <th scope="col" className="num">
                  {t('personas.icp.preview.draftContacts')}
                </th>
                <th scope="col" className="num">
                  {t('personas.icp.preview.companies')}
                </th>
                {applied && (
                  <th scope="col" className="num">
                    {t('personas.icp.preview.appliedContacts')}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {data.map((d) => (
                <tr key={d.band}>
                  <th scope="row">{d.band}</th>
                  <td className="num">{n(d.draft)}</td>
                  <td className="num">{n(d.companies)}</td>
                  {applied && <td className="num">{d.applied === null ? '—' : n(d.applied)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </div>
  );
});
