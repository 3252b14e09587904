import { Columns3, Search, SlidersHorizontal, X } from 'lucide-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Persona, TeamMember } from '@shared/model';
import { Button, NumberInput, numberInputProblem, Popover, Select, useHotkey } from '../../ui';
import { sourceLabel } from '../../i18n/source-label';
import { leadColumns, useLeads } from './leads-store';
import type { StageLabel } from '../../i18n/use-stage-labels';

export type LeadsToolbarProps = {
  stageLabels: Map<string, StageLabel>;
  team: TeamMember[];
  personas: Persona[];
  sources: string[];
  customFields: string[];
  /** ↓ or Enter in the search box: the results take the focus. */
  onReachResults(): void;
};

const UNASSIGNED = '__unassigned__';

/** Search, the common filters and the column chooser. "/" focuses the search box. */
export function LeadsToolbar({ stageLabels, team, personas, sources, customFields, onReachResults }: LeadsToolbarProps) {
  const { t } = useTranslation();
  const { search, setSearch, filters, setFilters, clearFilters, columns, toggleColumn } = useLeads();
  const [more, setMore] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  useHotkey('/', () => searchRef.current?.focus());
  const owner = filters.ownerIds?.[0] === null ? UNASSIGNED : (filters.ownerIds?.[0] ?? '');
  const active = Object.keys(filters).length > 0 || search !== '';
  return (
    <div className="leads-toolbar">
      <label className="search-box">
        <Search size={14} aria-hidden />
        <input
          ref={searchRef}
          type="search"
          dir="auto"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' || (e.key === 'Enter' && !e.nativeEvent.isComposing)) {
              e.preventDefault();
              onReachResults();
            }
          }}
          placeholder={t('leadsToolbar.search')}
          aria-label={t('leadsToolbar.search')}
          aria-keyshortcuts="/"
        />
      </label>
      <Select
        aria-label={t('leadsToolbar.stage')}
        value={filters.stages?.[0] ?? ''}
        onValueChange={(value) => setFilters({ ...filters, stages: value ? [value] : undefined })}
        placeholder={t('leadsToolbar.anyStage')}
        options={[...stageLabels].map(([id, label]) => ({ value: id, label: label.name }))}
      />
      <Select
        aria-label={t('leadsToolbar.owner')}
        value={owner}
        onValueChange={(value) => setFilters({ ...filters, ownerIds: value === '' ? undefined : [value === UNASSIGNED ? null : value] })}
        placeholder={t('leadsToolbar.anyOwner')}
        options={[{ value: UNASSIGNED, label: t('leadsToolbar.unassigned') }, ...team.map((m) => ({ value: m.id, label: m.name }))]}
      />
      <Select
        aria-label={t('leadsToolbar.persona')}
        value={filters.personaIds?.[0] ?? ''}
        onValueChange={(value) => setFilters({ ...filters, personaIds: value ? [value] : undefined })}
        placeholder={t('leadsToolbar.anyPersona')}
        options={personas.map((p) => ({ value: p.id, label: p.name }))}
      />
      <Select
        aria-label={t('leadsToolbar.source')}
        value={filters.sources?.[0] ?? ''}
        onValueChange={(value) => setFilters({ ...filters, sources: value ? [value] : undefined })}
        placeholder={t('leadsToolbar.anySource')}
        options={sources.map((source) => ({ value: source, label: sourceLabel(t, source) }))}
      />
      <MinimumFilter label={t('leadsToolbar.minScore')} value={filters.engagement?.min} onChange={(engagement) => setFilters({ ...filters, engagement })} />
      <label className="inline-field">
        <input type="checkbox" checked={filters.inIcp === true} onChange={(e) => setFilters({ ...filters, inIcp: e.target.checked ? true : undefined })} />
        {t('leadsToolbar.inIcp')}
      </label>
      <Button variant="ghost" aria-expanded={more} onClick={() => setMore((m) => !m)}>
        <SlidersHorizontal size={14} aria-hidden />
        {t('leadsToolbar.more')}
      </Button>
      {active && (
        <Button variant="ghost" onClick={clearFilters}>
          <X size={14} aria-hidden />
          {t('leadsToolbar.clear')}
        </Button>
      )}
      <div className="columns-chooser">
        <Popover
          label={t('leadsToolbar.columns')}
          align="end"
          trigger={
            <Button variant="ghost">
              <Columns3 size={14} aria-hidden />
              {t('leadsToolbar.columns')}
            </Button>
          }
        >
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
        </Popover>
      </div>
      {more && <MoreFilters />}
    </div>
  );
}

type MinimumFilterProps = { label: string; max?: number; value: number | null | undefined; onChange(range: { min: number; max: null } | undefined): void };

/**
 * "At least N": the typed text is kept while it is not a number yet, and the filter only changes for a
 * value the input accepts (so "-" or "1e" never filters the list to nothing).
 */
function MinimumFilter({ label, max, value, onChange }: MinimumFilterProps) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(value == null ? '' : String(value));
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    // Cleared or set from elsewhere (Clear filters, a saved view).
    setSeen(value);
    if (value == null || Number(text) !== value) setText(value == null ? '' : String(value));
  }
  return (
    <label className="inline-field">
      {label}
      <NumberInput
        value={text}
        min={0}
        max={max}
        onValueChange={(next) => {
          setText(next);
          if (next === '') onChange(undefined);
          else if (!numberInputProblem(next, { min: 0, max }, t, i18n.language)) onChange({ min: Number(next), max: null });
        }}
      />
    </label>
  );
}

/** Fit and BANT minimums, tag, a custom field's value, SLA breached: the filters used less often. */
function MoreFilters() {
  const { t } = useTranslation();
  const { filters, setFilters } = useLeads();
  return (
    <div className="more-filters" role="group" aria-label={t('leadsToolbar.more')}>
      <MinimumFilter label={t('leadsToolbar.minFit')} max={100} value={filters.fit?.min} onChange={(fit) => setFilters({ ...filters, fit })} />
      <MinimumFilter label={t('leadsToolbar.minBant')} max={100} value={filters.bant?.min} onChange={(bant) => setFilters({ ...filters, bant })} />
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
