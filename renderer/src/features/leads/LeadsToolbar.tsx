import { Columns3, Search, SlidersHorizontal, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Persona, TeamMember } from '@shared/model';
import { Button } from '../../ui';
import { leadColumns, useLeads } from './leads-store';
import type { StageLabel } from './use-stage-labels';

export type LeadsToolbarProps = { stageLabels: Map<string, StageLabel>; team: TeamMember[]; personas: Persona[]; sources: string[]; customFields: string[] };

const UNASSIGNED = '__unassigned__';

/** Search, the common filters and the column chooser. "/" focuses the search box. */
export function LeadsToolbar({ stageLabels, team, personas, sources, customFields }: LeadsToolbarProps) {
  const { t } = useTranslation();
  const { search, setSearch, filters, setFilters, columns, toggleColumn } = useLeads();
  const [showColumns, setShowColumns] = useState(false);
  const [more, setMore] = useState(false);
  const chooser = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!showColumns) return;
    // The column menu closes on a click elsewhere or on Escape, like any menu.
    const onDown = (event: MouseEvent) => !chooser.current?.contains(event.target as Node) && setShowColumns(false);
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setShowColumns(false);
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [showColumns]);
  const searchRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key === '/' && !['INPUT', 'TEXTAREA', 'SELECT'].includes(target?.tagName ?? '')) {
        event.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const owner = filters.ownerIds?.[0] === null ? UNASSIGNED : (filters.ownerIds?.[0] ?? '');
  const active = Object.keys(filters).length > 0 || search !== '';
  return (
    <div className="leads-toolbar">
      <label className="search-box">
        <Search size={14} aria-hidden />
        <input
          ref={searchRef}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder={t('leadsToolbar.search')}
          aria-label={t('leadsToolbar.search')}
        />
      </label>
      <select
        aria-label={t('leadsToolbar.stage')}
        value={filters.stages?.[0] ?? ''}
        onChange={(e) => setFilters({ ...filters, stages: e.target.value ? [e.target.value] : undefined })}
      >
        <option value="">{t('leadsToolbar.anyStage')}</option>
        {[...stageLabels].map(([id, label]) => (
          <option key={id} value={id}>
            {label.name}
          </option>
        ))}
      </select>
      <select
        aria-label={t('leadsToolbar.owner')}
        value={owner}
        onChange={(e) => setFilters({ ...filters, ownerIds: e.target.value === '' ? undefined : [e.target.value === UNASSIGNED ? null : e.target.value] })}
      >
        <option value="">{t('leadsToolbar.anyOwner')}</option>
        <option value={UNASSIGNED}>{t('leadsToolbar.unassigned')}</option>
        {team.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
      <select
        aria-label={t('leadsToolbar.persona')}
        value={filters.personaIds?.[0] ?? ''}
        onChange={(e) => setFilters({ ...filters, personaIds: e.target.value ? [e.target.value] : undefined })}
      >
        <option value="">{t('leadsToolbar.anyPersona')}</option>
        {personas.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <select
        aria-label={t('leadsToolbar.source')}
        value={filters.sources?.[0] ?? ''}
        onChange={(e) => setFilters({ ...filters, sources: e.target.value ? [e.target.value] : undefined })}
      >
        <option value="">{t('leadsToolbar.anySource')}</option>
        {sources.map((source) => (
          <option key={source} value={source}>
            {source}
          </option>
        ))}
      </select>
      <label className="inline-field">
        {t('leadsToolbar.minScore')}
        <input
          type="number"
          min={0}
          step={5}
          value={filters.engagement?.min ?? ''}
          onChange={(e) => setFilters({ ...filters, engagement: e.target.value === '' ? undefined : { min: Number(e.target.value), max: null } })}
        />
      </label>
      <label className="inline-field">
        <input type="checkbox" checked={filters.inIcp === true} onChange={(e) => setFilters({ ...filters, inIcp: e.target.checked ? true : undefined })} />
        {t('leadsToolbar.inIcp')}
      </label>
      <Button variant="ghost" aria-expanded={more} onClick={() => setMore((m) => !m)}>
        <SlidersHorizontal size={14} aria-hidden />
        {t('leadsToolbar.more')}
      </Button>
      {active && (
        <Button
          variant="ghost"
          onClick={() => {
            setFilters({});
            setSearch('');
          }}
        >
          <X size={14} aria-hidden />
          {t('leadsToolbar.clear')}
        </Button>
      )}
      <div className="columns-chooser" ref={chooser}>
        <Button variant="ghost" aria-expanded={showColumns} onClick={() => setShowColumns((s) => !s)}>
          <Columns3 size={14} aria-hidden />
          {t('leadsToolbar.columns')}
        </Button>
        {showColumns && (
          <div className="columns-menu" role="group" aria-label={t('leadsToolbar.columns')}>
            {leadColumns.map((c) => (
              <label key={c}>
                <input type="checkbox" checked={columns.includes(c)} disabled={c === 'name'} onChange={() => toggleColumn(c)} />
                {t(`columnName.${c}`)}
              </label>
            ))}
            {customFields.map((key) => (
              <label key={key}>
                <input type="checkbox" checked={columns.includes(`cf:${key}`)} onChange={() => toggleColumn(`cf:${key}`)} />
                {key}
              </label>
            ))}
          </div>
        )}
      </div>
      {more && <MoreFilters />}
    </div>
  );
}

const numberOrUndefined = (value: string) => (value === '' ? undefined : { min: Number(value), max: null });

/** Fit and BANT minimums, tag, a custom field's value, SLA breached: the filters used less often. */
function MoreFilters() {
  const { t } = useTranslation();
  const { filters, setFilters } = useLeads();
  return (
    <div className="more-filters" role="group" aria-label={t('leadsToolbar.more')}>
      <label className="inline-field">
        {t('leadsToolbar.minFit')}
        <input
          type="number"
          min={0}
          max={100}
          step={5}
          value={filters.fit?.min ?? ''}
          onChange={(e) => setFilters({ ...filters, fit: numberOrUndefined(e.target.value) })}
        />
      </label>
      <label className="inline-field">
        {t('leadsToolbar.minBant')}
        <input
          type="number"
          min={0}
          max={100}
          step={5}
          value={filters.bant?.min ?? ''}
          onChange={(e) => setFilters({ ...filters, bant: numberOrUndefined(e.target.value) })}
        />
      </label>
      <label className="inline-field">
        {t('leadsToolbar.tag')}
        <input
          value={filters.tags?.[0] ?? ''}
          onChange={(e) => setFilters({ ...filters, tags: e.target.value.trim() ? [e.target.value.trim()] : undefined })}
        />
      </label>
      <label className="inline-field">
        {t('leadsToolbar.customField')}
        <input
          value={filters.customField?.field ?? ''}
          aria-label={t('leadsToolbar.customField')}
          placeholder="plan"
          onChange={(e) =>
            setFilters({
              ...filters,
              customField: e.target.value.trim() ? { field: e.target.value.trim(), value: filters.customField?.value ?? '' } : undefined,
            })
          }
        />
        =
        <input
          value={filters.customField?.value ?? ''}
          disabled={!filters.customField}
          onChange={(e) => filters.customField && setFilters({ ...filters, customField: { ...filters.customField, value: e.target.value } })}
          aria-label={t('leadsToolbar.customValue')}
        />
      </label>
      <label className="inline-field">
        <input
          type="checkbox"
          checked={filters.slaBreached === true}
          onChange={(e) => setFilters({ ...filters, slaBreached: e.target.checked ? true : undefined })}
        />
        {t('leadsToolbar.slaBreached')}
      </label>
    </div>
  );
}
