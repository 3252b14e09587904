import './presentation.css';
import { useTranslation } from 'react-i18next';
import type { Command, FeatureManifest } from '../../app/feature-manifest';
import { PresentationOverlay } from './PresentationOverlay';
import { usePresentation } from './presentation-store';

function useCommands(): Command[] {
  const { t } = useTranslation();
  return [
    {
      id: 'presentation.start',
      group: 'workspace',
      label: t('presentation.command'),
      keywords: ['present', 'presentation', 'fullscreen', '발표', '프레젠테이션'],
      run: () => usePresentation.getState().start(0),
    },
  ];
}

/** Presentation mode: the design, its funnel and the simulator's projection, full screen, stepped through with the keyboard. */
export const presentationFeature: FeatureManifest = { id: 'presentation', useCommands, Overlay: PresentationOverlay };
