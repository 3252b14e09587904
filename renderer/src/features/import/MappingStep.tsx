import { useTranslation } from 'react-i18next';
import {
  conflictingTargets,
  customFieldKey,
  importTargets,
  remapColumn,
  type ColumnMapping,
  type DayOrder,
  type ImportTarget,
  type StageValueMapping,
} from '@shared/import';
import type { ImportPreviewSummary, MappingChoices } from '../../workspace-api';
import { formatNumber } from '../../ui';
import { targetLabel } from './import-labels';

export type StageOption = { id: string; name: string };
type StageKind = 'lifecycle' | 'leadStatus' | 'deal';

export type MappingStepProps = {
  headers: string[];
  samples: Map<string, string[]>;
  choices: MappingChoices;
  preview: ImportPreviewSummary | null;
  lifecycleStages: StageOption[];
  dealStages: StageOption[];
  createOwners: boolean;
  onChange(choices: MappingChoices): void;
  onCreateOwners(value: boolean): void;
};

const entities = ['contact', 'company', 'deal', 'activity', 'task'] as const;

const encode = (m: ColumnMapping | undefined): string =>
  !m || m.kind === 'ignore' ? 'ignore' : m.kind === 'custom' ? `custom:${m.entity}` : `field:${m.target}`;

function decode(value: string, header: string, current: ColumnMapping | undefined): ColumnMapping {
  if (value === 'ignore') return { kind: 'ignore' };
  const [kind, rest] = value.split(/:(.*)/) as [string, string];
  if (kind === 'custom') {
    const key = current?.kind === 'custom' ? current.key : customFieldKey(header);
    return { kind: 'custom', entity: rest as 'contact' | 'company' | 'deal', key };
  }
  return { kind: 'field', target: rest as ImportTarget };
}

