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

const preferences = usePreferences.getState();
await initI18n(preferences.language);
applyPreferences(preferences);
reportUncaughtErrors();
// Ask once at start: best-effort browser storage may be cleared under pressure (Settings shows the answer).
void platform.storage.persist();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
