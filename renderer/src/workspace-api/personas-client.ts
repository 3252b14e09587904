import * as Comlink from 'comlink';
import type { Icp, Persona } from '@shared/model';
import type { IcpApplyProgress, IcpApplyResult } from '../db/repositories/icp-repository';
import type { PersonasSaveProgress, PersonasSaveResult } from '../db/repositories/personas-repository';
import type { PersonasOpened, TimedIcpPreview, TimedTitleTest } from '../workers/personas-engine';
import type { PersonasWorkerApi } from '../workers/personas-worker';

export type { IcpApplyProgress, IcpApplyResult, PersonasOpened, PersonasSaveProgress, PersonasSaveResult, TimedIcpPreview, TimedTitleTest };

/** The Personas & ICP page's worker: previews from memory, applies and saves with progress and cancel. */
export type PersonasClient = {
  ready: Promise<PersonasOpened>;
  refresh(): Promise<PersonasOpened>;
  preview(icp: Pick<Icp, 'criteria' | 'threshold'>): Promise<TimedIcpPreview>;
  testTitles(personas: Persona[]): Promise<TimedTitleTest>;
  /** Progress comes as calls that are not awaited: a slow page never slows the write. */
  applyIcp(input: { icp: Icp; baseUpdatedAt: number | null }, onProgress?: (p: IcpApplyProgress) => void): Promise<IcpApplyResult>;
  savePersonas(input: { personas: Persona[]; baseVersion: number }, onProgress?: (p: PersonasSaveProgress) => void): Promise<PersonasSaveResult>;
  cancel(): void;
  dispose(): void;
};

/** Starts the personas worker on a workspace database (by name: the worker opens its own connection). */
export function openPersonasWorker(dbName: string): PersonasClient {
  const worker = new Worker(new URL('../workers/personas-worker.ts', import.meta.url), { type: 'module' });
  const api = Comlink.wrap<PersonasWorkerApi>(worker);
  return {
    ready: api.open(dbName),
    refresh: () => api.refresh(),
    preview: (icp) => api.preview(icp),
    testTitles: (personas) => api.testTitles(personas),
    applyIcp: (input, onProgress) => api.applyIcp(input, onProgress ? Comlink.proxy(onProgress) : undefined),
    savePersonas: (input, onProgress) => api.savePersonas(input, onProgress ? Comlink.proxy(onProgress) : undefined),
    cancel: () => void api.cancel(),
    dispose: () => {
      void api.close().finally(() => worker.terminate());
    },
  };
}
