import { Database, Sparkles } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { defaultDemoSize } from '@shared/demo/generate-workspace';
import { LanguageField } from '../../app/LanguageField';
import { usePreferences } from '../../app/preferences-store';
import { useWorkspace } from '../../app/services';
import { Button, formatNumber } from '../../ui';
import { BusyProgress } from './BusyOverlay';
import { NewWorkspaceForm } from './NewWorkspaceForm';

/** First start: no workspace yet. Offers an empty workspace or the demo. */
export function FirstRun() {
  const { t } = useTranslation();
  const language = usePreferences((s) => s.language);
  const { loadDemo, busy } = useWorkspace();
  return (
    <main className="first-run">
      <header className="first-run-header">
        <h1>{t('firstRun.title')}</h1>
        <p>{t('firstRun.intro')}</p>
        <LanguageField className="first-run-language" />
      </header>
      <div className="first-run-choices">
        <section className="choice-card" aria-labelledby="choice-empty">
          <Database size={22} aria-hidden />
          <h2 id="choice-empty">{t('firstRun.emptyTitle')}</h2>
          <p>{t('firstRun.emptyBody')}</p>
          <NewWorkspaceForm />
        </section>
        <section className="choice-card" aria-labelledby="choice-demo">
          <Sparkles size={22} aria-hidden />
          <h2 id="choice-demo">{t('firstRun.demoTitle')}</h2>
          <p>{t('firstRun.demoBody', { contacts: formatNumber(defaultDemoSize, language) })}</p>
          <div className="choice-action">
            {busy ? (
              <BusyProgress />
            ) : (
              <Button variant="primary" onClick={() => void loadDemo(language)}>
                {t('firstRun.loadDemo')}
              </Button>
            )}
          </div>
        </section>
      </div>
    </main>
  );
}
