import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { applyPreferences, usePreferences } from './app/preferences-store';
import { reportUncaughtErrors } from './ui';
import { initI18n } from './i18n';
import './ui/base.css';
import './ui/ui.css';
import './app/app.css';

const preferences = usePreferences.getState();
await initI18n(preferences.language);
applyPreferences(preferences);
reportUncaughtErrors();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