/** Every column with its first values and where it goes (a Baton field, a custom field or nowhere), then the stage values, dates and owners the file holds. */
export function MappingStep({ headers, samples, choices, preview, lifecycleStages, dealStages, createOwners, onChange, onCreateOwners }: MappingStepProps) {
  const { t, i18n } = useTranslation();
  const conflicts = conflictingTargets(choices.mapping);
  const setStage = (kind: StageKind, value: string, stageId: string) =>
    onChange({
      ...choices,
      stageChoices: { ...choices.stageChoices, [kind]: { ...choices.stageChoices?.[kind], [value]: stageId === '' ? null : stageId } },
    });
  const newOwners = (preview?.owners ?? []).filter((o) => o.memberId === null);
  return (
    <div className="import-step">
      <div className="import-table-wrap">
        <table className="data-table import-mapping">
          <thead>
            <tr>
              <th scope="col">{t('csvImport.mapping.column')}</th>
              <th scope="col">{t('csvImport.mapping.sample')}</th>
              <th scope="col">{t('csvImport.mapping.target')}</th>
            </tr>
          </thead>
          <tbody>
            {headers.map((header) => {
              const m = choices.mapping[header];
              return (
                <tr key={header}>
                  <th scope="row">{header}</th>
                  <td className="muted import-sample">{(samples.get(header) ?? []).filter(Boolean).slice(0, 3).join(' · ')}</td>
                  <td>
                    <select
                      className="input select"
                      aria-label={t('csvImport.mapping.targetFor', { column: header })}
                      value={encode(m)}
                      onChange={(e) => onChange({ ...choices, mapping: remapColumn(choices.mapping, header, decode(e.target.value, header, m)) })}
                    >
                      <option value="ignore">{t('csvImport.mapping.ignore')}</option>
                      {(['contact', 'company', 'deal'] as const).map((entity) => (
                        <option key={entity} value={`custom:${entity}`}>
                          {t('csvImport.mapping.custom', { entity: t(`csvImport.entity.${entity}`) })}
                          {m?.kind === 'custom' && m.entity === entity ? ` (${m.key})` : ''}
                        </option>
                      ))}
                      {entities.map((entity) => (
                        <optgroup key={entity} label={t(`csvImport.entity.${entity}`)}>
                          {importTargets
                            .filter((target) => target.startsWith(`${entity}.`))
                            .map((target) => (
                              <option key={target} value={`field:${target}`}>
                                {targetLabel(t, target)}
                              </option>
                            ))}
                        </optgroup>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {conflicts.map((c) => (
        <p key={c.target} role="alert" className="error-text">
          {t('csvImport.mapping.conflict', { columns: c.columns.join(', '), target: targetLabel(t, c.target) })}
        </p>
      ))}
      {preview && preview.unmappedRequired.length > 0 && (
        <p role="alert" className="error-text">
          {t('csvImport.mapping.missing', { targets: preview.unmappedRequired.map((target) => targetLabel(t, target)).join(', ') })}
        </p>
      )}
      {preview && (['lifecycle', 'leadStatus', 'deal'] as const).some((k) => preview.stageValues[k]) && (
        <section aria-labelledby="import-stage-values">
          <h2 id="import-stage-values">{t('csvImport.mapping.stageValues')}</h2>
          <p className="muted">{t('csvImport.mapping.stageValuesHint')}</p>
          {(['lifecycle', 'leadStatus', 'deal'] as const).map((kind) => {
            const values: StageValueMapping | null = preview.stageValues[kind];
            if (!values) return null;
            const options = kind === 'deal' ? dealStages : lifecycleStages;
            const rows = [
              ...values.entries.map((e) => ({ value: e.value, rows: e.rows, stageId: e.stageId, via: e.via as string | null })),
              ...values.unknown.map((u) => ({ value: u.value, rows: u.rows, stageId: null, via: null })),
            ];
            return (
              <table key={kind} className="data-table import-stages" data-testid={`import-stages-${kind}`}>
                <caption>{t(`csvImport.mapping.${kind}`)}</caption>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.value}>
                      <th scope="row">{r.value}</th>
                      <td className="num">{t('csvImport.mapping.rows', { count: r.rows, formattedCount: formatNumber(r.rows, i18n.language) })}</td>
                      <td>
                        <select
                          className="input select"
                          aria-label={t('csvImport.mapping.stageFor', { value: r.value })}
                          value={r.stageId ?? ''}
                          onChange={(e) => setStage(kind, r.value, e.target.value)}
                        >
                          <option value="">{r.via === null ? t('csvImport.mapping.unknownValue') : t('csvImport.mapping.noStage')}</option>
                          {options.map((s) => (
                            <option key={s.id} value={s.id}>
                              {s.name}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td className={r.via === null ? 'error-text' : 'muted'}>
                        {r.via === null ? t('csvImport.mapping.unknownValue') : t(`csvImport.mapping.via.${r.via as 'id'}`)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          })}
        </section>
      )}
      {preview && preview.dateColumns.length > 0 && (
        <section aria-labelledby="import-dates">
          <h2 id="import-dates">{t('csvImport.mapping.dates')}</h2>
          <ul className="import-dates">
            {preview.dateColumns.map((d) => {
              const order = choices.dayOrders?.[d.column] ?? d.decision.order;
              const basis = choices.dayOrders?.[d.column] ? 'chosen' : d.decision.basis;
              const read = Object.entries(d.formats)
                .map(([format, count]) => `${t(`csvImport.preview.format.${format as 'iso'}`)} ${formatNumber(count, i18n.language)}`)
                .join(', ');
              // Day or month first only matters for cells like 03/04/2018: a column without them is read one way.
              const ambiguous = 'dmy' in d.formats || 'mdy' in d.formats;
              return (
                <li key={d.column}>
                  {t('csvImport.mapping.dateFormats', { column: d.column, formats: read || '—' })}
                  {ambiguous && (
                    <>
                      {' · '}
                      <label>
                        {t('csvImport.mapping.dateColumn', { order: t(`csvImport.mapping.order.${order}`) })}{' '}
                        <select
                          className="input select"
                          aria-label={t('csvImport.mapping.dayOrderFor', { column: d.column })}
                          value={order}
                          onChange={(e) => onChange({ ...choices, dayOrders: { ...choices.dayOrders, [d.column]: e.target.value as DayOrder } })}
                        >
                          <option value="dmy">{t('csvImport.mapping.order.dmy')}</option>
                          <option value="mdy">{t('csvImport.mapping.order.mdy')}</option>
                        </select>
                      </label>{' '}
                      <span className="muted">({t(`csvImport.mapping.basis.${basis}`)})</span>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {preview && preview.owners.length > 0 && (
        <section aria-labelledby="import-owners">
          <h2 id="import-owners">{t('csvImport.mapping.owners')}</h2>
          {newOwners.length === 0 ? (
            <p className="muted">{t('csvImport.mapping.ownersMatched')}</p>
          ) : (
            <>
              <p>
                {t('csvImport.mapping.ownersNew', {
                  count: newOwners.length,
                  names: newOwners
                    .slice(0, 12)
                    .map((o) => o.name)
                    .join(', '),
                })}
              </p>
              <label className="checkbox">
                <input type="checkbox" checked={createOwners} onChange={(e) => onCreateOwners(e.target.checked)} />
                {t('csvImport.mapping.createOwners')}
              </label>
            </>
          )}
        </section>
      )}
    </div>
  );
}
