import { useTranslation } from 'react-i18next';
import type { DesignChange } from '@shared/design';
import { changeTitle, valueText, type DesignNames } from './design-words';

export type DesignDiffViewProps = { changes: readonly DesignChange[]; names: DesignNames };

/** The differences between two designs as a list a reader follows: what, added/removed/changed, and each field before → after. */
export function DesignDiffView({ changes, names }: DesignDiffViewProps) {
  const { t, i18n } = useTranslation();
  const fieldWords = t('designs.field', { returnObjects: true }) as Record<string, string>;
  if (changes.length === 0) return <p className="designs-same">{t('designs.compare.same')}</p>;
  return (
    <>
      <p className="muted">{t('designs.compare.count', { count: changes.length })}</p>
      <ul className="designs-diff" aria-label={t('designs.compare.title')}>
        {changes.map((c, i) => {
          const change = 'change' in c ? c.change : 'changed';
          const fields = 'fields' in c ? c.fields : [];
          return (
            <li key={i} data-change={change} data-kind={c.kind}>
              <span className={`designs-change-badge designs-change-${change}`}>{t(`designs.change.${change}`)}</span>{' '}
              <strong>{changeTitle(t, c, names)}</strong>
              {fields.length > 0 && (
                <ul>
                  {fields.map((f) => (
                    <li key={f.field}>
                      {fieldWords[f.field] ?? f.field}: {valueText(t, f.field, f.before, names, i18n.language)} →{' '}
                      {valueText(t, f.field, f.after, names, i18n.language)}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
