import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { designFileExtension } from '@shared/design';
import { workspaceFileExtension } from '@shared/workspace-file';
import { useNavigation } from '../../app/navigation-store';
import { useOpenedDesign } from '../../app/opened-design-store';
import { platform } from '../../app/services';
import type { OpenedFile } from '../../platform/platform';
import { reportError, showToast } from '../../ui';
import { useWorkspaceDialogs } from './workspace-dialogs-store';

/**
 * Files the user opened with Baton (double-click, "Open with", a second launch): a workspace file
 * opens the import dialog with it chosen, so the user still picks new, replace or merge; a design
 * file opens the Designs page's import dialog with it chosen (importing it changes the live design).
 */
export function OpenedFiles() {
  const { t } = useTranslation();
  const show = useWorkspaceDialogs((s) => s.show);
  useEffect(() => {
    const handle = (file: OpenedFile) => {
      const name = file.name.toLowerCase();
      if (name.endsWith(`.${designFileExtension}`)) {
        useOpenedDesign.getState().offer(file);
        useNavigation.getState().go('designs');
      } else if (name.endsWith(`.${workspaceFileExtension}`)) show({ kind: 'import', file });
      else showToast({ tone: 'error', text: t('desktop.openedFile.unknown', { file: file.name }) });
    };
    const take = () => void platform.takeOpenedFiles().then((files) => files.forEach(handle), reportError);
    take();
    return platform.onFileOpened(take);
  }, [show, t]);
  return null;
}
