import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { designTemplates, type DesignTemplate } from '@shared/design';
import { usePreferences } from '../../app/preferences-store';
import { useWorkspace } from '../../app/services';
import { Button, showToast } from '../../ui';

/** The built-in designs to start a new workspace from, in the user's language. */
export function TemplatesSection() {
  const { t } = useTranslation();
  const language = usePreferences((s) => s.language);
  const createEmpty = useWorkspace((s) => s.createEmpty);
  const [busy, setBusy] = useState(false);
  const start = async (template: DesignTemplate) => {
    setBusy(true);
    const name = template.name[language];
    await createEmpty(name, language, template.id).finally(() => setBusy(false));
    showToast({ tone: 'ok', text: t('designs.templates.created', { name }) });
  };
  return (
    <section className="designs-section" aria-labelledby="designs-templates-title">
      <h2 id="designs-templates-title">{t('designs.templates.title')}</h2>
      <p className="muted">{t('designs.templates.intro')}</p>
      <ul className="designs-templates">
        {designTemplates.map((template) => (
          <li key={template.id} data-template={template.id}>
            <strong>{template.name[language]}</strong>
            <span>{template.summary[language]}</span>
            <Button onClick={() => void start(template)} disabled={busy}>
              {t('designs.templates.newWorkspace', { name: template.name[language] })}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
