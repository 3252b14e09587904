import './reports.css';
import { BarChart3 } from 'lucide-react';
import type { Address, FeatureManifest } from '../../app/feature-manifest';
import { isPeriodPreset, winRateGroupings } from '@shared/index';
import { ReportsPage } from './ReportsPage';
import { useReportsPage, type ReportsTab } from './reports-store';

const tabs: readonly ReportsTab[] = ['roles', 'sales', 'tasks', 'calibration'];

/** `#/reports?tab=sales&period=last_quarter&owner=…&pipeline=…&by=source`: the whole view survives reload and links. */
function applyAddress({ params }: Address) {
  const tab = tabs.find((t) => t === params.tab) ?? 'roles';
  const by = winRateGroupings.find((g) => g === params.by) ?? 'owner';
  useReportsPage.getState().set({
    tab,
    period: isPeriodPreset(params.period) ? params.period : 'this_quarter',
    ownerId: params.owner ?? null,
    pipelineId: params.pipeline ?? null,
    winRatesBy: by,
  });
}

function useAddress(): Address {
  const { tab, period, ownerId, pipelineId, winRatesBy } = useReportsPage();
  return {
    path: [],
    params: {
      ...(tab !== 'roles' ? { tab } : {}),
      ...(period !== 'this_quarter' ? { period } : {}),
      ...(ownerId ? { owner: ownerId } : {}),
      ...(pipelineId ? { pipeline: pipelineId } : {}),
      ...(winRatesBy !== 'owner' ? { by: winRatesBy } : {}),
    },
  };
}

export const reportsFeature: FeatureManifest = {
  id: 'reports',
  page: { label: (t) => t('nav.reports'), icon: BarChart3, Component: ReportsPage },
  route: { apply: applyAddress, useAddress },
};
