import { designFileExtension, designFileName } from '@shared/design';
import { platform } from '../../app/services';
import type { WorkspaceApi } from '../../workspace-api';

export const designFileFilters = [{ name: 'Baton design', extensions: [designFileExtension, 'json'] }];

/** Saves the live design through the platform's save dialog; the file's name is what the user chose, or null when cancelled. */
export async function saveDesignFile(api: WorkspaceApi, name: string): Promise<string | null> {
  const bytes = await api.queries.exportDesign({ name, appVersion: await platform.appVersion() });
  if (!bytes) return null;
  const file = designFileName(name);
  return (await platform.saveFile(file, bytes, designFileFilters)) ? file : null;
}

/** Lets the user pick a design file; null when cancelled. */
export const pickDesignFile = () => platform.openFile(designFileFilters);
