import './import.css';
import { Upload } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Command, FeatureManifest } from '../../app/feature-manifest';
import { useNavigation } from '../../app/navigation-store';
import { ImportPage } from './ImportPage';

function useCommands(): Command[] {
  const { t } = useTranslation();
  return [
    {
      id: 'import.csv',
      group: 'workspace',
      label: t('csvImport.open'),
      keywords: ['csv', 'import', 'upload', 'hubspot', 'salesforce', 'pipedrive', '가져오기', '업로드'],
      run: () => useNavigation.getState().go('import'),
    },
  ];
}

export const importFeature: FeatureManifest = {
  id: 'import',
  page: { label: (t) => t('csvImport.nav'), icon: Upload, Component: ImportPage },
  useCommands,
};
