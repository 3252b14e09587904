// Base and kit styles first: feature styles (imported by their manifests) build on them.
import './ui/base.css';
import './ui/ui.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { applyPreferences, usePreferences } from './app/preferences-store';
import { reportUncaughtErrors } from './ui';
import { platform } from './app/services';
import { initI18n } from './i18n';
import { workspaceManager } from './workspace-api/workspaces';
import { browserSweepDeps } from './workspace-api/orphan-databases';

const preferences = usePreferences.getState();
await initI18n(preferences.language);
applyPreferences(preferences);
reportUncaughtErrors();
// Ask once at start: best-effort browser storage may be cleared under pressure (Settings shows the answer).
void platform.storage.persist();
// A crash or reload mid-import may have left a half-written database no workspace lists: remove it.
void workspaceManager.sweepOrphans(browserSweepDeps()).catch((error: unknown) => console.warn('Could not sweep unlisted databases', error));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
