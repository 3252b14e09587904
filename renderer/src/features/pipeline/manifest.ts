import './pipeline.css';
import { KanbanSquare } from 'lucide-react';
import type { Address, FeatureManifest } from '../../app/feature-manifest';
import { useRecordSet } from '../../app/record-set-store';
import { PipelinePage } from './PipelinePage';
import { usePipeline, type BoardFilters } from './pipeline-store';

/**
 * The picked filters as address parameters (owner, month, source, product, rotting), only those set. Typed
 * ones (search, amounts) stay out: every keystroke would be a step for Back.
 */
function filterParams(f: BoardFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (f.ownerId) params.owner = f.ownerId;
  if (f.closeMonth) params.month = f.closeMonth;
  if (f.source !== null) params.source = f.source;
  if (f.product) params.product = f.product;
  if (f.rottingOnly) params.rotting = '1';
  return params;
}

function filtersOf(params: Record<string, string>, typed: BoardFilters): BoardFilters {
  return {
    ...typed,
    ownerId: params.owner ?? null,
    closeMonth: /^\d{4}-\d{2}$/.test(params.month ?? '') ? params.month! : null,
    source: params.source ?? null,
    product: params.product ?? null,
    rottingOnly: params.rotting === '1',
  };
}

/**
 * `#/pipeline/<deal>?pipeline=sales&view=list&owner=…&rotting=1`: the pipeline (by kind while it is
 * the only one of its kind, else by id), the view, the filters and the open deal survive reload, links and Back.
 */
function applyAddress({ path, params }: Address) {
  const state = usePipeline.getState();
  const filters = filtersOf(params, state.filters);
  if (JSON.stringify(filters) !== JSON.stringify(state.filters)) state.setFilters(filters);
  const pipelineId = params.pipeline ?? null;
  if (pipelineId !== state.pipelineId) state.setPipeline(pipelineId);
  const view = params.view === 'list' ? 'list' : 'board';
  if (view !== state.view) state.setView(view);
  const dealId = path[0] ?? null;
  if (dealId !== usePipeline.getState().openDealId) state.openDeal(dealId);
  // An address without the set (the sidebar, a typed link) is the board again.
  if (params.set !== '1') useRecordSet.getState().clear('deals');
}

function useAddress(): Address {
  const pipelineId = usePipeline((s) => s.pipelineId);
  const view = usePipeline((s) => s.view);
  const openDealId = usePipeline((s) => s.openDealId);
  const filters = usePipeline((s) => s.filters);
  const set = useRecordSet((s) => s.deals !== null);
  return {
    path: openDealId ? [openDealId] : [],
    params: set
      ? { view: 'list', set: '1' }
      : { ...(pipelineId ? { pipeline: pipelineId } : {}), ...(view === 'list' ? { view } : {}), ...filterParams(filters) },
  };
}

export const pipelineFeature: FeatureManifest = {
  id: 'pipeline',
  page: { label: (t) => t('nav.pipeline'), icon: KanbanSquare, Component: PipelinePage },
  route: { apply: applyAddress, useAddress },
};
