import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../i18n';
import { usePreferences } from './preferences-store';

/** The language picker, labelled; used on the first-run screen and in settings. */
export function LanguageField({ className }: { className?: string }) {
  const { t } = useTranslation();
  const { language, setLanguage } = usePreferences();
  return (
    <label className={['field', className].filter(Boolean).join(' ')}>
      {t('settings.language')}
      <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
        {languages.map((l) => (
          <option key={l} value={l}>
            {t(`languageName.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
