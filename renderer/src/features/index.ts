import type { FeatureManifest } from '../app/feature-manifest';
import { designerFeature } from './designer/manifest';
import { designsFeature } from './designs/manifest';
import { funnelFeature } from './funnel/manifest';
import { importFeature } from './import/manifest';
import { inboxFeature } from './inbox/manifest';
import { leadsFeature } from './leads/manifest';
import { personasFeature } from './personas/manifest';
import { pipelineFeature } from './pipeline/manifest';
import { presentationFeature } from './presentation/manifest';
import { reportsFeature } from './reports/manifest';
import { settingsFeature } from './settings/manifest';
import { simulatorFeature } from './simulator/manifest';
import { syncFeature } from './sync/manifest';
import { teamFeature } from './team/manifest';
import { workspacesFeature } from './workspaces/manifest';

/** Every feature, in sidebar order; the first page is home. Adding a screen: its folder and one line here. */
export const features: readonly FeatureManifest[] = [
  leadsFeature,
  pipelineFeature,
  personasFeature,
  funnelFeature,
  reportsFeature,
  designerFeature,
  designsFeature,
  simulatorFeature,
  importFeature,
  teamFeature,
  settingsFeature,
  syncFeature,
  workspacesFeature,
  presentationFeature,
  inboxFeature,
];
