import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageField } from '../../app/LanguageField';
import { usePreferences } from '../../app/preferences-store';
import { platform } from '../../app/services';
import { Button, formatBytes } from '../../ui';
import type { StorageStatus } from '../../platform/platform';
import { BackupsSection } from './BackupsSection';
import { WorkspacesSection } from './WorkspacesSection';

export function SettingsPage() {
  const { t, i18n } = useTranslation();
  const { theme, toggleTheme } = usePreferences();
  const [version, setVersion] = useState<string | undefined>(undefined);
  const [storage, setStorage] = useState<StorageStatus | null>(null);
  useEffect(() => {
    void platform.appVersion().then(setVersion);
    void platform.storage.status().then(setStorage);
  }, []);
  const askToKeep = async () => {
    await platform.storage.persist();
    setStorage(await platform.storage.status());
  };
  return (
    <section className="page settings-page" aria-labelledby="settings-title">
      <header className="page-header">
        <h1 id="settings-title">{t('settings.title')}</h1>
        {version && <span className="page-count">{t('settings.version', { version })}</span>}
      </header>
      <div className="settings-body">
        <section className="settings-section">
          <h2>{t('settings.appearance')}</h2>
          <LanguageField />
          <div className="field">
            {t('settings.theme')}
            <div className="segmented" role="radiogroup" aria-label={t('settings.theme')}>
              {(['light', 'dark'] as const).map((option) => (
                <button key={option} type="button" role="radio" aria-checked={theme === option} onClick={() => theme !== option && toggleTheme()}>
                  {option === 'light' ? t('settings.themeLight') : t('settings.themeDark')}
                </button>
              ))}
            </div>
          </div>
        </section>
        <section className="settings-section" aria-labelledby="storage-title">
          <h2 id="storage-title">{t('settings.storage')}</h2>
          {storage && (
            <>
              <p data-persisted={String(storage.persisted)}>
                {storage.persisted === true
                  ? t('settings.storageKept')
                  : storage.persisted === false
                    ? t('settings.storageBestEffort')
                    : t('settings.storageUnknown')}
              </p>
              {storage.usage !== null && storage.quota !== null && (
                <p className="muted">
                  {t('settings.storageUsage', { usage: formatBytes(storage.usage, i18n.language), quota: formatBytes(storage.quota, i18n.language) })}
                </p>
              )}
              {storage.persisted === false && <Button onClick={() => void askToKeep()}>{t('settings.storageAsk')}</Button>}
            </>
          )}
        </section>
        <WorkspacesSection />
        <BackupsSection />
      </div>
    </section>
  );
}
