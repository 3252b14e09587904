import type { LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { FeatureManifest } from '../app/feature-manifest';
import { useNavigation } from '../app/navigation-store';
import { Button, ComingSoonPage } from '../ui';

type Planned = 'personas' | 'funnel' | 'reports';

/** The manifest of a section whose screens are not built yet: a sidebar entry and a page that says so. */
export function comingSoonFeature(id: Planned, icon: LucideIcon): FeatureManifest {
  const Icon = icon;
  function Page() {
    const { t } = useTranslation();
    const go = useNavigation((s) => s.go);
    return (
      <ComingSoonPage
        title={t(`nav.${id}`)}
        body={t(`placeholder.${id}`)}
        icon={<Icon size={28} />}
        action={<Button onClick={() => go('leads')}>{t('placeholder.goToLeads')}</Button>}
      />
    );
  }
  return { id, page: { label: (t) => t(`nav.${id}`), icon, Component: Page } };
}
