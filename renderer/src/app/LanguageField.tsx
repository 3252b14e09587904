import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../i18n';
import { Field, Select } from '../ui';
import { usePreferences } from './preferences-store';

/** The language picker, labelled; used on the first-run screen and in settings. */
export function LanguageField({ className }: { className?: string }) {
  const { t } = useTranslation();
  const { language, setLanguage } = usePreferences();
  return (
    <Field label={t('settings.language')} className={className}>
      <Select
        value={language}
        onValueChange={(value) => setLanguage(value as Language)}
        options={languages.map((l) => ({ value: l, label: t(`languageName.${l}`) }))}
      />
    </Field>
  );
}
