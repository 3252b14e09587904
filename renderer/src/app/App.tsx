import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { features } from '../features';
import { Toaster } from '../ui';
import { AppShell } from './AppShell';
import { LanguageToHost } from './DesktopBridge';
import { InterruptedDialog } from './InterruptedDialog';
import { useWorkspace } from './services';

const FirstRun = features.find((f) => f.FirstRun)!.FirstRun!;

export function App() {
  const { t } = useTranslation();
  const { status, current, error, init, clearError } = useWorkspace();
  useEffect(() => {
    void init();
  }, [init]);
  return (
    <>
      {error && (
        <div className="error-banner app-error" role="alert">
          {t('common.error', { message: error })}
          <button type="button" className="btn btn-ghost" onClick={clearError}>
            {t('common.close')}
          </button>
        </div>
      )}
      {status === 'starting' ? null : current ? <AppShell key={current.entry.id} workspace={current.entry} api={current.api} /> : <FirstRun />}
      <Toaster />
      <InterruptedDialog />
      <LanguageToHost />
    </>
  );
}
