import { useTranslation } from 'react-i18next';
import type { DesignVersion, FunnelDesign } from '@shared/design';
import { Field, Select } from '../../ui';
import { useWorkspaceQuery } from '../../workspace-api';
import { DesignDiffView } from './DesignDiffView';
import { designNames } from './design-words';

/** `live` or a version id: what the compare pickers hold. */
export type DesignPick = string;
export const LIVE = 'live';
const refOf = (pick: DesignPick) => (pick === LIVE ? ('live' as const) : { versionId: pick });

export type CompareSectionProps = {
  versions: readonly DesignVersion[];
  live: FunnelDesign | null;
  from: DesignPick;
  to: DesignPick;
  onChange(from: DesignPick, to: DesignPick): void;
};

/** Two designs side by side as the list of what changes from one to the other. */
export function CompareSection({ versions, live, from, to, onChange }: CompareSectionProps) {
  const { t } = useTranslation();
  const changes = useWorkspaceQuery((q) => q.designDiff({ a: refOf(from), b: refOf(to) }), [from, to]);
  const options = [
    { value: LIVE, label: t('designs.compare.live') },
    ...versions.map((v) => ({ value: v.id, label: v.note ? `${v.name} — ${v.note}` : v.name })),
  ];
  const designOf = (pick: DesignPick) => (pick === LIVE ? live : (versions.find((v) => v.id === pick)?.design ?? null));
  const names = designNames(t, designOf(from), designOf(to));
  return (
    <section className="designs-section" aria-labelledby="designs-compare-title">
      <h2 id="designs-compare-title">{t('designs.compare.title')}</h2>
      <div className="designs-compare-pickers">
        <Field label={t('designs.compare.from')}>
          <Select value={from} onValueChange={(v) => onChange(v, to)} options={options} />
        </Field>
        <Field label={t('designs.compare.to')}>
          <Select value={to} onValueChange={(v) => onChange(from, v)} options={options} />
        </Field>
      </div>
      <div aria-live="polite">{changes === null ? <p>{t('designs.compare.gone')}</p> : changes && <DesignDiffView changes={changes} names={names} />}</div>
    </section>
  );
}
