import { BarChart3, Filter, KanbanSquare, UserRound } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LeadsPage } from '../features/leads/LeadsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { NewWorkspaceForm } from '../features/workspaces/NewWorkspaceForm';
import { Dialog } from '../ui';
import { WorkspaceApiProvider, type WorkspaceApi, type WorkspaceEntry } from '../workspace-api';
import { CommandPalette } from './CommandPalette';
import { PageErrorBoundary } from './PageErrorBoundary';
import { ComingSoonPage } from './ComingSoonPage';
import { useNavigation } from './navigation-store';
import { useLeads } from '../features/leads/leads-store';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';
import { useCommands } from './use-commands';
import { useRouteSync } from './use-route-sync';

export type AppShellProps = { workspace: WorkspaceEntry; api: WorkspaceApi };

export function AppShell({ workspace, api }: AppShellProps) {
  const { t } = useTranslation();
  const page = useNavigation((s) => s.page);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [newWorkspaceOpen, setNewWorkspaceOpen] = useState(false);
  const commands = useCommands(() => setNewWorkspaceOpen(true));
  useRouteSync();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setPaletteOpen((open) => !open);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <WorkspaceApiProvider api={api}>
      <div className="shell">
        <Sidebar workspace={workspace} />
        <div className="main">
          <TopBar onOpenPalette={() => setPaletteOpen(true)} />
          <main className="content">
            <PageErrorBoundary page={page}>
              {page === 'leads' && <LeadsPage />}
              {page === 'pipeline' && <ComingSoonPage title={t('nav.pipeline')} body={t('placeholder.pipeline')} icon={<KanbanSquare size={28} />} />}
              {page === 'personas' && <ComingSoonPage title={t('nav.personas')} body={t('placeholder.personas')} icon={<UserRound size={28} />} />}
              {page === 'funnel' && <ComingSoonPage title={t('nav.funnel')} body={t('placeholder.funnel')} icon={<Filter size={28} />} />}
              {page === 'reports' && <ComingSoonPage title={t('nav.reports')} body={t('placeholder.reports')} icon={<BarChart3 size={28} />} />}
              {page === 'settings' && <SettingsPage />}
            </PageErrorBoundary>
          </main>
        </div>
        <CommandPalette
          open={paletteOpen}
          onOpenChange={setPaletteOpen}
          commands={commands}
          onOpenContact={(id) => {
            useNavigation.getState().go('leads');
            useLeads.getState().openContact(id);
          }}
          onOpenCompany={(name) => {
            useNavigation.getState().go('leads');
            useLeads.getState().openContact(null);
            useLeads.getState().setQueue('all'); // the company's contacts, not those of the current queue
            useLeads.getState().setSearch(name);
          }}
        />
        <Dialog open={newWorkspaceOpen} onOpenChange={setNewWorkspaceOpen} title={t('palette.newEmpty')}>
          <NewWorkspaceForm onDone={() => setNewWorkspaceOpen(false)} onCancel={() => setNewWorkspaceOpen(false)} />
        </Dialog>
      </div>
    </WorkspaceApiProvider>
  );
}
