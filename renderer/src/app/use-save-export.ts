import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../ui';
import { platform } from './services';

/**
 * Saves an exported chart or table (PNG or CSV bytes) through the platform's save dialog and says
 * so; stable across renders, so memoised charts can take it as a prop.
 */
export function useSaveExport(): (name: string, data: Uint8Array) => void {
  const { t } = useTranslation();
  return useCallback(
    (name: string, data: Uint8Array) =>
      void platform
        .saveFile(name, data, [name.endsWith('.png') ? { name: 'PNG', extensions: ['png'] } : { name: 'CSV', extensions: ['csv'] }])
        .then((saved) => saved && showToast({ tone: 'ok', text: t('chart.saved', { name }) })),
    [t],
  );
}
