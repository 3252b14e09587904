import './settings.css';
import { Settings } from 'lucide-react';
import type { FeatureManifest } from '../../app/feature-manifest';
import { SettingsPage } from './SettingsPage';
import { useWorkspaceCommands } from './use-workspace-commands';
import { WorkspaceDialogs } from './WorkspaceDialogs';

export const settingsFeature: FeatureManifest = {
  id: 'settings',
  page: { label: (t) => t('nav.settings'), icon: Settings, Component: SettingsPage },
  useCommands: useWorkspaceCommands,
  Overlay: WorkspaceDialogs,
};
