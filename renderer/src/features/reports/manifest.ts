import './reports.css';
import { BarChart3 } from 'lucide-react';
import type { Address, FeatureManifest } from '../../app/feature-manifest';
import { isPeriodPreset } from '@shared/index';
import { ReportsPage } from './ReportsPage';
import { useReportsPage, type ReportsTab } from './reports-store';

const tabs: readonly ReportsTab[] = ['roles', 'sales', 'tasks', 'calibration'];

/** `#/reports?tab=sales&period=last_quarter`: the tab and the period survive reload and links. */
function applyAddress({ params }: Address) {
  const tab = tabs.find((t) => t === params.tab) ?? 'roles';
  useReportsPage.getState().set({ tab, period: isPeriodPreset(params.period) ? params.period : 'this_quarter' });
}

function useAddress(): Address {
  const tab = useReportsPage((s) => s.tab);
  const period = useReportsPage((s) => s.period);
  return { path: [], params: { ...(tab !== 'roles' ? { tab } : {}), ...(period !== 'this_quarter' ? { period } : {}) } };
}

export const reportsFeature: FeatureManifest = {
  id: 'reports',
  page: { label: (t) => t('nav.reports'), icon: BarChart3, Component: ReportsPage },
  route: { apply: applyAddress, useAddress },
};
