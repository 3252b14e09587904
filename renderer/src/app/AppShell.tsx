import { Fragment, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { features } from '../features';
import { useFocusReturn, useHotkey, useToasts } from '../ui';
import { WorkspaceApiProvider, type WorkspaceApi, type WorkspaceEntry } from '../workspace-api';
import { CommandPalette } from './CommandPalette';
import { MenuCommands } from './DesktopBridge';
import { useNavigation } from './navigation-store';
import { PageErrorBoundary } from './PageErrorBoundary';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';
import { useCommands } from './use-commands';
import { useRouteSync } from './use-route-sync';

export type AppShellProps = { workspace: WorkspaceEntry; api: WorkspaceApi };

const first = <K extends 'contact' | 'company'>(kind: K) => features.find((f) => f.openRecord?.[kind])?.openRecord?.[kind];

/** Sidebar, top bar, the open page and the palette — built from the feature manifests alone. */
export function AppShell({ workspace, api }: AppShellProps) {
  const { t } = useTranslation();
  const page = useNavigation((s) => s.page);
  const [paletteOpen, setPaletteOpen] = useState(false);
  useFocusReturn(paletteOpen);
  useHotkey('mod+k', () => setPaletteOpen((open) => !open), { inInputs: true, whileOverlay: true });
  useRouteSync(features);
  // An Undo offered in the workspace just left would undo there, out of sight: its toast goes with it.
  useEffect(() => useToasts.getState().keepScope(api.id), [api.id]);
  const Page = features.find((f) => f.id === page)?.page?.Component;

  return (
    <WorkspaceApiProvider api={api}>
      <ShellCommands>
        {(commands) => (
          <div className="shell">
            <a className="skip-link" href="#main-content" onClick={(e) => (e.preventDefault(), document.getElementById('main-content')?.focus())}>
              {t('app.skipToContent')}
            </a>
            <Sidebar workspace={workspace} features={features} />
            <div className="main">
              <TopBar onOpenPalette={() => setPaletteOpen(true)} items={features.flatMap((f) => (f.TopBarItem ? [f.TopBarItem] : []))} />
              <main className="content" id="main-content" tabIndex={-1}>
                <PageErrorBoundary page={page}>{Page && <Page />}</PageErrorBoundary>
              </main>
            </div>
            <CommandPalette
              open={paletteOpen}
              onOpenChange={setPaletteOpen}
              commands={commands}
              onOpenContact={(id) => first('contact')?.(id)}
              onOpenCompany={(name) => first('company')?.(name)}
            />
            {features.map((f) => f.Overlay && <Fragment key={f.id}>{<f.Overlay />}</Fragment>)}
            <MenuCommands commands={commands} openPalette={() => setPaletteOpen(true)} />
          </div>
        )}
      </ShellCommands>
    </WorkspaceApiProvider>
  );
}

/** The palette's commands, gathered inside the workspace API provider (feature commands may query it). */
function ShellCommands({ children }: { children(commands: ReturnType<typeof useCommands>): React.ReactNode }) {
  return children(useCommands(features));
}
