import './pipeline.css';
import { KanbanSquare } from 'lucide-react';
import type { Address, FeatureManifest } from '../../app/feature-manifest';
import { PipelinePage } from './PipelinePage';
import { usePipeline } from './pipeline-store';

/**
 * `#/pipeline/<deal>?pipeline=sales&view=list`: the pipeline (by kind while it is the only one of
 * its kind, else by id), the view and the open deal survive reload, links and Back.
 */
function applyAddress({ path, params }: Address) {
  const state = usePipeline.getState();
  const pipelineId = params.pipeline ?? null;
  if (pipelineId !== state.pipelineId) state.setPipeline(pipelineId);
  const view = params.view === 'list' ? 'list' : 'board';
  if (view !== state.view) state.setView(view);
  const dealId = path[0] ?? null;
  if (dealId !== usePipeline.getState().openDealId) state.openDeal(dealId);
}

function useAddress(): Address {
  const pipelineId = usePipeline((s) => s.pipelineId);
  const view = usePipeline((s) => s.view);
  const openDealId = usePipeline((s) => s.openDealId);
  return {
    path: openDealId ? [openDealId] : [],
    params: { ...(pipelineId ? { pipeline: pipelineId } : {}), ...(view === 'list' ? { view } : {}) },
  };
}

export const pipelineFeature: FeatureManifest = {
  id: 'pipeline',
  page: { label: (t) => t('nav.pipeline'), icon: KanbanSquare, Component: PipelinePage },
  route: { apply: applyAddress, useAddress },
};
