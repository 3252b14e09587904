import './sync.css';
import { RefreshCw } from 'lucide-react';
import type { FeatureManifest } from '../../app/feature-manifest';
import { SyncBadge } from './SyncBadge';
import { SyncPage } from './SyncPage';

export const syncFeature: FeatureManifest = {
  id: 'sync',
  page: { label: (t) => t('sync.nav'), icon: RefreshCw, Component: SyncPage },
  TopBarItem: SyncBadge,
};
