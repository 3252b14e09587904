import { useTranslation } from 'react-i18next';
import { roles, type Pipeline, type Persona, type TeamMember } from '@shared/model';
import { Select, Tabs } from '../../ui';
import { withUnknownOption } from '../../ui/unknown-option';
import { sourceLabel } from '../../i18n/source-label';
import { periodPresets, type PeriodPreset } from '@shared/index';
import { useFunnelPage, type FunnelPageFilters } from './funnel-store';

export type FunnelToolbarProps = {
  team: TeamMember[];
  personas: Persona[];
  pipelines: Pipeline[];
  sources: string[];
  tags: string[];
  /** The lists above have been read: a filter value none of them has is then shown as unknown. */
  loaded: boolean;
};

/** Period, view (activity or cohort), comparison with the previous period, and the filters. */
export function FunnelToolbar({ team, personas, pipelines, sources, tags, loaded }: FunnelToolbarProps) {
  const { t } = useTranslation();
  const { period, view, compare, filters, set, setFilters } = useFunnelPage();
  const pick = (key: keyof FunnelPageFilters) => (value: string) => setFilters({ [key]: value || null });
  // A value from the address that no option has (an old link, a source in the wrong case) stays visible as unknown:
  // the select would otherwise read "Any" over figures that are filtered to nothing.
  const options = (key: keyof FunnelPageFilters, known: { value: string; label: string }[], kind: keyof typeof unknownKeys) =>
    withUnknownOption(known, filters[key], loaded, (value) => t(unknownKeys[kind], { value }));
  return (
    <div className="funnel-toolbar">
      <Select
        aria-label={t('funnel.period')}
        value={period}
        onValueChange={(p) => set({ period: p as PeriodPreset, drill: null })}
        options={periodPresets.map((p) => ({ value: p, label: t(`funnel.periods.${p}`) }))}
      />
      <Tabs
        label={t('funnel.view')}
        idPrefix="funnel-view"
        panelId="funnel-panel"
        value={view}
        onChange={(v) => set({ view: v, drill: null })}
        items={[
          { id: 'activity', label: t('funnel.activity') },
          { id: 'cohort', label: t('funnel.cohort') },
        ]}
      />
      <label className="inline-field">
        <input type="checkbox" checked={compare} onChange={(e) => set({ compare: e.target.checked, drill: null })} />
        {t('funnel.compare')}
      </label>
      <Select
        aria-label={t('funnel.owner')}
        value={filters.ownerId ?? ''}
        onValueChange={pick('ownerId')}
        placeholder={t('funnel.anyOwner')}
        options={options(
          'ownerId',
          team.map((m) => ({ value: m.id, label: m.name })),
          'owner',
        )}
      />
      <Select
        aria-label={t('funnel.role')}
        value={filters.role ?? ''}
        onValueChange={pick('role')}
        placeholder={t('funnel.anyRole')}
        options={options(
          'role',
          roles.map((r) => ({ value: r, label: t(`role.${r}`) })),
          'role',
        )}
      />
      <Select
        aria-label={t('funnel.source')}
        value={filters.source ?? ''}
        onValueChange={pick('source')}
        placeholder={t('funnel.anySource')}
        options={options(
          'source',
          sources.map((s) => ({ value: s, label: sourceLabel(t, s) })),
          'source',
        )}
      />
      <Select
        aria-label={t('funnel.persona')}
        value={filters.personaId ?? ''}
        onValueChange={pick('personaId')}
        placeholder={t('funnel.anyPersona')}
        options={options(
          'personaId',
          personas.map((p) => ({ value: p.id, label: p.name })),
          'persona',
        )}
      />
      <Select
        aria-label={t('funnel.pipeline')}
        value={filters.pipelineId ?? ''}
        onValueChange={pick('pipelineId')}
        placeholder={t('funnel.anyPipeline')}
        options={options(
          'pipelineId',
          pipelines.map((p) => ({ value: p.id, label: p.name })),
          'pipeline',
        )}
      />
      {/* A workspace without tags gets no tag filter: a select whose only choice is "Any tag" offers nothing. */}
      {(tags.length > 0 || filters.tag) && (
        <Select
          aria-label={t('funnel.tag')}
          value={filters.tag ?? ''}
          onValueChange={pick('tag')}
          placeholder={t('funnel.anyTag')}
          options={options(
            'tag',
            tags.map((tag) => ({ value: tag, label: tag })),
            'tag',
          )}
        />
      )}
    </div>
  );
}

const unknownKeys = {
  owner: 'walk11.unknown.owner',
  role: 'walk11.unknown.role',
  source: 'walk11.unknown.source',
  persona: 'walk11.unknown.persona',
  pipeline: 'walk11.unknown.pipeline',
  tag: 'walk11.unknown.tag',
} as const;
