import './pipeline.css';
import { KanbanSquare } from 'lucide-react';
import type { Address, FeatureManifest } from '../../app/feature-manifest';
import { PipelinePage } from './PipelinePage';
import { usePipeline } from './pipeline-store';

/** `#/pipeline?pipeline=<id>&view=list`: the pipeline and the view survive reload and links. */
function applyAddress({ params }: Address) {
  const state = usePipeline.getState();
  const pipelineId = params.pipeline ?? null;
  if (pipelineId !== state.pipelineId) state.setPipeline(pipelineId);
  const view = params.view === 'list' ? 'list' : 'board';
  if (view !== state.view) state.setView(view);
}

function useAddress(): Address {
  const pipelineId = usePipeline((s) => s.pipelineId);
  const view = usePipeline((s) => s.view);
  return { path: [], params: { ...(pipelineId ? { pipeline: pipelineId } : {}), ...(view === 'list' ? { view } : {}) } };
}

export const pipelineFeature: FeatureManifest = {
  id: 'pipeline',
  page: { label: (t) => t('nav.pipeline'), icon: KanbanSquare, Component: PipelinePage },
  route: { apply: applyAddress, useAddress },
};
