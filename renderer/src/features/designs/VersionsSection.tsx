import { useTranslation } from 'react-i18next';
import type { DesignVersion } from '@shared/design';
import { Button, EmptyState, formatDate } from '../../ui';

export type VersionsSectionProps = {
  versions: readonly DesignVersion[] | undefined;
  onCompare(version: DesignVersion): void;
  onApply(version: DesignVersion): void;
  busy: boolean;
};

/** This workspace's saved versions, newest first, each with its note and date, to compare or apply. */
export function VersionsSection({ versions, onCompare, onApply, busy }: VersionsSectionProps) {
  const { t, i18n } = useTranslation();
  return (
    <section className="designs-section" aria-labelledby="designs-versions-title">
      <h2 id="designs-versions-title">{t('designs.versions.title')}</h2>
      {versions && versions.length === 0 ? (
        <EmptyState title={t('designs.versions.emptyTitle')}>{t('designs.versions.emptyBody')}</EmptyState>
      ) : (
        <table className="data-table designs-versions">
          <thead>
            <tr>
              <th scope="col">{t('designs.versions.name')}</th>
              <th scope="col">{t('designs.versions.note')}</th>
              <th scope="col">{t('designs.versions.saved')}</th>
              <th scope="col">{t('designs.versions.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {(versions ?? []).map((v) => (
              <tr key={v.id} data-version={v.name}>
                <th scope="row">{v.name}</th>
                <td className={v.note ? undefined : 'muted'}>{v.note || t('designs.versions.noNote')}</td>
                <td>{formatDate(v.createdAt, i18n.language)}</td>
                <td className="designs-row-actions">
                  <Button variant="ghost" onClick={() => onCompare(v)} aria-label={t('designs.versions.compare', { name: v.name })}>
                    {t('designs.versions.compareShort')}
                  </Button>
                  <Button onClick={() => onApply(v)} disabled={busy} aria-label={t('designs.versions.apply', { name: v.name })}>
                    {t('designs.versions.applyShort')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
