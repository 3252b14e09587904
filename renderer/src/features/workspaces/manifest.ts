import './workspaces.css';
import { useTranslation } from 'react-i18next';
import type { Command, FeatureManifest } from '../../app/feature-manifest';
import { usePreferences } from '../../app/preferences-store';
import { useWorkspace, useWorkspaceList } from '../../workspace-api';
import { BusyProgress } from './BusyOverlay';
import { FirstRun } from './FirstRun';
import { NewWorkspaceDialog } from './NewWorkspaceDialog';
import { useNewWorkspaceDialog } from './new-workspace-store';

function useCommands(): Command[] {
  const { t } = useTranslation();
  const language = usePreferences((s) => s.language);
  const { current, open, loadDemo } = useWorkspace();
  const workspaces = useWorkspaceList();
  return [
    ...workspaces
      .filter((w) => w.id !== current?.entry.id)
      .map((w): Command => ({ id: `workspace.open.${w.id}`, group: 'workspace', label: t('palette.switchTo', { name: w.name }), run: () => void open(w.id) })),
    { id: 'workspace.new', group: 'workspace', label: t('palette.newEmpty'), run: () => useNewWorkspaceDialog.getState().setOpen(true) },
    { id: 'workspace.demo', group: 'workspace', label: t('palette.loadDemo'), keywords: ['demo', '데모'], run: () => void loadDemo(language) },
  ];
}

/** Creating, switching and loading workspaces: the first-run screen, the progress of long loads, the palette's commands. */
export const workspacesFeature: FeatureManifest = { id: 'workspaces', FirstRun, TopBarItem: BusyProgress, Overlay: NewWorkspaceDialog, useCommands };
