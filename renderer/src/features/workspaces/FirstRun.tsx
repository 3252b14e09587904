import { Database, Sparkles } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { defaultDemoSize } from '@shared/demo/generate-workspace';
import { usePreferences } from '../../app/preferences-store';
import { useWorkspace } from '../../app/services';
import { languages } from '../../i18n';
import { Button, formatNumber } from '../../ui';
import { BusyProgress } from './BusyOverlay';
import { NewWorkspaceForm } from './NewWorkspaceForm';

/** First start: no workspace yet. Offers an empty workspace or the demo. */
export function FirstRun() {
  const { t } = useTranslation();
  const { language, setLanguage } = usePreferences();
  const { loadDemo, busy } = useWorkspace();
  return (
    <main className="first-run">
      <header className="first-run-header">
        <h1>{t('firstRun.title')}</h1>
        <p>{t('firstRun.intro')}</p>
        <label className="field first-run-language">
          {t('firstRun.language')}
          <select value={language} onChange={(e) => setLanguage(e.target.value as (typeof languages)[number])}>
            {languages.map((l) => (
              <option key={l} value={l}>
                {t(`languageName.${l}`)}
              </option>
            ))}
          </select>
        </label>
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
