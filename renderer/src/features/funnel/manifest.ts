import './funnel.css';
import { Filter } from 'lucide-react';
import { funnelSelectorSchema, roleSchema } from '@shared/index';
import type { Address, FeatureManifest } from '../../app/feature-manifest';
import { FunnelPage } from './FunnelPage';
import { isPeriodPreset } from '@shared/index';
import { noFunnelFilters, useFunnelPage, type FunnelPageFilters } from './funnel-store';

const filterParams: Record<keyof FunnelPageFilters, string> = {
  ownerId: 'owner',
  role: 'role',
  source: 'source',
  personaId: 'persona',
  pipelineId: 'pipeline',
  tag: 'tag',
};

/** A drilled figure in the address (`stage:mql`, `conversion:mql:sql:converted`…), so Back from a record returns to the same list. */
function readDrill(value: string | undefined) {
  if (!value) return null;
  const [kind, a, b, c] = value.split(':');
  const raw =
    kind === 'stage'
      ? { kind, period: 'current', stageId: a }
      : kind === 'conversion'
        ? { kind, period: 'current', from: a, to: b, part: c }
        : kind === 'link'
          ? { kind, period: 'current', from: a === '' ? null : a, to: b }
          : { kind, period: 'current', part: a };
  const parsed = funnelSelectorSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

function writeDrill(drill: ReturnType<typeof readDrill>): string | null {
  if (!drill) return null;
  switch (drill.kind) {
    case 'stage':
      return `stage:${drill.stageId}`;
    case 'conversion':
      return `conversion:${drill.from}:${drill.to}:${drill.part}`;
    case 'link':
      return `link:${drill.from ?? ''}:${drill.to}`;
    case 'hand_off':
      return `hand_off:${drill.part}`;
  }
}

/** `#/funnel?period=this_quarter&view=cohort&compare=0&owner=…&drill=stage:mql`: the whole view survives reload, links and Back. */
function applyAddress({ params }: Address) {
  const filters = { ...noFunnelFilters };
  for (const [key, param] of Object.entries(filterParams) as [keyof FunnelPageFilters, string][]) {
    const value = params[param];
    if (value === undefined) continue;
    if (key === 'role') filters.role = roleSchema.safeParse(value).success ? (value as FunnelPageFilters['role']) : null;
    else filters[key] = value;
  }
  useFunnelPage.getState().set({
    period: isPeriodPreset(params.period) ? params.period : 'this_quarter',
    view: params.view === 'cohort' ? 'cohort' : 'activity',
    compare: params.compare !== '0',
    filters,
    drill: readDrill(params.drill),
  });
}

function useAddress(): Address {
  const { period, view, compare, filters, drill } = useFunnelPage();
  const params: Record<string, string> = {};
  if (period !== 'this_quarter') params.period = period;
  if (view !== 'activity') params.view = view;
  if (!compare) params.compare = '0';
  for (const [key, param] of Object.entries(filterParams) as [keyof FunnelPageFilters, string][]) if (filters[key]) params[param] = filters[key];
  const d = writeDrill(drill);
  if (d) params.drill = d;
  return { path: [], params };
}

export const funnelFeature: FeatureManifest = {
  id: 'funnel',
  page: { label: (t) => t('nav.funnel'), icon: Filter, Component: FunnelPage },
  route: { apply: applyAddress, useAddress },
};
