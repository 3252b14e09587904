import './designs.css';
import { FileStack } from 'lucide-react';
import type { FeatureManifest } from '../../app/feature-manifest';
import { useNavigation } from '../../app/navigation-store';
import { useTranslation } from 'react-i18next';
import { DesignsPage } from './DesignsPage';

/** Designs: the funnel design as a document — versions, compare, apply, design files, templates. */
export const designsFeature: FeatureManifest = {
  id: 'designs',
  page: { label: (t) => t('designs.nav'), icon: FileStack, Component: DesignsPage },
  useCommands() {
    const { t } = useTranslation();
    const go = useNavigation((s) => s.go);
    return [
      {
        id: 'designs.open',
        group: 'navigate',
        label: t('designs.open'),
        keywords: ['design', 'version', 'template', '설계', '버전', '템플릿'],
        run: () => go('designs'),
      },
    ];
  },
};
